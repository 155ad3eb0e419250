import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'

/** Opens a rule from the Rules menu of Permitted & Blocked Numbers and waits for its editor. */
export async function openRule(page: Page, name: string): Promise<Locator> {
  await page
    .getByRole('navigation', { name: 'Rules' })
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .click()
  const editor = page.getByRole('region', { name })
  await expect(editor.getByRole('textbox', { name: 'Rule Name' })).toHaveValue(name)
  return editor
}
