import { expect, expectTabs, signIn, submitSignIn, tabStrip, test } from './fixtures'

/** Each demo account and exactly the tabs its role opens (product.md §1.2). */
const TABS_BY_ACCOUNT = [
  ['admin', ['Callback', 'Developer', 'Call-In', 'Tools']],
  ['supervisor', ['Callback', 'Tools']],
  ['developer', ['Callback', 'Developer', 'Call-In', 'Tools']],
  ['monitor', ['Callback']],
  ['sales.supervisor', ['Callback', 'Tools']],
] as const

for (const [account, tabs] of TABS_BY_ACCOUNT) {
  test(`${account} signs in and sees exactly ${tabs.join(', ')}`, async ({ page }) => {
    await signIn(page, account)
    await expect(page).toHaveURL('/callback')
    await expectTabs(page, tabs)
    await expect(tabStrip(page).getByRole('tab', { name: 'Callback' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
  })
}

test('the sign-in page lists the demo accounts', async ({ page }) => {
  await page.goto('/sign-in')
  await expect(page.getByRole('heading', { name: 'Demo tenant accounts' })).toBeVisible()
  await page.getByRole('button', { name: 'Use supervisor' }).click()
  await expect(page.getByLabel('Username')).toHaveValue('supervisor')
  await expect(page.getByLabel('Password')).toHaveValue('demo')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expectTabs(page, ['Callback', 'Tools'])
})

test('the agent account has no Callback role and is refused', async ({ page }) => {
  await page.goto('/sign-in')
  await submitSignIn(page, 'agent')
  await expect(page.getByRole('alert')).toContainText(
    'Your account has no Callback role, so it cannot use Callback Admin.',
  )
  await expect(page).toHaveURL('/sign-in')
  await expect(tabStrip(page)).toHaveCount(0)
})

test('a wrong password is refused and the username kept', async ({ page }) => {
  await page.goto('/sign-in')
  await submitSignIn(page, 'admin', { password: 'not-demo' })
  await expect(page.getByRole('alert')).toContainText('Wrong username or password.')
  await expect(page.getByLabel('Username')).toHaveValue('admin')
  await expect(page).toHaveURL('/sign-in')
})

test('a deep link opened while signed out comes back after signing in', async ({ page }) => {
  await page.goto('/developer/errors?from=bookmark')
  await expect(page).toHaveURL('/sign-in?next=%2Fdeveloper%2Ferrors%3Ffrom%3Dbookmark')
  await signIn(page, 'admin')
  await expect(page).toHaveURL('/developer/errors?from=bookmark')
  await expect(page.getByRole('heading', { level: 1, name: 'Errors' })).toBeVisible()
})

test('signing out returns to sign-in and ends the session', async ({ page }) => {
  await signIn(page, 'supervisor')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL('/sign-in?reason=signedOut')
  await expect(page.getByText('You are signed out.')).toBeVisible()
  await expect(tabStrip(page)).toHaveCount(0)

  // The backend no longer knows the session either: it is ended, not just forgotten by the page.
  await expect
    .poll(() => page.evaluate(async () => (await fetch('/admin/v1/session')).status))
    .toBe(401)
})
