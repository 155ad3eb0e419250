import { writeFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import {
  api,
  chooseLanguage,
  DEFAULT_SIM_CONFIG,
  expect,
  expectNoA11yViolations,
  signIn,
  test,
} from './fixtures'

/**
 * Tools > Click-To-Call In Config: groups with a DNIS pool and access-code settings
 * (mocks/seed/callInGroups.ts holds the Guide's six-number "auto_insurance" pool). Administrators
 * edit; Supervisors and Developers read; a Monitor has no Tools tab, and the tenant answers 403.
 */
const PAGE = '/tools/click-to-call'

// The page reads groups only: a small tenant starts sooner.
test.use({ simConfig: { ...DEFAULT_SIM_CONFIG, seedSize: 200 } })
const GROUPS = '/admin/v1/call-in-groups'

interface Group {
  name: string
  version: number
  dnis: { number: string; description?: string }[]
  accessCodeLength: number
  expirySeconds: number
}

async function openAs(page: Page, account: 'admin' | 'supervisor' | 'developer', group: string) {
  await page.goto(`${PAGE}?group=${encodeURIComponent(group)}`)
  await signIn(page, account)
  await expect(page.getByRole('heading', { level: 2, name: group })).toBeVisible()
}

async function savedGroup(page: Page, name: string): Promise<Group> {
  const answer = await api(page, 'GET', `${GROUPS}/${encodeURIComponent(name)}`)
  return answer.data as Group
}

/** A file of `lines` numbers, every `badEvery`th line broken in turn in one of five ways. */
function dnisFile(lines: number, badEvery = 0): string {
  const rows = ['number,description']
  for (let i = 0; i < lines; i++) {
    const number = `+1800${String(7_000_000 + i)}`
    const kind = badEvery > 0 && i % badEvery === badEvery - 1 ? Math.floor(i / badEvery) % 5 : -1
    if (kind === 0) rows.push(`0${number.slice(2)},starts with 0`)
    else if (kind === 1) rows.push(`${number};semicolon`)
    else if (kind === 2) rows.push(`"${number},unclosed quote`)
    else if (kind === 3) rows.push(`${number},${'x'.repeat(40)}`)
    else if (kind === 4) rows.push(`+18007000000,duplicate of line 2`)
    else rows.push(`${number},"Line ${i + 2}, quoted"`)
  }
  return rows.join('\r\n')
}

const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Bulk Import From File' })

async function chooseFile(page: Page, file: { name: string; buffer: Buffer } | string) {
  await importDialog(page)
    .getByLabel('Choose a .csv file')
    .setInputFiles(typeof file === 'string' ? file : { ...file, mimeType: 'text/csv' })
}

test.describe('as an Administrator', () => {
  test('creates a group: name first, then a DNIS, saved with the default settings', async ({
    page,
  }) => {
    await openAs(page, 'admin', 'auto_insurance')
    await expect(page.getByText('6 numbers')).toBeVisible()

    await page.getByRole('button', { name: 'Create New Group' }).click()
    const naming = page.getByRole('dialog', { name: 'Create New Group' })
    await naming.getByRole('textbox', { name: 'Group Name' }).fill('Auto_Insurance')
    await naming.getByRole('button', { name: 'Continue' }).click()
    await expect(naming.getByText(/already exists/)).toBeVisible()
    const name = `E2E group ${test.info().workerIndex}-${Date.now()}`
    await naming.getByRole('textbox', { name: 'Group Name' }).fill(name)
    await naming.getByRole('button', { name: 'Continue' }).click()
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible()

    await page.getByRole('textbox', { name: 'New DNIS' }).fill('+44 20 7946 0000')
    await page.getByRole('button', { name: 'Add DNIS' }).click()
    await expect(page.getByText(/Not an E.164 number/)).toBeVisible()
    await page.getByRole('textbox', { name: 'New DNIS' }).fill('+442079460000')
    await page.getByRole('textbox', { name: 'Description' }).fill('London desk')
    await page.getByRole('button', { name: 'Add DNIS' }).click()
    await expect(page.getByText('+442079460000 added to the pool (not saved yet).')).toBeVisible()

    await page.getByRole('button', { name: 'Save Group' }).click()
    await expect(page.getByText(`Group “${name}” saved.`)).toBeVisible()
    expect(await savedGroup(page, name)).toMatchObject({
      version: 1,
      dnis: [{ number: '+442079460000', description: 'London desk' }],
      accessCodeLength: 6,
      expirySeconds: 30,
    })
    // The address names the group now, so a reload or a shared link lands on it.
    expect(new URL(page.url()).searchParams.get('group')).toBe(name)
  })

  test('says when a setting is out of range and saves only values in range', async ({ page }) => {
    await openAs(page, 'admin', 'nonUniqueGroup1')
    await page.getByRole('textbox', { name: 'Length' }).fill('20')
    await expect(page.getByText('At most 12.')).toBeVisible()
    await page.getByRole('textbox', { name: 'Expiry (seconds)' }).fill('5')
    await expect(page.getByText('At least 10.')).toBeVisible()
    await expectNoA11yViolations(page)
    await page.getByRole('button', { name: 'Save Group' }).click()
    await expect(page.getByText('Fix what is marked before saving.')).toBeVisible()
    await page.getByRole('textbox', { name: 'Length' }).fill('8')
    await page.getByRole('textbox', { name: 'Expiry (seconds)' }).fill('120')
    await page.getByRole('button', { name: 'Save Group' }).click()
    await expect(page.getByText('Group “nonUniqueGroup1” saved.')).toBeVisible()
    expect(await savedGroup(page, 'nonUniqueGroup1')).toMatchObject({
      version: 2,
      accessCodeLength: 8,
      expirySeconds: 120,
    })
  })

  test('imports 10,000 lines: every invalid line listed, only valid lines on request', async ({
    page,
  }) => {
    await openAs(page, 'admin', 'Service London')
    await page.getByRole('button', { name: 'Bulk Import From File' }).click()
    await expect(importDialog(page).getByText('At most 2 MB.', { exact: false })).toBeVisible()
    await importDialog(page).getByRole('radio', { name: 'Replace the pool' }).check()
    await chooseFile(page, { name: 'pool.csv', buffer: Buffer.from(dnisFile(10_000, 100)) })
    // 100 broken lines among 10,000 (line 1 is a heading).
    await expect(
      importDialog(page).getByText('10,000 lines read: 9,900 valid, 100 with a problem.', {
        exact: false,
      }),
    ).toBeVisible()
    const problems = importDialog(page).getByRole('region', { name: 'Problems found in the file' })
    await expect(problems.getByRole('listitem').first()).toContainText('Line 101')
    await expect(problems.getByRole('listitem').first()).toContainText('is not an E.164 number')
    await expect(importDialog(page).getByRole('button', { name: 'Import' })).toBeDisabled()
    await expectNoA11yViolations(page)
    // The list scrolls to the last problem.
    await problems.evaluate((el) => el.scrollTo(0, el.scrollHeight))
    await expect(problems.getByRole('listitem').last()).toContainText('Line 10001')

    await importDialog(page)
      .getByRole('checkbox', { name: /Import only the valid lines/ })
      .check()
    await importDialog(page).getByRole('button', { name: 'Import' }).click()
    await expect(importDialog(page)).toBeHidden()
    await expect(page.getByText('9,900 numbers', { exact: true })).toBeVisible()
    await page.getByRole('searchbox', { name: 'Filter the pool' }).fill('18007009998')
    await expect(page.getByText('1 of 9,900 shown')).toBeVisible()
    await page.getByRole('button', { name: 'Save Group' }).click()
    await expect(page.getByText('Group “Service London” saved.')).toBeVisible()
    const saved = await savedGroup(page, 'Service London')
    expect(saved.dnis).toHaveLength(9_900)
    expect(saved.dnis[0]).toEqual({ number: '+18007000000', description: 'Line 2, quoted' })
  })

  test('refuses a 50 MB file, a binary file and a file of another type; quotes and semicolons are said', async ({
    page,
  }, testInfo) => {
    await openAs(page, 'admin', 'auto_insurance')
    await page.getByRole('button', { name: 'Bulk Import From File' }).click()
    const huge = testInfo.outputPath('huge.csv')
    await writeFile(huge, Buffer.alloc(50 * 1024 * 1024, '1'))
    await chooseFile(page, huge)
    await expect(importDialog(page).getByRole('alert')).toContainText(
      '“huge.csv” is larger than 2 MB',
    )
    await chooseFile(page, {
      name: 'pool.csv',
      buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]),
    })
    await expect(importDialog(page).getByRole('alert')).toContainText('is not CSV text')
    await chooseFile(page, { name: 'pool.txt', buffer: Buffer.from('+18005550100,\n') })
    await expect(importDialog(page).getByRole('alert')).toContainText('is not a .csv file')

    await chooseFile(page, {
      name: 'excel-fr.csv',
      buffer: Buffer.from('+18005550500;Lyon\n"+18005550501","Say ""hi"""\n"+18005550502,x\n'),
    })
    const problems = importDialog(page).getByRole('region', { name: 'Problems found in the file' })
    await expect(problems.getByRole('listitem')).toHaveCount(2)
    await expect(problems.getByRole('listitem').nth(0)).toContainText('semicolons')
    await expect(problems.getByRole('listitem').nth(1)).toContainText('Quotes do not pair up')
    await expectNoA11yViolations(page)
    await importDialog(page).getByRole('button', { name: 'Cancel' }).click()
    await expect(page.getByText('6 numbers')).toBeVisible()
    expect((await savedGroup(page, 'auto_insurance')).version).toBe(1)
  })

  test('deletes a group after saying what happens to requests already handed out', async ({
    page,
  }) => {
    await openAs(page, 'admin', 'Assistance FR')
    await page.getByRole('button', { name: 'Delete Group' }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete the group “Assistance FR”?' })
    await expect(dialog).toContainText('Requests already handed out are not withdrawn')
    await expectNoA11yViolations(page)
    await dialog.getByRole('button', { name: 'Delete group' }).click()
    await expect(page.getByText('Group “Assistance FR” deleted.')).toBeVisible()
    expect((await api(page, 'GET', `${GROUPS}/Assistance%20FR`)).status).toBe(404)
  })

  test('reads in French', async ({ page }) => {
    await openAs(page, 'admin', 'auto_insurance')
    await chooseLanguage(page, 'Français')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Configuration Click-To-Call-In' }),
    ).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Pool de DNIS' })).toBeVisible()
    await expectNoA11yViolations(page)
  })
})

