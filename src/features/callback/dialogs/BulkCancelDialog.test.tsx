import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RangeSelection } from '@/api/types'
import { isCancellable } from '@/domain/callback'
import { holdRequests } from '@/test/holdRequests'
import { renderWithProviders } from '@/test/renderWithProviders'
import { toSummary } from '@mocks/handlers/dto'
import { currentSimulator, TEST_NOW } from '@mocks/node'
import type { CallbackRecord } from '@mocks/store/types'
import { BulkCancelDialog } from './BulkCancelDialog'
import { defined } from '@/test/defined'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_NOW })
})
afterEach(() => {
  vi.useRealTimers()
})

const records = () => currentSimulator().tenant().state.callbacks

const TOMORROW: RangeSelection = {
  from: '2026-11-19T00:00:00.000Z',
  to: '2026-11-20T00:00:00.000Z',
  timezone: 'UTC',
}

async function openDialog(selected: CallbackRecord[], range: RangeSelection = TOMORROW) {
  const onDone = vi.fn()
  const onClose = vi.fn()
  const view = await act(() =>
    renderWithProviders(
      <BulkCancelDialog
        open
        selected={selected.map(toSummary)}
        range={range}
        rangeLabel="Tomorrow"
        onClose={onClose}
        onDone={onDone}
      />,
      { as: 'supervisor' },
    ),
  )
  const dialog = await screen.findByRole('dialog', { name: 'Cancel Callbacks' })
  return { ...view, dialog, onDone, onClose }
}

describe('Cancel Callbacks', () => {
  it('cancels the selected callbacks, excluding a PROCESSING one, and reports each', async () => {
    const scheduled = records()
      .filter((r) => r.state === 'SCHEDULED')
      .slice(0, 2)
    const processing = defined(records().find((r) => r.state === 'PROCESSING'))
    const ui = await openDialog([...scheduled, processing])

    const table = within(ui.dialog).getByRole('table', { name: 'Selected callbacks' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(3)
    const processingRow = defined(
      rows.find((row) => row.textContent.includes(processing.phoneNumber)),
    )
    expect(processingRow).toHaveTextContent('PROCESSING')
    expect(processingRow).toHaveTextContent('Excluded')
    expect(processingRow).toHaveTextContent('An agent is handling it (PROCESSING).')
    expect(ui.dialog).toHaveTextContent('2 selected callbacks will be cancelled.')

    await ui.user.click(within(ui.dialog).getByRole('button', { name: 'Confirm' }))
    expect(
      await within(ui.dialog).findByText('2 callbacks cancelled, 1 excluded, 0 failed.'),
    ).toBeInTheDocument()
    const excluded = defined(
      within(ui.dialog).getByRole('heading', { name: 'Excluded' }).parentElement,
    )
    expect(excluded).toHaveTextContent(processing.id)

    const tenant = currentSimulator().tenant()
    for (const r of scheduled)
      expect(tenant.get(r.id)).toMatchObject({ state: 'COMPLETED', reason: 'CANCELLED_BY_ADMIN' })
    expect(tenant.get(processing.id)?.state).toBe('PROCESSING')

    await ui.user.click(within(ui.dialog).getByRole('button', { name: 'Close' }))
    expect(ui.onDone).toHaveBeenCalledWith(
      expect.objectContaining({ cancelled: 2, excluded: 1, failed: 0 }),
    )
    expect(ui.onClose).toHaveBeenCalled()
  })

  it('cancels once for a double click on Confirm, and reports what that one run did', async () => {
    const scheduled = records()
      .filter((r) => r.state === 'SCHEDULED')
      .slice(0, 2)
    const ui = await openDialog(scheduled)
    const held = holdRequests('post', '/admin/v1/callbacks/bulk-cancel')
    const confirm = within(ui.dialog).getByRole('button', { name: 'Confirm' })
    fireEvent.click(confirm)
    fireEvent.click(confirm)
    await held.arrived()
    held.release()
    await waitFor(() =>
      expect(within(ui.dialog).getByRole('status')).toHaveTextContent(
        '2 callbacks cancelled, 0 excluded, 0 failed.',
      ),
    )
    expect(held.count()).toBe(1)
    const logged = currentSimulator().tenant().state.cancellations
    expect(logged.map((e) => [e.id, e.status]).sort()).toEqual(
      scheduled.map((r) => [r.id, 'CANCELLED']).sort(),
    )
  })

  it('does nothing when none of the selected callbacks can be cancelled', async () => {
    const ui = await openDialog(
      records()
        .filter((r) => r.state === 'COMPLETED')
        .slice(0, 2),
    )
    expect(ui.dialog).toHaveTextContent('2 are excluded (PROCESSING or COMPLETED).')
    expect(within(ui.dialog).getByRole('button', { name: 'Confirm' })).toBeDisabled()
  })

  it('previews the whole time range, and the result matches the preview', async () => {
    const inRange = (r: CallbackRecord) =>
      r.desiredTime >= TOMORROW.from && r.desiredTime < TOMORROW.to
    const cancellable = records().filter((r) => inRange(r) && isCancellable(r.state)).length
    const ui = await openDialog(
      records()
        .filter((r) => r.state === 'SCHEDULED')
        .slice(0, 1),
    )

    await ui.user.click(
      within(ui.dialog).getByRole('checkbox', {
        name: 'Cancel All Callbacks In Current Time Range',
      }),
    )
    // The selection gives way to the range.
    expect(within(ui.dialog).queryByRole('table')).toBeNull()
    const preview = await within(ui.dialog).findByText(/^In Tomorrow:/)
    const [, willCancel, willExclude] =
      /(\d+) callbacks? will be cancelled; (\d+) (?:is|are) excluded/.exec(preview.textContent) ??
      []
    expect(Number(willCancel)).toBe(cancellable)
    expect(Number(willCancel)).toBeGreaterThan(0)

    await ui.user.click(within(ui.dialog).getByRole('button', { name: 'Confirm' }))
    expect(
      await within(ui.dialog).findByText(
        `${willCancel} callbacks cancelled, ${willExclude} excluded, 0 failed.`,
      ),
    ).toBeInTheDocument()
    expect(records().filter((r) => inRange(r) && isCancellable(r.state))).toHaveLength(0)
  })

  it('shows a failure with its correlation ID and lets the user try again', async () => {
    const scheduled = defined(records().find((r) => r.state === 'SCHEDULED'))
    currentSimulator().faults.set('POST /admin/v1/callbacks/bulk-cancel', {
      kind: 'error',
      times: 1,
    })
    const ui = await openDialog([scheduled])
    await ui.user.click(within(ui.dialog).getByRole('button', { name: 'Confirm' }))
    const alert = await within(ui.dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The callbacks were not cancelled')
    expect(within(alert).getByTestId('corr-id')).not.toBeEmptyDOMElement()
    await ui.user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(
      await within(ui.dialog).findByText('1 callback cancelled, 0 excluded, 0 failed.'),
    ).toBeInTheDocument()
    await waitFor(() =>
      expect(currentSimulator().tenant().get(scheduled.id)?.reason).toBe('CANCELLED_BY_ADMIN'),
    )
  })
})
