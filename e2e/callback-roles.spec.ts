import {
  callbackRows,
  callbackTable,
  columnTexts,
  emptyList,
  openCreateDialog,
  revealRows,
  rowsInState,
  searchFor,
  showAlwaysOpenQueue,
  toolbar,
} from './callbackPage'
import { DEFAULT_SIM_CONFIG, expect, signIn, test } from './fixtures'

/** The Callback tab's controls for each role (product.md §1.2, §2): the list is for everyone. */
test.use({ simConfig: { ...DEFAULT_SIM_CONFIG, seedSize: 1500 } })

const MANAGE_BUTTONS = ['Create Callback', 'Cancel Callbacks', 'Export Cancelled Reports'] as const

for (const account of ['admin', 'supervisor'] as const) {
  test(`${account} manages callbacks: create, cancel, export, select, edit and recreate`, async ({
    page,
  }) => {
    await signIn(page, account)
    await expect(callbackRows(page).first()).toBeVisible()

    for (const name of MANAGE_BUTTONS) {
      await expect(toolbar(page).getByRole('button', { name })).toBeVisible()
    }
    // Nothing selected yet: nothing to cancel.
    await expect(toolbar(page).getByRole('button', { name: 'Cancel Callbacks' })).toBeDisabled()
    const rows = callbackRows(page)
    await expect(
      callbackTable(page).getByRole('checkbox', { name: 'Select all callbacks on this page' }),
    ).toBeVisible()
    await expect(rows.getByRole('checkbox', { name: /^Select the callback for / })).toHaveCount(
      await rows.count(),
    )
    // Edit (pencil) for callbacks not yet handled, Recreate for COMPLETED ones.
    await showAlwaysOpenQueue(page)
    await expect(
      rowsInState(page, /^SCHEDULED/)
        .first()
        .getByRole('button', { name: /^Edit the callback for / }),
    ).toBeVisible()
    await expect(
      (await revealRows(page, rowsInState(page, /^COMPLETED \(/)))
        .first()
        .getByRole('button', { name: /^Recreate the callback for / }),
    ).toBeVisible()

    await rows.first().getByRole('checkbox').check()
    await expect(page.getByRole('status').filter({ hasText: '1 callback selected' })).toBeVisible()
    await expect(toolbar(page).getByRole('button', { name: 'Cancel Callbacks' })).toBeEnabled()
  })
}

for (const account of ['monitor', 'developer'] as const) {
  test(`${account} reads the list but sees no control to change a callback`, async ({ page }) => {
    await signIn(page, account)
    await expect(callbackRows(page).first()).toBeVisible()
    expect(await callbackRows(page).count()).toBeGreaterThan(0)

    for (const name of MANAGE_BUTTONS) {
      await expect(page.getByRole('button', { name })).toHaveCount(0)
    }
    await expect(callbackTable(page).getByRole('checkbox')).toHaveCount(0)
    await expect(
      callbackTable(page).getByRole('button', { name: /^(Edit|Recreate) the callback for / }),
    ).toHaveCount(0)
    // Reading stays possible: refresh, options and the details of a row.
    await expect(toolbar(page).getByRole('button', { name: 'Refresh' })).toBeVisible()
    await expect(toolbar(page).getByRole('button', { name: 'Advanced Options' })).toBeVisible()
    const details = callbackRows(page)
      .first()
      .getByRole('button', { name: /^Details of the callback for / })
    await details.click()
    await expect(details).toHaveAttribute('aria-expanded', 'true')
    await expect(callbackTable(page).getByText('Position in queue')).toBeVisible()
  })
}

test('sales.supervisor sees the Sales services only', async ({ page }) => {
  await signIn(page, 'sales.supervisor')
  await expect(callbackRows(page).first()).toBeVisible()
  const services = new Set(await columnTexts(page, 'Service Name'))
  expect(services.size).toBeGreaterThan(0)
  for (const service of services) expect(service).toMatch(/^Sales /)

  // Another line's callbacks are not merely off this page: they are not there at all.
  await searchFor(page, 'Service Name', 'Claims')
  await expect(emptyList(page)).toBeVisible()

  // Nor can they be booked for.
  const dialog = await openCreateDialog(page)
  const queues = await dialog
    .getByRole('combobox', { name: 'Service Type' })
    .locator('option:not([value=""])')
    .allTextContents()
  expect(queues.length).toBeGreaterThan(0)
  for (const queue of queues) expect(queue).toMatch(/^Sales /)
})
