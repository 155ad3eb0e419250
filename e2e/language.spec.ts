import type { Page } from '@playwright/test'
import {
  DEFAULT_SIM_CONFIG,
  chooseLanguage,
  expect,
  signIn,
  storedTenantState,
  tabStrip,
  test,
} from './fixtures'

// The language is a preference stored by the tenant: keep the tenant across reloads (still a fresh
// one per test, as every test has its own browser context and so its own IndexedDB).
test.use({ simConfig: { ...DEFAULT_SIM_CONFIG, persist: true } })

/** The language the demo tenant has saved in IndexedDB for a user, if it has saved anything yet. */
async function storedLanguage(page: Page, username: string): Promise<string | undefined> {
  const state = (await storedTenantState(page)) as
    { preferences?: Record<string, { language?: string }> } | undefined
  return state?.preferences?.[username]?.language
}

test('Français is kept after a reload and belongs to the user who chose it', async ({ page }) => {
  await page.goto('/tools')
  await signIn(page, 'admin')
  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/admin/v1/preferences') && r.request().method() === 'PUT' && r.ok(),
  )
  await chooseLanguage(page, 'Français')
  await saved
  // The demo tenant writes to IndexedDB a moment after each change (mocks/sim/simulator.ts): a
  // reload before that write would test the simulator's write-behind, not the preference.
  await expect.poll(() => storedLanguage(page, 'admin')).toBe('fr')
  await expect(tabStrip(page).getByRole('tab')).toHaveText([
    'Rappels',
    'Développeur',
    'Appel entrant',
    'Outils',
  ])
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')

  await page.reload()
  await expect(page).toHaveURL('/tools/queues')
  await expect(page.getByRole('navigation', { name: 'Outils' })).toBeVisible()
  await expect(tabStrip(page).getByRole('tab', { name: 'Outils' })).toBeVisible()

  // Another user on the same browser gets their own language back once signed in.
  await page.getByRole('button', { name: 'Se déconnecter' }).click()
  await signIn(page, 'supervisor', { language: 'fr' })
  await expect(tabStrip(page).getByRole('tab')).toHaveText(['Callback', 'Tools'])
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  await page.getByRole('button', { name: 'Sign out' }).click()
  await signIn(page, 'admin')
  await expect(tabStrip(page).getByRole('tab', { name: 'Rappels' })).toBeVisible()
})
