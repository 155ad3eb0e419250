import { act, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderWithProviders } from '@/test/renderWithProviders'
import { toSummary } from '@mocks/handlers/dto'
import { currentSimulator, TEST_NOW } from '@mocks/node'
import { DAY_MS } from '@/domain/zonedTime'
import type { CallbackRecord } from '@mocks/store/types'
import { EditCallbackDialog } from './EditCallbackDialog'
import { defined } from '@/test/defined'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_NOW })
})
afterEach(() => {
  vi.useRealTimers()
})

function seeded(match: (r: CallbackRecord) => boolean): CallbackRecord {
  const record = currentSimulator().tenant().state.callbacks.find(match)
  if (!record) throw new Error('The seed has no such callback')
  return record
}

const scheduledInSales = (r: CallbackRecord) =>
  r.state === 'SCHEDULED' && r.serviceName === 'Sales VQ_CB' && Date.parse(r.desiredTime) > TEST_NOW

async function openDialog(record: CallbackRecord) {
  const onChanged = vi.fn()
  const onClose = vi.fn()
  const view = await act(() =>
    renderWithProviders(
      <EditCallbackDialog callback={toSummary(record)} onClose={onClose} onChanged={onChanged} />,
      { as: 'supervisor' },
    ),
  )
  const dialog = await screen.findByRole('dialog', { name: 'Edit Callback' })
  return { ...view, dialog, onChanged, onClose }
}

