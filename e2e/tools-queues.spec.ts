import type { Page } from '@playwright/test'
import {
  chooseLanguage,
  DEFAULT_SIM_CONFIG,
  expect,
  expectNoA11yViolations,
  setFault,
  signIn,
  test,
} from './fixtures'

const QUEUES = '/tools/queues'
const table = (page: Page) => page.getByRole('table', { name: 'Callback queues' })
const row = (page: Page, name: string) =>
  table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name, exact: true }) })
const names = (page: Page) => table(page).getByRole('rowheader').getByRole('link')

async function openQueues(page: Page, account: Parameters<typeof signIn>[1], path = QUEUES) {
  await page.goto(path)
  await signIn(page, account)
  await expect(table(page)).toBeVisible()
}

/** A rule other than the one shown, from what the drop-down offers. */
async function otherOption(select: ReturnType<Page['getByRole']>): Promise<string> {
  await expect(select).toBeEnabled()
  const current = await select.inputValue()
  const values = await select
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))
  const choice = values.find((v) => v && v !== current) ?? values.find((v) => v !== current)
  if (choice === undefined) throw new Error('the drop-down offers no other choice')
  return choice
}

test.describe('Queues by role', () => {
  test('an administrator may change every rule; the page is accessible', async ({ page }) => {
    await openQueues(page, 'admin')
    const service = row(page, 'Service VQ_CB')
    for (const rule of ['Number Validation Rule', 'Capacity Rule', 'Region Affinity Rule']) {
      await expect(
        service.getByRole('combobox', { name: `${rule} for Service VQ_CB` }),
      ).toBeVisible()
    }
    await expect(row(page, 'Sales Legacy VQ_CB').getByText('Unknown')).toHaveCount(2)
    await expect(row(page, 'Service 24x7 VQ_CB')).toContainText('Open now. 24 hour service.')
    await expectNoA11yViolations(page)
  })

  for (const account of ['supervisor', 'developer'] as const) {
    test(`a ${account} may change number validation only`, async ({ page }) => {
      await openQueues(page, account)
      const service = row(page, 'Service VQ_CB')
      await expect(service.getByRole('combobox')).toHaveCount(1)
      await expect(
        service.getByRole('combobox', { name: 'Number Validation Rule for Service VQ_CB' }),
      ).toBeVisible()
      await expectNoA11yViolations(page)
    })
  }

  test('a monitor is not authorized', async ({ page }) => {
    await page.goto(QUEUES)
    await signIn(page, 'monitor')
    await expect(page.getByRole('heading', { name: 'Not authorized' })).toBeVisible()
    await expect(table(page)).toHaveCount(0)
  })

  test('a Sales supervisor sees the Sales queues only', async ({ page }) => {
    await openQueues(page, 'sales.supervisor')
    const shown = await names(page).allTextContents()
    expect(shown.length).toBeGreaterThan(0)
    expect(shown.every((n) => n.startsWith('Sales '))).toBe(true)
  })
})

test.describe('assigning rules', () => {
  test.use({ simConfig: { ...DEFAULT_SIM_CONFIG, persist: true } })

  test('a chosen rule is saved at once and still there after a reload', async ({ page }) => {
    await openQueues(page, 'admin')
    const select = row(page, 'Claims VQ_CB').getByRole('combobox', {
      name: 'Capacity Rule for Claims VQ_CB',
    })
    const choice = await otherOption(select)
    await select.selectOption(choice)
    await expect(
      page.getByRole('status').filter({ hasText: /Capacity Rule of Claims VQ_CB set to/ }),
    ).toBeVisible()
    await page.reload()
    await expect(
      row(page, 'Claims VQ_CB').getByRole('combobox', { name: 'Capacity Rule for Claims VQ_CB' }),
    ).toHaveValue(choice)
  })

  test('a failed assignment shows the correlation ID and puts the rule back', async ({
    page,
    consoleErrors,
  }) => {
    consoleErrors.allow(/status of 500/)
    await openQueues(page, 'supervisor')
    const select = row(page, 'Sales VQ_CB').getByRole('combobox', {
      name: 'Number Validation Rule for Sales VQ_CB',
    })
    const before = await select.inputValue()
    const choice = await otherOption(select)
    await setFault(page, 'PUT /admin/v1/queues/:name/rules', { kind: 'error', times: 1 })
    await select.selectOption(choice)
    const alert = page.getByRole('alert').filter({ hasText: 'could not be changed' })
    await expect(alert).toBeVisible()
    await expect(alert.getByTestId('corr-id')).toHaveText(/[0-9a-f-]{36}/)
    await expect(select).toHaveValue(before)
    await expectNoA11yViolations(page)
  })
})

