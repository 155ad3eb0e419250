import type { Page } from '@playwright/test'
import {
  chooseLanguage,
  expect,
  expectNoA11yViolations,
  signIn,
  tabStrip,
  test,
  type Language,
} from './fixtures'

/** axe (WCAG 2.1 A/AA) on each kind of page the shell has, in both languages, desktop and phone. */
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const

const HEADINGS = {
  en: { notAuthorized: 'Not authorized', developerErrors: 'Errors' },
  fr: { notAuthorized: 'Accès non autorisé', developerErrors: 'Erreurs' },
} as const

/** Signed in, the user's language is their saved preference: switch it as a user would. */
async function useLanguage(page: Page, language: Language) {
  if (language === 'fr') await chooseLanguage(page, 'Français')
  await expect(page.locator('html')).toHaveAttribute('lang', language)
}

async function settled(page: Page) {
  await expect(page.getByRole('progressbar')).toHaveCount(0)
}

for (const viewport of VIEWPORTS) {
  for (const language of ['en', 'fr'] as const) {
    test.describe(`${viewport.name} ${viewport.width}x${viewport.height}, ${language}`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height } })
      const headings = HEADINGS[language]

      test('sign-in page', async ({ page }) => {
        await page.goto('/sign-in')
        if (language === 'fr') await page.getByRole('button', { name: 'Français' }).click()
        await expect(page.locator('html')).toHaveAttribute('lang', language)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await expectNoA11yViolations(page)
      })

      test('Callback page', async ({ page }) => {
        await signIn(page, 'supervisor')
        await useLanguage(page, language)
        await expect(page).toHaveURL('/callback')
        await settled(page)
        await expectNoA11yViolations(page)
      })

      test('not-authorized page', async ({ page }) => {
        await page.goto('/tools')
        await signIn(page, 'monitor')
        await useLanguage(page, language)
        await expect(page.getByRole('heading', { name: headings.notAuthorized })).toBeVisible()
        await expectNoA11yViolations(page)
      })

      test('Developer tab with its menu', async ({ page }) => {
        await page.goto('/developer')
        await signIn(page, 'developer')
        await useLanguage(page, language)
        await expect(
          page.getByRole('heading', { level: 1, name: headings.developerErrors }),
        ).toBeVisible()
        await expect(tabStrip(page)).toBeVisible()
        await expectNoA11yViolations(page)
      })
    })
  }
}
