import type { Page } from '@playwright/test'
import { chooseLanguage, expect, expectNoA11yViolations, signIn, tabStrip, test } from './fixtures'

/** Developer > API Key Validation and Developer > Allowed CORS Domains, in the in-page tenant. */
const DEMO_API_KEY = 'demo-4f1c2b7e9a0d4c3b8e6f5a2d1c0b9a87'

async function openDeveloperPage(
  page: Page,
  account: 'admin' | 'developer',
  link: 'API Key Validation' | 'Allowed CORS Domains',
): Promise<void> {
  await signIn(page, account)
  await tabStrip(page).getByRole('tab', { name: 'Developer' }).click()
  await page
    .getByRole('navigation', { name: 'Developer' })
    .getByRole('link', { name: link })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: link })).toBeVisible()
}

const keyField = (page: Page) => page.getByRole('textbox', { name: 'API Key' })
const validate = (page: Page) => page.getByRole('button', { name: 'Validate API Key' })

/** What the tenant answers the signed-in user's key check, called from the page. */
function checkKey(page: Page, apiKey: string): Promise<{ status: number; code: number }> {
  return page.evaluate(async (apiKey) => {
    const response = await fetch('/admin/v1/api-keys/validate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ apiKey }),
    })
    const json = (await response.json()) as { status: { code: number } }
    return { status: response.status, code: json.status.code }
  }, apiKey)
}

test('an administrator checks the demo key and a wrong one; bad input is kept and explained', async ({
  page,
}) => {
  await openDeveloperPage(page, 'admin', 'API Key Validation')
  await expect(page.getByTestId('demo-api-key')).toHaveText(DEMO_API_KEY)
  await page.getByRole('button', { name: 'Check this key' }).click()
  await expect(keyField(page)).toHaveValue(DEMO_API_KEY)
  await expect(page.getByRole('status')).toContainText('Valid API Key')
  await expectNoA11yViolations(page)

  await keyField(page).fill('<script>alert(1)</script> x')
  await validate(page).click()
  await expect(
    page.getByText('An API key has only visible ASCII characters, without spaces.'),
  ).toBeVisible()
  await expect(keyField(page)).toHaveValue('<script>alert(1)</script> x')
  await expect(keyField(page)).toHaveAttribute('aria-invalid', 'true')

  await keyField(page).fill('demo-0000')
  await keyField(page).press('Enter')
  await expect(page.getByRole('status')).toContainText('Invalid API Key')
  await expect(keyField(page)).toHaveValue('demo-0000')
  await expectNoA11yViolations(page)
})

test('a developer does not see the demo key, and wrong keys are throttled', async ({ page }) => {
  await openDeveloperPage(page, 'developer', 'API Key Validation')
  await expect(page.getByText('Ask an administrator for it')).toBeVisible()
  await expect(page.getByTestId('demo-api-key')).toHaveCount(0)
  for (let attempt = 1; attempt <= 5; attempt++) {
    await keyField(page).fill(`guess-${attempt}`)
    await validate(page).click()
    await expect(page.getByRole('status')).toContainText('Invalid API Key')
  }
  await keyField(page).fill('guess-6')
  await validate(page).click()
  await expect(page.getByRole('alert')).toContainText(
    /^Too many invalid keys checked\. Try again in \d+ minutes?\.$/,
  )
  await expect(page.getByRole('status')).not.toContainText('Invalid API Key')
  // The tenant refuses the next check too, the right key included: no oracle while throttled.
  expect(await checkKey(page, DEMO_API_KEY)).toEqual({ status: 429, code: 42903 })
  await expectNoA11yViolations(page)
})

test('the CORS list names the app’s own origin and says how to add one', async ({
  page,
  baseURL,
}) => {
  await openDeveloperPage(page, 'developer', 'Allowed CORS Domains')
  const list = page.getByRole('table', { name: 'Allowed origins' })
  const own = list.getByRole('row').filter({ hasText: new URL(baseURL ?? '').origin })
  await expect(own).toContainText("This app's own origin")
  await expect(page.getByText('npm start -- --cors-origins')).toBeVisible()
  await expectNoA11yViolations(page)
})

test.describe('on a phone, in French', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('both pages read well and are accessible', async ({ page }) => {
    await openDeveloperPage(page, 'admin', 'API Key Validation')
    await chooseLanguage(page, 'Français')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Validation de clé d’API' }),
    ).toBeVisible()
    await page.getByRole('textbox', { name: 'Clé d’API' }).fill('nope')
    await page.getByRole('button', { name: 'Valider la clé d’API' }).click()
    await expect(page.getByRole('status')).toContainText('Clé d’API non valide')
    await expectNoA11yViolations(page)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.getByRole('link', { name: 'Domaines CORS autorisés' }).click()
    await expect(
      page.getByRole('heading', { level: 1, name: 'Domaines CORS autorisés' }),
    ).toBeVisible()
    await expect(page.getByRole('table', { name: 'Origines autorisées' })).toContainText(
      'L’origine de cette application',
    )
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await expectNoA11yViolations(page)
  })
})

test.describe('other roles', () => {
  for (const account of ['supervisor', 'monitor'] as const) {
    test(`a ${account} gets the not-authorized page and 403 from the tenant`, async ({ page }) => {
      await page.goto('/developer/api-key-validation')
      await signIn(page, account)
      await expect(page.getByRole('heading', { name: 'Not authorized' })).toBeVisible()
      await expect(keyField(page)).toHaveCount(0)
      expect((await checkKey(page, DEMO_API_KEY)).status).toBe(403)
      for (const path of ['/admin/v1/cors-origins', '/admin/v1/demo/api-key']) {
        expect(await page.evaluate(async (path) => (await fetch(path)).status, path)).toBe(403)
      }
    })
  }
})
