import type { Page } from '@playwright/test'
import {
  chooseLanguage,
  expect,
  expectNoA11yViolations,
  setFault,
  signIn,
  tabStrip,
  test,
} from './fixtures'

const DEMO_API_KEY = 'demo-4f1c2b7e9a0d4c3b8e6f5a2d1c0b9a87'

/** A website's request to the engagement API of the in-page tenant, refused with 404. */
async function clientError(page: Page, corrId: string): Promise<void> {
  const status = await page.evaluate(
    async ({ corrId, key }) => {
      const response = await fetch('/engagement/v3/callbacks/retrieve', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-api-key': key,
          'x-correlation-id': corrId,
        },
        body: JSON.stringify({ id: 'no-such-callback', password: 'hunter2' }),
      })
      return response.status
    },
    { corrId, key: DEMO_API_KEY },
  )
  expect(status).toBe(404)
}

/**
 * Signs in straight onto Developer > Errors (the tab strip's way there is in access.spec.ts). Not by
 * the Callback tab: it would read and cache the callback list, and a test going back to it while
 * that copy is fresh (5 s, src/api/callbacks.ts) would see no request made.
 */
async function openErrors(page: Page, account: 'developer' | 'admin'): Promise<void> {
  await page.goto('/developer/errors')
  await signIn(page, account)
  await expect(page.getByRole('heading', { level: 1, name: 'Errors' })).toBeVisible()
}

const errorsTable = (page: Page) => page.getByRole('table', { name: 'Most Recent Errors' })

for (const account of ['developer', 'admin'] as const) {
  test(`${account}: finds a client's error by a pasted correlation ID and reads it redacted`, async ({
    page,
  }) => {
    await openErrors(page, account)
    await clientError(page, 'web-shop-0001')
    await clientError(page, 'web-shop-0002')
    const field = page.getByRole('textbox', { name: 'Correlation ID' })
    await field.fill('web shop')
    await field.press('Enter')
    await expect(
      page.getByText('A correlation ID has only letters, digits and . _ : -'),
    ).toBeVisible()
    await expect(field).toHaveValue('web shop')
    await field.fill('  "WEB-SHOP-0001"  ')
    await field.press('Enter')
    await expect(page).toHaveURL(/\?corrId=web-shop-0001$/)
    const table = errorsTable(page)
    await expect(table.getByRole('row')).toHaveCount(2)
    await expect(table.getByRole('row').nth(1)).toContainText('/engagement/v3/callbacks/retrieve')
    await expect(table.getByRole('row').nth(1)).toContainText('40401')
    await expectNoA11yViolations(page)
    await table.getByRole('button', { name: 'Details of web-shop-0001' }).click()
    const dialog = page.getByRole('dialog', { name: 'Error web-shop-0001' })
    await expect(dialog.getByLabel('Headers')).toContainText('x-api-key[redacted]')
    await expect(dialog.getByLabel('Body')).toContainText('"password": "[redacted]"')
    await expect(dialog.getByLabel('Envelope')).toContainText('"code": 40401')
    await expect(dialog).not.toContainText(DEMO_API_KEY)
    await expect(dialog).not.toContainText('hunter2')
    await expectNoA11yViolations(page)
    await page.goBack()
    await expect(dialog).toBeHidden()
    await expect(page).toHaveURL(/\?corrId=web-shop-0001$/)
  })
}

test("a failed request's message links a developer to its error", async ({
  page,
  consoleErrors,
}) => {
  consoleErrors.allow(/^Failed to load resource: the server responded with a status of 500\b/)
  await openErrors(page, 'developer')
  // Every read of the list fails, however often it is tried (three times before the user is told,
  // src/app/queryClient.ts).
  await setFault(page, 'GET /admin/v1/callbacks', { kind: 'error' })
  await tabStrip(page).getByRole('tab', { name: 'Callback' }).click()
  const alert = page.getByRole('alert').filter({ hasText: 'Correlation ID' })
  const corrId = (await alert.getByTestId('corr-id').textContent()) ?? ''
  expect(corrId).toMatch(/^[0-9a-f-]{36}$/)
  await alert.getByRole('link', { name: 'See it in Developer > Errors' }).click()
  await expect(page).toHaveURL(`/developer/errors?corrId=${corrId}`)
  const row = errorsTable(page).getByRole('row').nth(1)
  await expect(row).toContainText(corrId)
  await expect(row).toContainText('/admin/v1/callbacks')
  await expect(row).toContainText('50001')
})

test('speaks French and fits a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openErrors(page, 'developer')
  await clientError(page, 'mobile-0001')
  await chooseLanguage(page, 'Français')
  await expect(page.getByRole('heading', { level: 1, name: 'Erreurs' })).toBeVisible()
  await page.getByRole('textbox', { name: 'ID de corrélation' }).fill('mobile-0001')
  await page.getByRole('button', { name: 'Rechercher' }).click()
  await page.getByRole('button', { name: 'Détails de mobile-0001' }).click()
  const dialog = page.getByRole('dialog', { name: 'Erreur mobile-0001' })
  await expect(dialog.getByText('Un client de l’API d’engagement (clé d’API)')).toBeVisible()
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(width).toBeLessThanOrEqual(390)
  await expectNoA11yViolations(page)
})

for (const account of ['supervisor', 'monitor'] as const) {
  test(`${account} is not authorized, and the tenant refuses the list`, async ({ page }) => {
    await page.goto('/developer/errors')
    await signIn(page, account)
    await expect(page.getByRole('heading', { name: 'Not authorized' })).toBeVisible()
    await expect(errorsTable(page)).toHaveCount(0)
    const status = await page.evaluate(async () => (await fetch('/admin/v1/errors')).status)
    expect(status).toBe(403)
  })
}
