import { expect, signIn, tabStrip, test } from './fixtures'

/**
 * The idle timeout with a short configured timeout: 12 s, warning in the last 10 s (so the warning
 * comes 2 s after the last activity, and a busy machine still has time to answer it). The simulator
 * takes its session timeout from the same configuration, so the backend ends the session too.
 */
test.beforeEach(async ({ page }) => {
  await page.route('/config.json', (route) =>
    route.fulfill({
      json: { apiBaseUrl: '', demoTenant: true, idleTimeoutMinutes: 0.2, idleWarningSeconds: 10 },
    }),
  )
})

test('warns before the session ends and "Stay signed in" keeps it', async ({ page }) => {
  await page.goto('/tools')
  await signIn(page, 'admin')
  const warning = page.getByRole('dialog', { name: 'Still there?' })
  await expect(warning).toBeVisible()
  await expect(warning).toContainText(
    /You will be signed out in \d+ seconds? because of inactivity/,
  )

  await warning.getByRole('button', { name: 'Stay signed in' }).click()
  await expect(warning).toBeHidden()
  await expect(page).toHaveURL('/tools/queues')
  await expect(tabStrip(page)).toBeVisible()
  // Still signed in on the backend: the keep-alive reset its clock as well.
  const status = await page.evaluate(async () => (await fetch('/admin/v1/session')).status)
  expect(status).toBe(200)
})

test('after expiry the user signs in again and is back where they were', async ({ page }) => {
  await page.goto('/developer/errors')
  await signIn(page, 'developer')
  await expect(page.getByRole('dialog', { name: 'Still there?' })).toBeVisible()

  // Nobody answers the warning.
  await expect(page).toHaveURL('/sign-in?reason=expired&next=%2Fdeveloper%2Ferrors', {
    timeout: 20_000,
  })
  await expect(page.getByText(/Your session ended after .* minutes without activity/)).toBeVisible()
  await expect(tabStrip(page)).toHaveCount(0)

  await signIn(page, 'developer')
  await expect(page).toHaveURL('/developer/errors')
  await expect(page.getByRole('heading', { level: 1, name: 'Errors' })).toBeVisible()
})
