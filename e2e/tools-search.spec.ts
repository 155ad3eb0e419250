import type { Page } from '@playwright/test'
import { expect, expectNoA11yViolations, signIn, test } from './fixtures'
import { defined } from '@/test/defined'

interface Hit {
  id: string
  phoneNumber: string
  serviceName: string
}

/** Callbacks the signed-in user may read, from the demo tenant's own API. */
async function someCallbacks(page: Page): Promise<Hit[]> {
  return page.evaluate(async () => {
    const now = Date.now()
    const query = new URLSearchParams({
      from: new Date(now - 13 * 86_400_000).toISOString(),
      to: new Date(now + 13 * 86_400_000).toISOString(),
      pageSize: '50',
    })
    const response = await fetch(`/admin/v1/callbacks?${query.toString()}`, {
      credentials: 'include',
    })
    const body = (await response.json()) as { data: { items: Hit[] } }
    return body.data.items
  })
}

const search = async (page: Page, q: string) => {
  await page.getByRole('textbox', { name: 'Callback ID or phone number' }).fill(q)
  await page.getByRole('textbox', { name: 'Callback ID or phone number' }).press('Enter')
}
const results = (page: Page) => page.getByRole('table', { name: 'Callbacks found' })

test.beforeEach(async ({ page }) => {
  await page.goto('/tools/callback-search')
  await signIn(page, 'supervisor')
  await expect(page.getByRole('heading', { level: 1, name: 'Callback Search' })).toBeVisible()
})

test('finds a callback by ID, with its diagnostic data, and survives a reload', async ({
  page,
}) => {
  const [callback] = await someCallbacks(page)
  await search(page, defined(callback).id)
  await expect(results(page).getByRole('row')).toHaveCount(3) // header, result, diagnostics
  await expect(results(page)).toContainText(defined(callback).serviceName)
  await expect(
    page.getByLabel(`Diagnostic data of callback ${defined(callback).id}`),
  ).toContainText('Callback type')
  await expectNoA11yViolations(page)
  // Without persistence a reload starts a fresh demo tenant (same seed): sign in again.
  await page.reload()
  await signIn(page, 'supervisor')
  await expect(results(page)).toContainText(defined(callback).id)
})

test('finds a customer’s callbacks by number typed with spaces', async ({ page }) => {
  const [callback] = await someCallbacks(page)
  const phone = defined(callback).phoneNumber
  const typed = `${phone.slice(0, 3)} ${phone.slice(3, 6)} ${phone.slice(6)}`
  await search(page, typed)
  await expect(results(page)).toContainText(phone)
  const rows = results(page).getByRole('row')
  expect(await rows.count()).toBeGreaterThanOrEqual(2)
  await expect(page).toHaveURL(/\?q=/)
})

test('says No Callbacks Found for a number nobody has, and asks for input when empty', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page.getByText('Enter a callback ID or a phone number.')).toBeVisible()
  await search(page, '+999 000 000 000')
  await expect(page.getByText('No Callbacks Found')).toBeVisible()
  await expectNoA11yViolations(page)
})
