import type { Browser, Page } from '@playwright/test'
import {
  ALWAYS_OPEN_QUEUE,
  callbackRows,
  fillImmediateCallback,
  notice,
  openCreateDialog,
  rowName,
  rowNamed,
  searchFor,
  stateCell,
} from '../callbackPage'
import { expect, expectNoA11yViolations, signIn, tabStrip, test } from '../fixtures'

/**
 * The main flows once against the tenant server (npm start): one tenant over real HTTP, shared by
 * every browser context and by apps outside the browser. Tests share that tenant, so each one uses
 * its own phone numbers and rule names.
 */
const DEMO_API_KEY = 'demo-4f1c2b7e9a0d4c3b8e6f5a2d1c0b9a87'
const unique = (prefix: string) => `${prefix}${String(Date.now()).slice(-7)}`
/** A valid UK number (Ofcom's drama range) that no other test of the run uses. */
const uniqueNumber = () => `+44207946${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`

async function newSignedInPage(browser: Browser, account: 'admin' | 'supervisor', path = '/') {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(path)
  await signIn(page, account)
  return page
}

test('signs in with an HttpOnly cookie, books a callback and cancels it', async ({ page }) => {
  await page.goto('/callback')
  await signIn(page, 'supervisor')
  await expect(callbackRows(page).first()).toBeVisible()
  // The session cookie is out of reach of any script.
  expect(await page.evaluate(() => document.cookie)).not.toContain('cb_session')
  const cookies = await page.context().cookies()
  expect(cookies.find((c) => c.name === 'cb_session')).toMatchObject({
    httpOnly: true,
    sameSite: 'Strict',
  })

  const number = uniqueNumber()
  const dialog = await openCreateDialog(page)
  await fillImmediateCallback(dialog, { service: ALWAYS_OPEN_QUEUE, number })
  await dialog.getByRole('button', { name: 'Create' }).click()
  await expect(notice(page, /^Callback created/)).toBeVisible()
  await searchFor(page, 'Phone Number', number)
  await expect(callbackRows(page)).toHaveCount(1)
  const name = await rowName(callbackRows(page).first())
  await rowNamed(page, name)
    .getByRole('button', { name: `Edit the callback for ${name}` })
    .click()
  const edit = page.getByRole('dialog', { name: 'Edit Callback' })
  await edit.getByRole('button', { name: 'Cancel Callback' }).click()
  await page
    .getByRole('dialog', { name: 'Cancel this callback?' })
    .getByRole('button', { name: 'Cancel Callback' })
    .click()
  await expect(stateCell(rowNamed(page, name))).toHaveText('COMPLETED (CANCELLED_BY_ADMIN)')
  await expectNoA11yViolations(page)
})

test('a rule saved in one browser is there in another, and a stale save gets the conflict dialog', async ({
  browser,
}) => {
  const first = await newSignedInPage(browser, 'admin', '/tools/number-rules')
  const second = await newSignedInPage(browser, 'admin', '/tools/number-rules')
  const name = unique('Shared ')
  const rules = first.getByRole('navigation', { name: 'Rules' })
  await rules.getByRole('button', { name: 'Create New Rule' }).click()
  const create = first.getByRole('dialog', { name: 'Create New Rule' })
  await create.getByRole('textbox', { name: 'Rule Name' }).fill(name)
  await create.getByRole('button', { name: 'Continue' }).click()
  const editor = first.getByRole('region', { name })
  await editor.getByRole('searchbox', { name: 'Search countries' }).fill('swe')
  await editor.getByRole('checkbox', { name: 'Sweden (SE)' }).check()
  await editor.getByRole('button', { name: 'Save Changes' }).click()
  await expect(editor.getByText(/^Version 1, saved by admin/)).toBeVisible()

  // The other browser finds it on refresh, and both open version 1.
  await second.reload()
  const open = async (page: Page) => {
    await page
      .getByRole('navigation', { name: 'Rules' })
      .getByRole('button', { name: new RegExp(`^${name}`) })
      .click()
    return page.getByRole('region', { name })
  }
  const theirs = await open(second)
  await expect(theirs.getByText(/^Version 1, saved by admin/)).toBeVisible()

  const pattern = (region: typeof editor, value: string) =>
    region.getByRole('textbox', { name: 'Pattern to block' }).fill(value)
  await pattern(editor, '^46900')
  await editor.getByRole('button', { name: 'Add pattern' }).click()
  await editor.getByRole('button', { name: 'Save Changes' }).click()
  await expect(editor.getByText(/^Version 2, saved by admin/)).toBeVisible()

  await pattern(theirs, '^46700')
  await theirs.getByRole('button', { name: 'Add pattern' }).click()
  await theirs.getByRole('button', { name: 'Save Changes' }).click()
  const conflict = second.getByRole('dialog', { name: 'This rule was changed by someone else' })
  await expect(conflict).toBeVisible()
  await conflict.getByRole('button', { name: 'Load their version' }).click()
  await expect(theirs.getByRole('cell', { name: '^46900', exact: true })).toBeVisible()
  await first.context().close()
  await second.context().close()
})

test('a callback booked by an outside app is on the Callback tab, and its failed request on record', async ({
  page,
  baseURL,
}) => {
  const number = uniqueNumber()
  const booked = await fetch(`${baseURL}/engagement/v3/callbacks/create`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-api-key': DEMO_API_KEY },
    body: JSON.stringify({ serviceName: ALWAYS_OPEN_QUEUE, phoneNumber: number }),
  })
  expect(booked.status).toBe(200)
  const refused = await fetch(`${baseURL}/engagement/v3/callbacks/create`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-api-key': 'not-the-key' },
    body: JSON.stringify({ serviceName: ALWAYS_OPEN_QUEUE, phoneNumber: number }),
  })
  expect(refused.status).toBe(401)
  expect(refused.headers.get('x-correlation-id')).toBeTruthy()

  await page.goto('/callback')
  await signIn(page, 'supervisor')
  await searchFor(page, 'Phone Number', number)
  await expect(callbackRows(page)).toHaveCount(1)
})

test('signing out sticks even when the tab is closed at once', async ({ page, context }) => {
  await page.goto('/callback')
  await signIn(page, 'supervisor')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.close({ runBeforeUnload: false })
  const again = await context.newPage()
  await again.goto('/callback')
  await expect(again).toHaveURL(/\/sign-in/)
  await expect(tabStrip(again)).toHaveCount(0)
})
