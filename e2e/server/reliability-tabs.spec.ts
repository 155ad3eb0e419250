import { expect, openTwoTabs, tabStrip, test } from '../fixtures'

/**
 * Issue 11 §3 against the tenant server: the session cookie is HttpOnly and the browser's, so a
 * sign-out in one tab ends it for every tab of the browser, which shows the sign-in page at once.
 */
test('signing out in one tab sends every tab of the browser to sign-in', async ({
  page,
  context,
}) => {
  const other = await openTwoTabs(page, context, '/callback', 'monitor')

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/sign-in\?reason=signedOut/)
  await expect(other).toHaveURL(/\/sign-in\?reason=signedOut/)
  await expect(tabStrip(other)).toHaveCount(0)
  // And the tenant agrees: the browser's cookie no longer opens a session.
  const status = await other.evaluate(async () => (await fetch('/admin/v1/session')).status)
  expect(status).toBe(401)
})
