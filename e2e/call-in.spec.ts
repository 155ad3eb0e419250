import type { Page } from '@playwright/test'
import { makeCallInRequest } from './callInRequest'
import { chooseLanguage, expect, expectNoA11yViolations, signIn, test } from './fixtures'
import { expectPageRows, scrollThrough } from './listFrame'

const table = (page: Page) => page.getByRole('table', { name: /^Call-In records, / })
const found = (page: Page) => page.getByText(/^[\d,]+ Call Ins? Found$/)

/** How many records the tenant counts for a query, from its own API. */
async function countFor(page: Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    const response = await fetch(`/admin/v1/call-ins?pageSize=1&${q}`, { credentials: 'include' })
    return ((await response.json()) as { data: { total: number } }).data.total
  }, query)
}

for (const account of ['admin', 'developer'] as const) {
  test(`${account} reads the call-in records: a page of 500, sorted, searched, in the URL`, async ({
    page,
  }) => {
    await page.goto('/call-in')
    await signIn(page, account)
    await expect(page.getByRole('heading', { level: 1, name: 'Call-In' })).toBeVisible()
    await expectPageRows(table(page), 500)
    // Scrolling the list's frame to its end draws the page's last row.
    await scrollThrough(table(page), () => Promise.resolve(false))
    await expect(table(page).locator('tr[aria-rowindex="501"]')).toBeVisible()
    const total = await countFor(page, '')
    await expect(found(page)).toHaveText(`${total.toLocaleString('en')} Call Ins Found`)
    await expect(page.getByText(`1–500 of ${total.toLocaleString('en')}`)).toBeVisible()
    // axe checks the same full page in 'French, on a phone' (one run on 500 rows is enough).

    await table(page).getByRole('button', { name: 'Group Name' }).click()
    await expect(page).toHaveURL('/call-in?sort=groupName&order=asc')
    await expect(table(page).getByRole('columnheader', { name: 'Group Name' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )

    await page.getByRole('combobox', { name: 'Search', exact: true }).click()
    await page.getByRole('option', { name: 'Expired' }).click()
    await expect(page).toHaveURL('/call-in?q=EXPIRED&sort=groupName&order=asc')
    const expired = await countFor(page, 'searchField=state&searchTerm=EXPIRED')
    await expect(found(page)).toHaveText(
      `${expired.toLocaleString('en')} Call In${expired === 1 ? '' : 's'} Found`,
    )
    await expect(table(page).getByRole('cell', { name: 'Completed' })).toHaveCount(0)

    await page.getByRole('combobox', { name: 'Time Created' }).click()
    await page.getByRole('option', { name: 'Last 7 Days' }).click()
    await expect(page).toHaveURL('/call-in?range=last7Days&q=EXPIRED&sort=groupName&order=asc')

    // The view survives a reload (a fresh demo tenant from the same seed: sign in again).
    await page.reload()
    await signIn(page, account)
    await expect(page).toHaveURL('/call-in?range=last7Days&q=EXPIRED&sort=groupName&order=asc')
    await expect(page.getByRole('combobox', { name: 'Time Created' })).toHaveText('Last 7 Days')
    await expect(found(page)).toBeVisible()
  })
}

test('a request the official client makes appears on Refresh, its code masked', async ({
  page,
}) => {
  await page.goto('/call-in')
  await signIn(page, 'developer')
  await expectPageRows(table(page), 500)
  const made = await makeCallInRequest(page, 'auto_insurance', '+14155550142')
  await page.getByRole('button', { name: 'Refresh' }).click()
  const row = table(page).getByRole('row').nth(1)
  await expect(row).toContainText(made.id)
  await expect(row).toContainText('+14155550142')
  await expect(row).not.toContainText(String(made.accessCode))
  await expect(row).toContainText(`••••${String(made.accessCode).slice(-2)}`)
})

test('French, on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/call-in')
  await signIn(page, 'developer')
  await chooseLanguage(page, 'Français')
  await expect(page.getByRole('table', { name: /^Appels entrants, / })).toBeVisible()
  await expect(page.getByText(/appels entrants trouvés$/)).toBeVisible()
  await expectNoA11yViolations(page)
})
