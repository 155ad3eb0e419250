import {
  callbackRows,
  columnTexts,
  listTotal,
  notice,
  revealRow,
  revealRows,
  rowName,
  rowsInState,
  showAlwaysOpenQueue,
  stateCell,
  toolbar,
} from './callbackPage'
import { DEFAULT_SIM_CONFIG, expect, signIn, test } from './fixtures'
import { defined } from '@/test/defined'

/** Bulk cancel (product.md §2.7): PROCESSING and COMPLETED callbacks are excluded, and say so. */
test.use({ simConfig: { ...DEFAULT_SIM_CONFIG, seedSize: 1500 } })

test('the selected callbacks are listed, confirmed, cancelled; a COMPLETED one is excluded', async ({
  page,
}) => {
  await signIn(page, 'supervisor')
  await expect(callbackRows(page).first()).toBeVisible()
  await showAlwaysOpenQueue(page)
  const toCancel = [
    await rowName(rowsInState(page, /^SCHEDULED/).nth(0)),
    await rowName(rowsInState(page, /^SCHEDULED/).nth(1)),
  ]
  const completedRow = (await revealRows(page, rowsInState(page, /^COMPLETED \(/))).first()
  const completed = await rowName(completedRow)
  const completedState = (await stateCell(completedRow).textContent()) ?? ''
  for (const name of [...toCancel, completed]) {
    await (
      await revealRow(page, name)
    )
      .getByRole('checkbox', { name: `Select the callback for ${name}` })
      .check()
  }
  await expect(page.getByRole('status').filter({ hasText: '3 callbacks selected' })).toBeVisible()

  await toolbar(page).getByRole('button', { name: 'Cancel Callbacks' }).click()
  const dialog = page.getByRole('dialog', { name: 'Cancel Callbacks' })
  await expect(dialog).toContainText(
    '2 selected callbacks will be cancelled. 1 is excluded (PROCESSING or COMPLETED).',
  )
  const selected = dialog.getByRole('table', { name: 'Selected callbacks' })
  await expect(selected.getByRole('row')).toHaveCount(4)
  for (const name of toCancel) {
    const [phone = ''] = name.split(' at ')
    await expect(selected.getByRole('row').filter({ hasText: phone })).toContainText(
      'Will be cancelled',
    )
  }
  const excludedRow = selected
    .getByRole('row')
    .filter({ hasText: defined(completed.split(' at ')[0]) })
  await expect(excludedRow).toContainText('Excluded')
  await expect(excludedRow).toContainText('It is already COMPLETED.')

  await dialog.getByRole('button', { name: 'Confirm' }).click()
  await expect(dialog.getByRole('status')).toHaveText(
    '2 callbacks cancelled, 1 excluded, 0 failed.',
  )
  const excluded = dialog.getByRole('listitem')
  await expect(excluded).toHaveCount(1)
  await expect(excluded).toContainText(`(${completedState}): It is already COMPLETED.`)

  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
  await expect(notice(page, 'Cancelled: 2. Excluded: 1. Failed: 0.')).toBeVisible()
  for (const name of toCancel) {
    await expect(stateCell(await revealRow(page, name))).toHaveText(
      'COMPLETED (CANCELLED_BY_ADMIN)',
    )
  }
  await expect(stateCell(await revealRow(page, completed))).toHaveText(completedState)
  // The selection went with the callbacks it named.
  await expect(toolbar(page).getByRole('button', { name: 'Cancel Callbacks' })).toBeDisabled()
})

test('Cancel All Callbacks In Current Time Range: counted first, PROCESSING and COMPLETED excluded', async ({
  page,
}) => {
  await signIn(page, 'supervisor')
  await expect(callbackRows(page).first()).toBeVisible()
  // A narrow view: one queue, over every day still kept.
  await showAlwaysOpenQueue(page)
  const total = await listTotal(page)
  expect(total).toBeLessThanOrEqual(250)

  // The dialog opens from a selection; the whole range replaces it.
  await callbackRows(page).first().getByRole('checkbox').check()
  await toolbar(page).getByRole('button', { name: 'Cancel Callbacks' }).click()
  const dialog = page.getByRole('dialog', { name: 'Cancel Callbacks' })
  await dialog.getByRole('checkbox', { name: 'Cancel All Callbacks In Current Time Range' }).check()
  const preview = dialog.getByRole('status').filter({ hasText: /^In Last & Next 14 Days \(/ })
  await expect(preview).toContainText(/callbacks? will be cancelled; \d+ (is|are) excluded/)
  const [, willCancel = '', willExclude = ''] =
    /: (\d+) callbacks? will be cancelled; (\d+) (?:is|are) excluded \(PROCESSING or COMPLETED\)\.$/.exec(
      (await preview.textContent()) ?? '',
    ) ?? []
  expect(Number(willCancel)).toBeGreaterThan(0)
  expect(Number(willExclude)).toBeGreaterThan(0)
  expect(Number(willCancel) + Number(willExclude)).toBe(total)
  await expect(dialog.getByRole('table', { name: 'Selected callbacks' })).toHaveCount(0)

  await dialog.getByRole('button', { name: 'Confirm' }).click()
  const result = dialog.getByRole('status').filter({ hasText: / failed\.$/ })
  await expect(result).toBeVisible()
  const [, cancelled = '', excludedCount = '', failed = ''] =
    /^(\d+) callbacks? cancelled, (\d+) excluded, (\d+) failed\.$/.exec(
      (await result.textContent()) ?? '',
    ) ?? []
  // Between the count and the confirmation a callback may have reached an agent: then it is
  // excluded too. None is lost, none fails.
  expect(Number(failed)).toBe(0)
  expect(Number(cancelled) + Number(excludedCount)).toBe(total)
  expect(Number(excludedCount)).toBeGreaterThanOrEqual(Number(willExclude))
  // Each excluded callback is listed with its state and why.
  const excluded = dialog.getByRole('listitem')
  await expect(excluded).toHaveCount(Math.min(100, Number(excludedCount)))
  for (const item of await excluded.allTextContents()) {
    expect(item).toMatch(
      /\((COMPLETED \(\w+\)|PROCESSING)\): (This callback is already COMPLETED\.|An agent is handling this callback \(PROCESSING\); it cannot be cancelled\.)$/,
    )
  }

  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(
    notice(page, `Cancelled: ${cancelled}. Excluded: ${excludedCount}. Failed: 0.`),
  ).toBeVisible()
  // Nothing in the view is waiting any more.
  await expect
    .poll(async () =>
      (await columnTexts(page, 'State')).filter((s) => !/^(COMPLETED|PROCESSING)/.test(s)),
    )
    .toEqual([])
  const states = await columnTexts(page, 'State')
  expect(states).toHaveLength(total)
  expect(
    states.filter((s) => s === 'COMPLETED (CANCELLED_BY_ADMIN)').length,
  ).toBeGreaterThanOrEqual(Number(cancelled))
})
