import { chooseLanguage, expect, signIn, tabStrip, test } from './fixtures'

test('"Reset demo data" asks first, throws the changes away and signs out', async ({ page }) => {
  await signIn(page, 'admin')
  await expect(page.getByText('Demo tenant', { exact: true })).toBeVisible()
  // A change to throw away: the user's language preference, saved by the tenant.
  await chooseLanguage(page, 'Français')
  await expect(tabStrip(page).getByRole('tab', { name: 'Rappels' })).toBeVisible()

  await page.getByRole('button', { name: /menu du compte$/ }).click()
  await page.getByRole('menuitem', { name: 'Réinitialiser les données de démonstration' }).click()
  const confirm = page.getByRole('dialog', {
    name: 'Réinitialiser le locataire de démonstration ?',
  })
  // The safe choice has the focus; cancelling changes nothing.
  await expect(confirm.getByRole('button', { name: 'Annuler' })).toBeFocused()
  await confirm.getByRole('button', { name: 'Annuler' }).click()
  await expect(confirm).toBeHidden()
  await expect(tabStrip(page)).toBeVisible()

  await page.getByRole('button', { name: /menu du compte$/ }).click()
  await page.getByRole('menuitem', { name: 'Réinitialiser les données de démonstration' }).click()
  await confirm.getByRole('button', { name: 'Réinitialiser' }).click()
  await expect(page).toHaveURL('/sign-in?reason=signedOut')
  await expect(tabStrip(page)).toHaveCount(0)

  // A freshly seeded tenant: the saved French preference is gone.
  await signIn(page, 'admin', { language: 'fr' })
  await expect(tabStrip(page).getByRole('tab')).toHaveText([
    'Callback',
    'Developer',
    'Call-In',
    'Tools',
  ])
})
