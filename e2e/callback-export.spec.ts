import { readFile } from 'node:fs/promises'
import {
  callbackRows,
  revealRow,
  rowName,
  rowsInState,
  showAlwaysOpenQueue,
  toolbar,
} from './callbackPage'
import { DEFAULT_SIM_CONFIG, expect, signIn, test } from './fixtures'
import { defined } from '@/test/defined'

/** Export Cancelled Reports (product.md §2.7): the Cancellation Summary Report as a CSV file. */
test.use({ simConfig: { ...DEFAULT_SIM_CONFIG, seedSize: 1500 } })

const CSV_HEADER =
  'Callback ID,Phone Number,Service Name,Desired Callback Time (UTC),Requested At (UTC),Cancellation Status,Message'

test('the callbacks the user cancelled download as a CSV file', async ({ page }) => {
  await signIn(page, 'supervisor')
  await expect(callbackRows(page).first()).toBeVisible()

  // Nothing cancelled yet: nothing to export, and the dialog says why.
  await toolbar(page).getByRole('button', { name: 'Export Cancelled Reports' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export Cancelled Reports' })
  const reportType = dialog.getByRole('combobox', { name: 'Report Type' })
  await expect(reportType.locator('option:checked')).toHaveText('Cancellation Summary Report')
  await expect(dialog.getByRole('status')).toContainText('Nothing to export')
  await expect(dialog.getByRole('button', { name: 'Download' })).toBeDisabled()
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()

  // Cancel two callbacks.
  await showAlwaysOpenQueue(page)
  const cancelled = [
    await rowName(rowsInState(page, /^SCHEDULED/).nth(0)),
    await rowName(rowsInState(page, /^SCHEDULED/).nth(1)),
  ]
  for (const name of cancelled) await (await revealRow(page, name)).getByRole('checkbox').check()
  await toolbar(page).getByRole('button', { name: 'Cancel Callbacks' }).click()
  const bulk = page.getByRole('dialog', { name: 'Cancel Callbacks' })
  await bulk.getByRole('button', { name: 'Confirm' }).click()
  await expect(bulk.getByRole('status')).toHaveText('2 callbacks cancelled, 0 excluded, 0 failed.')
  await bulk.getByRole('button', { name: 'Close' }).click()
  await expect(bulk).toBeHidden()

  await toolbar(page).getByRole('button', { name: 'Export Cancelled Reports' }).click()
  await expect(dialog).toContainText('2 cancellation requests in the last 24 hours.')
  const preview = dialog.getByRole('table', { name: 'Cancellation Summary Report' })
  await expect(preview.getByRole('row')).toHaveCount(3)
  const phones = cancelled.map((name) => defined(name.split(' at ')[0]))
  for (const phone of phones) {
    await expect(preview.getByRole('row').filter({ hasText: phone })).toContainText('CANCELLED')
  }

  const downloading = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^cancellation-summary-\d{4}-\d{2}-\d{2}\.csv$/)
  const text = await readFile(await download.path(), 'utf8')
  // A byte-order mark, so that spreadsheet programs read UTF-8; RFC 4180 line ends.
  expect(text.startsWith('\uFEFF')).toBe(true)
  const lines = text.slice(1).split('\r\n')
  expect(lines[0]).toBe(CSV_HEADER)
  expect(lines.at(-1)).toBe('')
  const rows = lines.slice(1, -1).map((line) => line.split(','))
  expect(rows).toHaveLength(2)
  expect(rows.map((row) => row[1]).sort()).toEqual([...phones].sort())

  for (const [id, phone, service, desired, requested, status, message] of rows) {
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    expect(service).toMatch(/ VQ_CB$/)
    expect(desired).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(requested).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(status).toBe('CANCELLED')
    expect(message).toBe('')
    // The same callback as the row cancelled in the list: its time, written in UTC.
    const shown = await page.evaluate(
      (iso) =>
        new Intl.DateTimeFormat('en-US', {
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
          second: '2-digit',
          hour12: true,
        }).format(new Date(iso)),
      defined(desired),
    )
    expect(cancelled).toContain(`${phone} at ${shown}`)
  }
})
