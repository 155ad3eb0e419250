import {
  ALWAYS_OPEN_QUEUE,
  callbackRows,
  fillImmediateCallback,
  listSettled,
  notice,
  openCreateDialog,
  pickSlot,
  usDate,
  rowsInState,
  searchFor,
} from './callbackPage'
import { countCallbacks, DEFAULT_SIM_CONFIG, expect, signIn, test } from './fixtures'

/** Create Callback (product.md §2.4): once created, the callback is in the list for all to see. */
test.use({ simConfig: { ...DEFAULT_SIM_CONFIG, seedSize: 1500 } })

test('an immediate callback is created and found in the list by its number', async ({ page }) => {
  const e164 = '+442079460123'
  await signIn(page, 'supervisor')
  await expect(callbackRows(page).first()).toBeVisible()
  // The demo numbers are fictional: the seed may already hold a callback or two for this one.
  await searchFor(page, 'Phone Number', '+44 20 7946 0123')
  await listSettled(page)
  const before = await callbackRows(page).count()
  const stored = await countCallbacks(page, { phoneNumber: e164 })

  const dialog = await openCreateDialog(page)
  await fillImmediateCallback(dialog, { service: ALWAYS_OPEN_QUEUE, number: '+44 20 7946 0123' })
  await dialog.getByRole('button', { name: 'Create Callback' }).click()
  await expect(dialog).toBeHidden()
  await expect(notice(page, 'Callback created.')).toBeVisible()

  // Desired "now": within Last 14 Days, so the view stays as it was.
  await expect(page).toHaveURL(/^[^?]*\/callback\?q=%2B44\+20\+7946\+0123$/)
  await expect(callbackRows(page)).toHaveCount(before + 1)
  expect(await countCallbacks(page, { phoneNumber: e164 })).toBe(stored + 1)
  const created = rowsInState(page, /^(QUEUED|ROUTING|PROCESSING)/).filter({
    hasText: ALWAYS_OPEN_QUEUE,
  })
  await expect(created.filter({ hasText: e164 }).first()).toBeVisible()
})

test('a scheduled callback for tomorrow: the range switches to Tomorrow and says so', async ({
  page,
}) => {
  const e164 = '+33612345678'
  await signIn(page, 'supervisor')
  await expect(callbackRows(page).first()).toBeVisible()
  const stored = await countCallbacks(page, { phoneNumber: e164 })

  const dialog = await openCreateDialog(page)
  await dialog.getByRole('radio', { name: 'Scheduled' }).check()
  await dialog.getByRole('textbox', { name: 'Customer Number' }).fill('+33 6 12 34 56 78')
  const slot = await pickSlot(dialog, { daysAhead: 1, service: ALWAYS_OPEN_QUEUE })
  expect(slot.label).toMatch(/^\d{1,2}:\d\d [AP]M · \d+ places? left$/)
  await dialog.getByRole('button', { name: 'Create Callback' }).click()
  await expect(dialog).toBeHidden()

  await expect(
    notice(page, 'Callback created. The date range changed to Tomorrow so it is visible.'),
  ).toBeVisible()
  await expect(page).toHaveURL('/callback?range=tomorrow')
  await expect(page.getByRole('combobox', { name: 'Date range' })).toHaveText('Tomorrow')
  expect(await countCallbacks(page, { phoneNumber: e164 })).toBe(stored + 1)

  await searchFor(page, 'Phone Number', '33612345678')
  const row = rowsInState(page, /^SCHEDULED/).filter({ hasText: e164 })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(ALWAYS_OPEN_QUEUE)
  // On tomorrow's date, at the slot's time ("12:00 AM" in the list of slots, "12:00:00 AM" here).
  const [, hour, minutes, half] = /^(\d{1,2}):(\d\d) ([AP]M)/.exec(slot.label) ?? []
  await expect(row).toContainText(
    new RegExp(`${usDate(slot.date)}, 0?${Number(hour)}:${minutes}:00 ${half}`),
  )
})
