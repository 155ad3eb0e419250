import {
  ALWAYS_OPEN_QUEUE,
  callbackRows,
  callbackTable,
  chooseRange,
  openCreateDialog,
  pickSlot,
  revealRows,
  rowsInState,
  searchFor,
  showAlwaysOpenQueue,
  toolbar,
} from './callbackPage'
import { DEFAULT_SIM_CONFIG, expect, expectNoA11yViolations, signIn, test } from './fixtures'
import { expectPageRows } from './listFrame'
import { addDays } from '@/domain/zonedTime'
import { defined } from '@/test/defined'

/** axe (WCAG 2.1 A/AA) with each of the Callback tab's dialogs open, and with a row expanded. */
test.use({ simConfig: { ...DEFAULT_SIM_CONFIG, seedSize: 1500 } })

test.beforeEach(async ({ page }) => {
  await signIn(page, 'supervisor')
  await expect(callbackRows(page).first()).toBeVisible()
})

test('Create Callback dialog, immediate then scheduled with its slots', async ({ page }) => {
  const dialog = await openCreateDialog(page)
  await expectNoA11yViolations(page)

  // The errors shown next to the fields.
  await dialog.getByRole('button', { name: 'Create Callback' }).click()
  await expect(
    dialog.getByText('Choose the queue (service) that will call the customer back.'),
  ).toBeVisible()
  await expectNoA11yViolations(page)

  await dialog.getByRole('radio', { name: 'Scheduled' }).check()
  await pickSlot(dialog, { daysAhead: 1, service: ALWAYS_OPEN_QUEUE })
  await expectNoA11yViolations(page)
})

test('Create Callback dialog on a day with no free slot: the reason stays readable', async ({
  page,
}) => {
  // Sales is closed on Sundays: the slot list is disabled, and the text saying why must not be
  // greyed with it. (A fresh dialog: after a refused submit the text is red, which hides this.)
  const dialog = await openCreateDialog(page)
  await dialog.getByRole('radio', { name: 'Scheduled' }).check()
  const date = dialog.getByLabel('Desired Date')
  const today = defined(await date.getAttribute('min'))
  const sunday = addDays(today, (7 - new Date(`${today}T00:00:00Z`).getUTCDay()) % 7)
  await date.fill(sunday)
  await dialog.getByRole('combobox', { name: 'Service Type' }).selectOption('Sales VQ_CB')
  const reason = dialog.getByText(/^No free slots on /)
  await expect(dialog.getByRole('combobox', { name: 'Available Time Slot' })).toBeDisabled()
  // In view, as a person reads it: axe cannot judge the contrast of text scrolled out of sight.
  await reason.scrollIntoViewIfNeeded()
  await expect(reason).toBeInViewport()
  await expectNoA11yViolations(page)
})

test('Edit dialog and its confirmation', async ({ page }) => {
  await chooseRange(page, 'Next 14 Days')
  await searchFor(page, 'Service Name', ALWAYS_OPEN_QUEUE)
  await rowsInState(page, /^SCHEDULED/)
    .first()
    .getByRole('button', { name: /^Edit the callback for / })
    .click()
  const dialog = page.getByRole('dialog', { name: 'Edit Callback' })
  await expect(dialog.getByRole('combobox', { name: 'Available Time Slot' })).toBeEnabled()
  await expectNoA11yViolations(page)

  await dialog.getByRole('button', { name: 'Cancel Callback' }).click()
  await expect(page.getByRole('dialog', { name: 'Cancel this callback?' })).toBeVisible()
  await expectNoA11yViolations(page)
})

test('Recreate dialog', async ({ page }) => {
  await (
    await revealRows(page, rowsInState(page, /^COMPLETED \(/))
  )
    .first()
    .getByRole('button', { name: /^Recreate the callback for / })
    .click()
  const dialog = page.getByRole('dialog', { name: 'Recreate Callback' })
  await expect(dialog.getByRole('button', { name: 'Recreate Callback' })).toBeVisible()
  await expectNoA11yViolations(page)
})

test('bulk cancel dialog: the selection, the whole range, the result', async ({ page }) => {
  await showAlwaysOpenQueue(page)
  await rowsInState(page, /^SCHEDULED/)
    .first()
    .getByRole('checkbox')
    .check()
  await (
    await revealRows(page, rowsInState(page, /^COMPLETED \(/))
  )
    .first()
    .getByRole('checkbox')
    .check()
  await toolbar(page).getByRole('button', { name: 'Cancel Callbacks' }).click()
  const dialog = page.getByRole('dialog', { name: 'Cancel Callbacks' })
  await expect(dialog.getByRole('table', { name: 'Selected callbacks' })).toBeVisible()
  await expectNoA11yViolations(page)

  const wholeRange = dialog.getByRole('checkbox', {
    name: 'Cancel All Callbacks In Current Time Range',
  })
  await wholeRange.check()
  await expect(dialog.getByRole('status').filter({ hasText: /will be cancelled/ })).toBeVisible()
  await expectNoA11yViolations(page)

  await wholeRange.uncheck()
  await dialog.getByRole('button', { name: 'Confirm' }).click()
  await expect(dialog.getByRole('status')).toHaveText('1 callback cancelled, 1 excluded, 0 failed.')
  await expectNoA11yViolations(page)
})

test('an expanded row with its Advanced Callback Metrics', async ({ page }) => {
  const details = callbackRows(page)
    .first()
    .getByRole('button', { name: /^Details of the callback for / })
  await details.click()
  const region = page.locator(`[id="${await details.getAttribute('aria-controls')}"]`)
  await expect(region.getByText('Position in queue')).toBeVisible()
  await expectNoA11yViolations(page)

  await region.getByRole('switch', { name: 'Advanced Callback Metrics' }).check()
  await expect(region.getByText('Callback origination channel')).toBeVisible()
  await expectNoA11yViolations(page)
})

test('Export Cancelled Reports and Advanced Options dialogs', async ({ page }) => {
  await toolbar(page).getByRole('button', { name: 'Export Cancelled Reports' }).click()
  const exportDialog = page.getByRole('dialog', { name: 'Export Cancelled Reports' })
  await expect(exportDialog.getByRole('status')).toContainText('Nothing to export')
  await expectNoA11yViolations(page)
  await exportDialog.getByRole('button', { name: 'Close' }).click()
  await expect(exportDialog).toBeHidden()

  await toolbar(page).getByRole('button', { name: 'Advanced Options' }).click()
  const options = page.getByRole('dialog', { name: 'Advanced Options' })
  await expect(options.getByRole('group', { name: 'Visible Callback Services' })).toBeVisible()
  await expectNoA11yViolations(page)
})

test('the keyboard reaches rows below the ones drawn at first: the list scrolls and draws them', async ({
  page,
}) => {
  const table = callbackTable(page)
  await expectPageRows(table, 250)
  const drawn = await table.locator('tr[aria-rowindex]').count()
  expect(drawn).toBeLessThan(60)
  await callbackRows(page).first().getByRole('checkbox').focus()
  // Each row has two or three stops (its checkbox, Details, Edit or Recreate).
  for (let stop = 0; stop < drawn * 4; stop++) await page.keyboard.press('Tab')
  const focusedRow = await page.evaluate(() =>
    Number(document.activeElement?.closest('tr')?.getAttribute('aria-rowindex')),
  )
  expect(focusedRow).toBeGreaterThan(drawn + 1)
  await expect(page.locator(':focus')).toBeInViewport()
})
