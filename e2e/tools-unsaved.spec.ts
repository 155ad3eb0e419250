import type { Page } from '@playwright/test'
import { expect, signIn, test } from './fixtures'

/**
 * Leaving an editor with unsaved changes asks first, however the user leaves: a menu link, a tab,
 * the browser's back button, signing out. Shown on Permitted & Blocked Numbers; every rule editor
 * uses the same guard.
 */
async function editRuleName(page: Page) {
  await page.goto('/tools/queues')
  await signIn(page, 'admin')
  await page
    .getByRole('navigation', { name: 'Tools' })
    .getByRole('link', { name: 'Permitted & Blocked Numbers' })
    .click()
  await page
    .getByRole('navigation', { name: 'Rules' })
    .getByRole('button', { name: /^North America only/ })
    .click()
  const name = page.getByRole('textbox', { name: 'Rule Name' })
  await expect(name).toHaveValue('North America only')
  await name.fill('North America only (draft)')
  return name
}

const RULE_URL = '/tools/number-rules?rule=numbers-north-america'
const prompt = (page: Page) => page.getByRole('dialog', { name: 'Discard unsaved changes?' })

test('a menu link asks; "Keep editing" keeps the page and the edit, "Discard" goes', async ({
  page,
}) => {
  const name = await editRuleName(page)
  const queues = page
    .getByRole('navigation', { name: 'Tools' })
    .getByRole('link', { name: 'Queues' })

  await queues.click()
  await expect(prompt(page)).toBeVisible()
  await expect(prompt(page).getByRole('button', { name: 'Keep editing' })).toBeFocused()
  await prompt(page).getByRole('button', { name: 'Keep editing' }).click()
  await expect(page).toHaveURL(RULE_URL)
  await expect(name).toHaveValue('North America only (draft)')

  await queues.click()
  await prompt(page).getByRole('button', { name: 'Discard changes' }).click()
  await expect(page).toHaveURL('/tools/queues')
  await expect(page.getByRole('heading', { level: 1, name: 'Queues' })).toBeVisible()
})

test('the back button asks too, and staying keeps the address and the edit', async ({ page }) => {
  const name = await editRuleName(page)
  await page.goBack()
  await expect(prompt(page)).toBeVisible()
  await prompt(page).getByRole('button', { name: 'Keep editing' }).click()
  await expect(page).toHaveURL(RULE_URL)
  await expect(name).toHaveValue('North America only (draft)')

  await page.goBack()
  await prompt(page).getByRole('button', { name: 'Discard changes' }).click()
  await expect(page).not.toHaveURL(RULE_URL)
  await expect(page.getByRole('textbox', { name: 'Rule Name' })).toHaveCount(0)
})

test('a tab and signing out ask as well; a saved editor lets the user go at once', async ({
  page,
}) => {
  await editRuleName(page)
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('tab', { name: 'Callback' })
    .click()
  await expect(prompt(page)).toBeVisible()
  await prompt(page).getByRole('button', { name: 'Keep editing' }).click()
  await expect(page).toHaveURL(RULE_URL)

  await page.getByRole('button', { name: /account menu$/ }).click()
  await page.getByRole('menuitem', { name: 'Sign out' }).click()
  await expect(prompt(page)).toBeVisible()
  await prompt(page).getByRole('button', { name: 'Keep editing' }).click()
  await expect(page).toHaveURL(RULE_URL)

  await page.getByRole('button', { name: 'Save Changes' }).click()
  await expect(page.getByRole('button', { name: /^North America only \(draft\)/ })).toBeVisible()
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('tab', { name: 'Callback' })
    .click()
  await expect(page).toHaveURL('/callback')
  await expect(prompt(page)).toHaveCount(0)
})
