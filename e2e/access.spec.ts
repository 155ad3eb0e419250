import { expect, signIn, tabStrip, test } from './fixtures'

/** A URL the role may not open shows "Not authorized": never a crash, never the page. */
const FORBIDDEN = [
  ['monitor', '/tools'],
  ['monitor', '/developer'],
  ['monitor', '/call-in'],
  ['supervisor', '/call-in'],
  ['supervisor', '/developer/errors'],
  ['sales.supervisor', '/developer'],
] as const

for (const [account, path] of FORBIDDEN) {
  test(`${account} is not authorized at ${path}`, async ({ page }) => {
    await page.goto(path)
    await signIn(page, account)
    await expect(page).toHaveURL(path)
    await expect(page.getByRole('heading', { name: 'Not authorized' })).toBeVisible()

    await page.getByRole('link', { name: 'Go to Callback' }).click()
    await expect(page).toHaveURL('/callback')
  })
}

test('an unknown address shows "Page not found" inside the signed-in frame', async ({ page }) => {
  await page.goto('/no/such/page')
  await signIn(page, 'admin')
  await expect(page).toHaveURL('/no/such/page')
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await expect(tabStrip(page)).toBeVisible()

  await page.getByRole('link', { name: 'Go to the start page' }).click()
  await expect(page).toHaveURL('/callback')
})

test('tabs the role opens are reached from the tab strip', async ({ page }) => {
  await signIn(page, 'developer')
  // Where each tab ends up: Developer and Tools open their first page once their code has loaded.
  for (const [tab, path] of [
    ['Developer', '/developer/errors'],
    ['Call-In', '/call-in'],
    ['Tools', '/tools/queues'],
    ['Callback', '/callback'],
  ] as const) {
    await tabStrip(page).getByRole('tab', { name: tab }).click()
    await expect(page).toHaveURL(path)
    await expect(tabStrip(page).getByRole('tab', { name: tab })).toHaveAttribute(
      'aria-selected',
      'true',
    )
  }
})