describe('Edit Callback', () => {
  it('shows the current information and moves a scheduled callback to another slot', async () => {
    const record = seeded(scheduledInSales)
    const ui = await openDialog(record)
    expect(within(ui.dialog).getByText('Current Callback Information')).toBeInTheDocument()
    expect(within(ui.dialog).getByText('Callback Number').nextSibling).toHaveTextContent(
      record.phoneNumber,
    )
    // The callback's own day is preselected.
    expect(within(ui.dialog).getByLabelText('Desired Date')).toHaveValue(
      record.desiredTime.slice(0, 10),
    )
    const select = within(ui.dialog).getByLabelText('Available Time Slot')
    await waitFor(() => expect(within(select).getAllByRole('option').length).toBeGreaterThan(1))
    const target = defined(
      within(select)
        .getAllByRole<HTMLOptionElement>('option')
        .find((o) => o.value && o.value !== record.desiredTime && Date.parse(o.value) > TEST_NOW),
    ).value
    await ui.user.selectOptions(select, target)
    await ui.user.click(within(ui.dialog).getByRole('button', { name: 'Reschedule' }))

    await waitFor(() => expect(ui.onChanged).toHaveBeenCalledTimes(1))
    const message = defined(ui.onChanged.mock.calls[0])[0] as string
    const newId = /new callback with ID (\S+);/.exec(message)?.[1]
    expect(message).toMatch(/replaced by a new callback/)
    const tenant = currentSimulator().tenant()
    expect(tenant.get(record.id)).toMatchObject({ state: 'COMPLETED', reason: 'RESCHEDULED' })
    expect(tenant.get(defined(newId))).toMatchObject({
      state: 'SCHEDULED',
      desiredTime: target,
      phoneNumber: record.phoneNumber,
    })
    expect(ui.onClose).toHaveBeenCalled()
  })

  it('lists the callback’s own slot as its current time but does not offer it', async () => {
    const tenant = currentSimulator().tenant()
    const queue = defined(tenant.queue('Sales VQ_CB'))
    const day = TEST_NOW + 2 * DAY_MS
    const [free] = tenant.availability(queue, { start: day, end: day + DAY_MS, timeZone: 'UTC' })
    const record = tenant.create({
      serviceName: queue.name,
      phoneNumber: '+442079460555',
      origin: 'SCHEDULED',
      channel: 'UI',
      desiredTime: Date.parse(defined(free).utcTime),
    })
    const ui = await openDialog(record)
    const select = within(ui.dialog).getByLabelText('Available Time Slot')
    await waitFor(() => expect(within(select).getAllByRole('option').length).toBeGreaterThan(2))
    const own = defined(
      within(select)
        .getAllByRole<HTMLOptionElement>('option')
        .find((o) => o.value === record.desiredTime),
    )
    expect(own).toBeDisabled()
    expect(own).toHaveTextContent(/· current time$/)
    const others = within(select)
      .getAllByRole<HTMLOptionElement>('option')
      .filter((o) => o.value && o.value !== record.desiredTime)
    expect(others.length).toBeGreaterThan(0)
    expect(others.every((o) => !o.disabled)).toBe(true)
  })

  it('asks before cancelling, then cancels', async () => {
    const record = seeded(scheduledInSales)
    const ui = await openDialog(record)
    await ui.user.click(within(ui.dialog).getByRole('button', { name: 'Cancel Callback' }))
    const confirm = await screen.findByRole('dialog', { name: 'Cancel this callback?' })
    expect(confirm).toHaveTextContent(record.phoneNumber)
    // Nothing happens before the confirmation.
    expect(currentSimulator().tenant().get(record.id)?.state).toBe('SCHEDULED')
    await ui.user.click(within(confirm).getByRole('button', { name: 'Cancel Callback' }))

    await waitFor(() => expect(ui.onChanged).toHaveBeenCalledTimes(1))
    expect(ui.onChanged).toHaveBeenCalledWith(expect.stringMatching(/CANCELLED_BY_ADMIN/))
    expect(currentSimulator().tenant().get(record.id)).toMatchObject({
      state: 'COMPLETED',
      reason: 'CANCELLED_BY_ADMIN',
    })
  })

  it('keeps a callback when the confirmation is declined', async () => {
    const record = seeded(scheduledInSales)
    const ui = await openDialog(record)
    await ui.user.click(within(ui.dialog).getByRole('button', { name: 'Cancel Callback' }))
    const confirm = await screen.findByRole('dialog', { name: 'Cancel this callback?' })
    await ui.user.click(within(confirm).getByRole('button', { name: 'Keep Callback' }))
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Cancel this callback?' })).toBeNull(),
    )
    expect(currentSimulator().tenant().get(record.id)?.state).toBe('SCHEDULED')
    expect(ui.onChanged).not.toHaveBeenCalled()
  })

  it('explains that a PROCESSING callback can no longer be changed', async () => {
    const ui = await openDialog(seeded((r) => r.state === 'PROCESSING'))
    expect(within(ui.dialog).getByText(/An agent is handling this callback/)).toBeInTheDocument()
    expect(within(ui.dialog).queryByRole('button', { name: 'Cancel Callback' })).toBeNull()
    expect(within(ui.dialog).queryByText('Change Desired Time')).toBeNull()
  })

  it('offers only cancelling for a QUEUED callback', async () => {
    const ui = await openDialog(seeded((r) => r.state === 'QUEUED'))
    expect(within(ui.dialog).getByText(/Only a SCHEDULED callback can be given another time/))
    expect(within(ui.dialog).queryByLabelText('Available Time Slot')).toBeNull()
    expect(within(ui.dialog).getByRole('button', { name: 'Cancel Callback' })).toBeEnabled()
  })

  it("shows the backend's refusal (409) with its correlation ID when the callback moved on meanwhile", async () => {
    const record = seeded((r) => r.state === 'QUEUED')
    const ui = await openDialog(record)
    await waitFor(() =>
      expect(within(ui.dialog).getByText('State').nextSibling).toHaveTextContent('QUEUED'),
    )
    // An agent picks it up while the dialog is open.
    record.state = 'PROCESSING'
    await ui.user.click(within(ui.dialog).getByRole('button', { name: 'Cancel Callback' }))
    const confirm = await screen.findByRole('dialog', { name: 'Cancel this callback?' })
    await ui.user.click(within(confirm).getByRole('button', { name: 'Cancel Callback' }))

    const title = await within(ui.dialog).findByText('The callback was not cancelled')
    const alert = defined(title.closest<HTMLElement>('[role="alert"]'))
    expect(alert).toHaveTextContent(/An agent is handling this callback \(PROCESSING\)/)
    expect(within(alert).getByTestId('corr-id')).not.toBeEmptyDOMElement()
    // No retry for a refusal on the merits; the dialog now shows the callback as it is.
    expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeNull()
    await waitFor(() =>
      expect(within(ui.dialog).queryByRole('button', { name: 'Cancel Callback' })).toBeNull(),
    )
    expect(ui.onChanged).not.toHaveBeenCalled()
  })
  it('offers the proposed slots when the chosen one fills up, and moves the callback to one', async () => {
    const record = seeded(scheduledInSales)
    const ui = await openDialog(record)
    const select = within(ui.dialog).getByLabelText('Available Time Slot')
    await waitFor(() => expect(within(select).getAllByRole('option').length).toBeGreaterThan(1))
    const target = defined(
      within(select)
        .getAllByRole<HTMLOptionElement>('option')
        .find((o) => o.value && !o.disabled && Date.parse(o.value) > TEST_NOW),
    ).value
    await ui.user.selectOptions(select, target)

    // Other callbacks take every place left in that slot meanwhile.
    const tenant = currentSimulator().tenant()
    const queue = defined(tenant.queue('Sales VQ_CB'))
    for (let free = defined(tenant.freePlaces(queue, Date.parse(target))); free > 0; free--) {
      tenant.create({
        serviceName: queue.name,
        phoneNumber: `+1212555${String(2000 + free)}`,
        origin: 'SCHEDULED',
        channel: 'WEB',
        desiredTime: Date.parse(target),
      })
    }

    await ui.user.click(within(ui.dialog).getByRole('button', { name: 'Reschedule' }))
    expect(
      await within(ui.dialog).findByText(
        'That time slot has just filled up. Choose one of the proposed slots.',
      ),
    ).toBeInTheDocument()
    const proposals = within(ui.dialog).getByRole('group', { name: 'Proposed slots' })
    const proposed = within(proposals).getAllByRole<HTMLOptionElement>('option')
    expect(proposed.length).toBeGreaterThan(0)
    expect(proposed.every((o) => o.value > target && /\d+ places? left/.test(o.text))).toBe(true)
    await ui.user.selectOptions(select, defined(proposed[0]).value)
    await ui.user.click(within(ui.dialog).getByRole('button', { name: 'Reschedule' }))
    await waitFor(() => expect(ui.onChanged).toHaveBeenCalledTimes(1))
    expect(tenant.get(record.id)).toMatchObject({ state: 'COMPLETED', reason: 'RESCHEDULED' })
    const replacement = tenant.get(defined(defined(tenant.get(record.id)).metrics.rescheduledTo))
    expect(replacement?.desiredTime).toBe(defined(proposed[0]).value)
  })
})