test.describe('finding queues', () => {
  test('filter by name, Filter Displayed Queues and sorting, kept in the URL', async ({ page }) => {
    await openQueues(page, 'admin')
    const all = await names(page).allTextContents()
    await page.getByRole('textbox', { name: 'Filter by name' }).fill('service')
    await expect(names(page)).toHaveText(all.filter((n) => /service/i.test(n)))
    await expect(page).toHaveURL(/q=service/)
    await page.getByRole('button', { name: 'Clear the name filter' }).click()
    await expect(names(page)).toHaveCount(all.length)

    await page.getByRole('button', { name: 'Filter Displayed Queues' }).click()
    const dialog = page.getByRole('dialog', { name: 'Filter Displayed Queues' })
    await dialog.getByRole('button', { name: 'Select None' }).click()
    await dialog.getByRole('checkbox', { name: 'Claims Travel VQ_CB' }).check()
    await dialog.getByRole('checkbox', { name: 'Sales Premium VQ_CB' }).check()
    await expectNoA11yViolations(page)
    await dialog.getByRole('button', { name: 'Show Selected Queues' }).click()
    await expect(names(page)).toHaveText(['Claims Travel VQ_CB', 'Sales Premium VQ_CB'])

    const heading = table(page).getByRole('columnheader', { name: /^Queue/ })
    await heading.getByRole('button').click()
    await expect(heading).toHaveAttribute('aria-sort', 'descending')
    await expect(names(page)).toHaveText(['Sales Premium VQ_CB', 'Claims Travel VQ_CB'])
    // Without persistence a reload starts a fresh demo tenant: sign in again, the view is in the URL.
    await page.reload()
    await signIn(page, 'admin')
    await expect(names(page)).toHaveText(['Sales Premium VQ_CB', 'Claims Travel VQ_CB'])
    await expect(page.getByText(/^1–2 of 2$/)).toBeVisible()
  })

  test('Filter Displayed Queues: find by part of a name, Select All picks those found, by keyboard', async ({
    page,
  }) => {
    await openQueues(page, 'admin')
    const all = await names(page).allTextContents()
    const sales = all.filter((n) => /sales/i.test(n))
    await page.getByRole('button', { name: 'Filter Displayed Queues' }).click()
    const dialog = page.getByRole('dialog', { name: 'Filter Displayed Queues' })
    const find = dialog.getByRole('searchbox', { name: 'Find queues' })
    await expect(find).toBeFocused()
    await page.keyboard.type('sales')
    await expect(find).toHaveAccessibleDescription(
      `Showing ${sales.length} of ${all.length} queues`,
    )
    await expect(dialog.getByRole('checkbox')).toHaveCount(sales.length)
    await expectNoA11yViolations(page)
    // The buttons act on the queues found; Escape in the search empties it, not the dialog.
    const press = async (name: string) => {
      await dialog.getByRole('button', { name, exact: true }).focus()
      await page.keyboard.press('Enter')
    }
    await press('Select None Shown')
    await expect(
      dialog.getByText(`${all.length - sales.length} of ${all.length} selected`),
    ).toBeVisible()
    await find.press('Escape')
    await expect(find).toHaveValue('')
    await expect(dialog).toBeVisible()
    await press('Select None')
    await expect(dialog.getByText(`0 of ${all.length} selected`)).toBeVisible()
    await find.fill('sales')
    await press('Select All Shown')
    await expect(dialog.getByText(`${sales.length} of ${all.length} selected`)).toBeVisible()
    await find.fill('no such queue')
    await expect(dialog.getByText('No queue matches “no such queue”.')).toBeVisible()
    await expectNoA11yViolations(page)
    await dialog.getByRole('button', { name: 'Show Selected Queues' }).click()
    await expect(dialog).toBeHidden()
    await expect(names(page)).toHaveText(sales)
  })

  test.describe('Filter Displayed Queues on a phone, in French', () => {
    test.use({ viewport: { width: 390, height: 844 } })

    test('is accessible and finds queues', async ({ page }) => {
      await openQueues(page, 'admin')
      await chooseLanguage(page, 'Français')
      await page.getByRole('button', { name: 'Filtrer les files affichées' }).click()
      const dialog = page.getByRole('dialog', { name: 'Filtrer les files affichées' })
      const find = dialog.getByRole('searchbox', { name: 'Rechercher des files' })
      await find.fill('service')
      await expect(find).toHaveAccessibleDescription(/^\d+ files? affichées? sur \d+$/)
      await expect(
        dialog.getByRole('button', { name: 'Sélectionner les files affichées', exact: true }),
      ).toBeVisible()
      await expectNoA11yViolations(page)
    })
  })

  test('refresh one queue and all queues', async ({ page }) => {
    await openQueues(page, 'admin')
    const overview = page.waitForResponse((r) => r.url().includes('/admin/v1/queues/overview'))
    await page.getByRole('button', { name: 'Refresh All' }).click()
    expect((await overview).status()).toBe(200)
    const one = page.waitForResponse((r) =>
      decodeURIComponent(r.url()).endsWith('/admin/v1/queues/Service VQ_CB'),
    )
    await page.getByRole('button', { name: 'Refresh Service VQ_CB' }).click()
    expect((await one).status()).toBe(200)
    await expect(page.getByRole('button', { name: 'Refresh Service VQ_CB' })).toBeEnabled()
  })

  test('the detail view shows a queue’s settings; an unknown queue says so', async ({ page }) => {
    await openQueues(page, 'developer')
    await table(page).getByRole('link', { name: 'Service VQ_CB', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Service VQ_CB' })).toBeVisible()
    await expect(page.getByText('In the queue’s time zone, Europe/London.')).toBeVisible()
    await expectNoA11yViolations(page)
    // A new page load starts a fresh demo tenant in tests (nothing persisted): sign in again.
    await page.goto('/tools/queues/Nowhere%20VQ_CB')
    await signIn(page, 'developer')
    await expect(page.getByRole('heading', { name: 'No such queue' })).toBeVisible()
  })
})

test.describe('a failing queue list', () => {
  test.use({
    simConfig: {
      ...DEFAULT_SIM_CONFIG,
      faults: { 'GET /admin/v1/queues/overview': { kind: 'error', times: 3 } },
    },
  })

  test('shows the failure with its correlation ID, and Try again loads the queues', async ({
    page,
    consoleErrors,
  }) => {
    consoleErrors.allow(/status of 500/)
    await page.goto(QUEUES)
    await signIn(page, 'admin')
    const alert = page.getByRole('alert').filter({ hasText: 'The queues could not be loaded.' })
    await expect(alert).toBeVisible({ timeout: 15_000 })
    await expect(alert.getByTestId('corr-id')).toBeVisible()
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(table(page)).toBeVisible()
  })
})

test.describe('Refetch Tenant Configuration', () => {
  test('the age ticks over and a click fetches again', async ({ page }) => {
    await openQueues(page, 'admin')
    const entry = page.getByRole('button', { name: /^Refetch Tenant Configuration/ })
    await expect(entry).toContainText('(last fetched less than a minute ago)')
    await page.clock.fastForward('05:30')
    await expect(entry).toContainText('(last fetched 5 minutes ago)')
    await entry.click()
    await expect(entry).toContainText('(last fetched less than a minute ago)')
    await expectNoA11yViolations(page)
  })
})
