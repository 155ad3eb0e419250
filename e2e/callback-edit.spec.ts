import type { Page } from '@playwright/test'
import {
  ALWAYS_OPEN_QUEUE,
  callbackRows,
  chooseRange,
  listResponse,
  listShows,
  notice,
  pickSlot,
  rowName,
  rowNamed,
  revealRows,
  rowsInState,
  searchFor,
  stateCell,
} from './callbackPage'
import { countCallbacks, DEFAULT_SIM_CONFIG, expect, signIn, test } from './fixtures'
import { defined } from '@/test/defined'

/** Edit (reschedule, cancel) and Recreate (product.md §2.5, §2.6), as a supervisor. */
test.use({ simConfig: { ...DEFAULT_SIM_CONFIG, seedSize: 1500 } })

/** The always-open queue's bookings, latest first: days ahead, SCHEDULED, free slots all around. */
async function showFutureBookings(page: Page) {
  await signIn(page, 'supervisor')
  await expect(callbackRows(page).first()).toBeVisible()
  await chooseRange(page, 'Next 14 Days')
  await searchFor(page, 'Service Name', ALWAYS_OPEN_QUEUE)
}

test('reschedule: the old callback becomes COMPLETED (RESCHEDULED), a new one takes its place', async ({
  page,
}) => {
  await showFutureBookings(page)
  const row = rowsInState(page, /^SCHEDULED/).first()
  const name = await rowName(row)
  await row.getByRole('button', { name: `Edit the callback for ${name}` }).click()

  const dialog = page.getByRole('dialog', { name: 'Edit Callback' })
  await expect(dialog.getByText('Current Callback Information')).toBeVisible()
  await expect(dialog).toContainText(defined(name.split(' at ')[0]))
  await expect(dialog.getByText('Change Desired Time')).toBeVisible()
  await pickSlot(dialog)
  await dialog.getByRole('button', { name: 'Reschedule' }).click()
  await expect(dialog).toBeHidden()

  const message = notice(page, /^Callback rescheduled to /)
  await expect(message).toBeVisible()
  const [, newId = '', oldId = ''] =
    /replaced by a new callback with ID (\S+); the previous one \((\S+)\) is now COMPLETED \(RESCHEDULED\)\./.exec(
      (await message.textContent()) ?? '',
    ) ?? []
  expect(newId).not.toBe('')
  expect(oldId).not.toBe(newId)

  // The old one is still listed where it was, now COMPLETED (RESCHEDULED)...
  const old = rowNamed(page, name)
  await expect(stateCell(old)).toHaveText('COMPLETED (RESCHEDULED)')
  await expect(old.getByRole('button', { name: `Recreate the callback for ${name}` })).toBeVisible()

  // ...and its metrics link to the callback that replaced it.
  const details = old.getByRole('button', { name: `Details of the callback for ${name}` })
  await details.click()
  const region = page.locator(`[id="${await details.getAttribute('aria-controls')}"]`)
  await region.getByRole('switch', { name: 'Advanced Callback Metrics' }).check()
  await expect(region.getByText('Rescheduled to')).toBeVisible()
  const loaded = listResponse(page, (params) => params.get('searchTerm') === newId)
  await region.getByRole('link', { name: `Show callback ${newId}` }).click()
  await expect(page).toHaveURL(`/callback?range=all&field=callbackId&q=${newId}`)
  await listShows(page, loaded)
  await expect(callbackRows(page)).toHaveCount(1)
  await expect(stateCell(callbackRows(page))).toHaveText('SCHEDULED')

  await searchFor(page, 'Callback ID', oldId)
  await expect(callbackRows(page)).toHaveCount(1)
  await expect(stateCell(callbackRows(page))).toHaveText('COMPLETED (RESCHEDULED)')
})

test('cancel, once confirmed: the callback becomes COMPLETED (CANCELLED_BY_ADMIN)', async ({
  page,
}) => {
  await showFutureBookings(page)
  const row = rowsInState(page, /^SCHEDULED/).first()
  const name = await rowName(row)
  const phone = defined(name.split(' at ')[0])
  await row.getByRole('button', { name: `Edit the callback for ${name}` }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit Callback' })
  await dialog.getByRole('button', { name: 'Cancel Callback' }).click()

  // Asked first; the safe answer changes nothing.
  const confirm = page.getByRole('dialog', { name: 'Cancel this callback?' })
  await expect(confirm).toContainText(`The callback to ${phone} at `)
  await expect(confirm.getByRole('button', { name: 'Keep Callback' })).toBeFocused()
  await confirm.getByRole('button', { name: 'Keep Callback' }).click()
  await expect(confirm).toBeHidden()
  await expect(dialog).toContainText('StateSCHEDULED')

  await dialog.getByRole('button', { name: 'Cancel Callback' }).click()
  await confirm.getByRole('button', { name: 'Cancel Callback' }).click()
  await expect(dialog).toBeHidden()
  await expect(
    notice(
      page,
      `The callback to ${phone} was cancelled: it is now COMPLETED (CANCELLED_BY_ADMIN).`,
    ),
  ).toBeVisible()
  const cancelled = rowNamed(page, name)
  await expect(stateCell(cancelled)).toHaveText('COMPLETED (CANCELLED_BY_ADMIN)')
  // A COMPLETED callback can no longer be edited, only recreated.
  await expect(cancelled.getByRole('button', { name: /^Edit the callback for / })).toHaveCount(0)
  await expect(
    cancelled.getByRole('button', { name: `Recreate the callback for ${name}` }),
  ).toBeVisible()
})

test('recreate a COMPLETED callback: a new callback for the same number and queue', async ({
  page,
}) => {
  await signIn(page, 'supervisor')
  await expect(callbackRows(page).first()).toBeVisible()
  await chooseRange(page, 'Last 7 Days')
  await searchFor(page, 'Service Name', ALWAYS_OPEN_QUEUE)
  const row = (await revealRows(page, rowsInState(page, /^COMPLETED \(/))).first()
  const name = await rowName(row)
  const [phone = '', lastTime = ''] = name.split(' at ')
  const state = (await stateCell(row).textContent()) ?? ''

  // The same number may have other callbacks: count them in the list before and after.
  await searchFor(page, 'Phone Number', phone)
  const before = await callbackRows(page).count()
  const stored = await countCallbacks(page, { phoneNumber: phone })

  await rowNamed(page, name)
    .getByRole('button', { name: `Recreate the callback for ${name}` })
    .click()
  const dialog = page.getByRole('dialog', { name: 'Recreate Callback' })
  await expect(dialog).toContainText(`Last Callback Time${lastTime}`)
  await expect(dialog).toContainText(`Callback Number${phone}`)
  await expect(dialog).toContainText(`Service Name${ALWAYS_OPEN_QUEUE}`)
  await expect(dialog).toContainText(`State${state}`)
  await dialog.getByRole('radio', { name: 'Immediate' }).check()
  await dialog.getByRole('button', { name: 'Recreate Callback' }).click()
  await expect(dialog).toBeHidden()

  await expect(notice(page, 'Callback created.')).toBeVisible()
  await expect(callbackRows(page)).toHaveCount(before + 1)
  expect(await countCallbacks(page, { phoneNumber: phone })).toBe(stored + 1)
  // The original stays as it was.
  await expect(stateCell(rowNamed(page, name))).toHaveText(state)
})