test.describe('read only', () => {
  for (const account of ['supervisor', 'developer'] as const) {
    test(`a ${account} reads the groups and cannot change them (the tenant answers 403)`, async ({
      page,
    }) => {
      await openAs(page, account, 'auto_insurance')
      await expect(page.getByText(/Read only: only an Administrator/)).toBeVisible()
      await expect(page.getByRole('button', { name: 'Save Group' })).toHaveCount(0)
      await expect(page.getByRole('button', { name: 'Create New Group' })).toHaveCount(0)
      await expect(page.getByRole('button', { name: 'Bulk Import From File' })).toHaveCount(0)
      await expectNoA11yViolations(page)
      const group = await savedGroup(page, 'auto_insurance')
      const save = await api(page, 'PUT', `${GROUPS}/auto_insurance`, {
        dnis: group.dnis,
        generateAccessCode: true,
        accessCodeLength: 6,
        expirySeconds: 30,
        uniqueDnis: false,
        version: group.version,
      })
      expect([save.status, save.code]).toEqual([403, 40301])
      const remove = await api(page, 'DELETE', `${GROUPS}/auto_insurance?version=1`)
      expect(remove.status).toBe(403)
    })
  }

  test('a monitor has no Tools tab and cannot read the groups', async ({ page }) => {
    await page.goto(PAGE)
    await signIn(page, 'monitor')
    await expect(page.getByRole('heading', { name: 'Not authorized' })).toBeVisible()
    await expectNoA11yViolations(page)
    expect((await api(page, 'GET', GROUPS)).status).toBe(403)
  })
})
