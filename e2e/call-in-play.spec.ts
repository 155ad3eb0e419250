import { CALL_IN_GROUP_NAMES } from '@mocks/seed/callInGroups'
import { makeCallInRequest } from './callInRequest'
import { chooseLanguage, expect, expectNoA11yViolations, signIn, test } from './fixtures'

const CALLER = '+14155550142'

for (const account of ['admin', 'developer'] as const) {
  test(`${account} plays the caller of a request an app made`, async ({ page }) => {
    // The last minutes only: the request made below is there, with few rows besides.
    await page.goto('/call-in?range=last15Minutes')
    await signIn(page, account)
    await page.getByRole('button', { name: 'Play the Caller' }).click()
    const dialog = page.getByRole('dialog', { name: 'Play the Caller' })
    // Nobody else calls for the request about to be made.
    const simulated = dialog.getByRole('switch', { name: 'Simulated callers' })
    await expect(simulated).toBeChecked()
    await simulated.click()
    await expect(simulated).not.toBeChecked()
    const made = await makeCallInRequest(page, CALL_IN_GROUP_NAMES.london, CALLER)
    const code = String(made.accessCode)

    await dialog.getByRole('combobox', { name: 'Number dialled (DNIS)' }).fill(made.toPhoneNumber)
    await dialog.getByRole('textbox', { name: 'Calling from (ANI)' }).fill(CALLER)
    const entered = dialog.getByRole('textbox', { name: 'Access code entered' })
    await entered.fill(code.startsWith('9') ? '1'.repeat(code.length) : '9'.repeat(code.length))
    await dialog.getByRole('button', { name: 'Call', exact: true }).click()
    await expect(dialog.getByRole('status')).toContainText('Wrong access code')
    await expectNoA11yViolations(page)

    await entered.fill(code)
    await dialog.getByRole('button', { name: 'Call', exact: true }).click()
    const outcome = dialog.getByRole('status')
    await expect(outcome).toContainText('Completed')
    await expect(outcome).toContainText(
      `The call completed request ${made.id} of the group ${CALL_IN_GROUP_NAMES.london}`,
    )
    await expectNoA11yViolations(page)
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(dialog).toBeHidden()

    // The list refreshed behind the dialog: the request is Completed.
    const row = page
      .getByRole('table', { name: /^Call-In records, / })
      .getByRole('row')
      .filter({ hasText: made.id })
    await expect(row).toContainText('Completed')
  })
}

test('French, on a phone: the fields say what is wrong', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/call-in?range=last15Minutes')
  await signIn(page, 'developer')
  await chooseLanguage(page, 'Français')
  await page.getByRole('button', { name: 'Jouer l’appelant' }).click()
  const dialog = page.getByRole('dialog', { name: 'Jouer l’appelant' })
  await dialog.getByRole('textbox', { name: 'Appel depuis (ANI)' }).fill('0612345678')
  await dialog.getByRole('button', { name: 'Appeler', exact: true }).click()
  await expect(
    dialog.getByRole('combobox', { name: 'Numéro composé (DNIS)' }),
  ).toHaveAccessibleDescription('Saisissez le numéro à composer.')
  await expect(
    dialog.getByRole('textbox', { name: 'Appel depuis (ANI)' }),
  ).toHaveAccessibleDescription(/avec \+ et l’indicatif du pays/)
  await expectNoA11yViolations(page)
})
