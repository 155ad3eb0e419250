import { act, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderWithProviders } from '@/test/renderWithProviders'
import { toSummary } from '@mocks/handlers/dto'
import { currentSimulator, TEST_NOW } from '@mocks/node'
import type { CallbackRecord } from '@mocks/store/types'
import { RecreateCallbackDialog } from './RecreateCallbackDialog'
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

async function openDialog(record: CallbackRecord) {
  const onCreated = vi.fn()
  const onClose = vi.fn()
  const view = await act(() =>
    renderWithProviders(
      <RecreateCallbackDialog
        callback={toSummary(record)}
        onClose={onClose}
        onCreated={onCreated}
      />,
      { as: 'supervisor' },
    ),
  )
  const dialog = await screen.findByRole('dialog', { name: 'Recreate Callback' })
  return { ...view, dialog, onCreated, onClose }
}

describe('Recreate Callback', () => {
  it('schedules a new callback for the number and queue of a completed one, once', async () => {
    const old = seeded(
      (r) => r.state === 'COMPLETED' && r.serviceName === 'Sales VQ_CB' && r.reason === 'AGENT',
    )
    const ui = await openDialog(old)
    expect(await within(ui.dialog).findByText('Last Callback Time')).toBeInTheDocument()
    expect(within(ui.dialog).getByText('Callback Number').nextSibling).toHaveTextContent(
      old.phoneNumber,
    )
    await ui.user.click(within(ui.dialog).getByRole('radio', { name: 'Scheduled' }))
    const date = within(ui.dialog).getByLabelText('Desired Date')
    await ui.user.clear(date)
    await ui.user.type(date, '2026-11-20')
    const select = within(ui.dialog).getByLabelText('Available Time Slot')
    await waitFor(() => expect(within(select).getAllByRole('option').length).toBeGreaterThan(1))
    const slot = defined(within(select).getAllByRole<HTMLOptionElement>('option')[1]).value
    await ui.user.selectOptions(select, slot)
    await ui.user.dblClick(within(ui.dialog).getByRole('button', { name: 'Recreate Callback' }))

    await waitFor(() => expect(ui.onCreated).toHaveBeenCalledTimes(1))
    expect(ui.onCreated).toHaveBeenCalledWith({ id: expect.any(String), desiredTime: slot })
    const recreated = currentSimulator()
      .tenant()
      .state.callbacks.filter((r) => r.metrics.recreatedFrom === old.id)
    expect(recreated).toHaveLength(1)
    expect(recreated[0]).toMatchObject({
      phoneNumber: old.phoneNumber,
      serviceName: 'Sales VQ_CB',
      origin: 'SCHEDULED',
      desiredTime: slot,
      state: 'SCHEDULED',
    })
  })

  it('recreates an immediate callback', async () => {
    const old = seeded((r) => r.state === 'COMPLETED' && r.serviceName === 'Sales VQ_CB')
    const ui = await openDialog(old)
    await ui.user.click(await within(ui.dialog).findByRole('radio', { name: 'Immediate' }))
    expect(within(ui.dialog).queryByLabelText('Available Time Slot')).toBeNull()
    await ui.user.click(within(ui.dialog).getByRole('button', { name: 'Recreate Callback' }))
    await waitFor(() => expect(ui.onCreated).toHaveBeenCalledTimes(1))
    const { id } = defined(ui.onCreated.mock.calls[0])[0] as { id: string }
    expect(currentSimulator().tenant().get(id)).toMatchObject({
      origin: 'IMMEDIATE',
      phoneNumber: old.phoneNumber,
    })
  })

  it('offers only the callback types the queue has', async () => {
    const ui = await openDialog(
      seeded((r) => r.state === 'COMPLETED' && r.serviceName === 'Sales Premium VQ_CB'),
    )
    expect(await within(ui.dialog).findByRole('radio', { name: 'Immediate' })).toBeDisabled()
    expect(within(ui.dialog).getByRole('radio', { name: 'Scheduled' })).toBeChecked()
  })

  it('asks for a slot before sending', async () => {
    const old = seeded((r) => r.state === 'COMPLETED' && r.serviceName === 'Sales VQ_CB')
    const ui = await openDialog(old)
    await ui.user.click(await within(ui.dialog).findByRole('radio', { name: 'Scheduled' }))
    await ui.user.click(within(ui.dialog).getByRole('button', { name: 'Recreate Callback' }))
    expect(await within(ui.dialog).findByText('Choose a time slot.')).toBeInTheDocument()
    expect(ui.onCreated).not.toHaveBeenCalled()
  })

  it('says when the queue’s number rule now refuses the number, without offering a retry', async () => {
    const old = seeded(
      (r) =>
        r.state === 'COMPLETED' &&
        r.serviceName === 'Sales VQ_CB' &&
        !r.phoneNumber.startsWith('+44'),
    )
    const tenant = currentSimulator().tenant()
    const ukOnly = defined(tenant.state.numberRules.find((rule) => rule.name === 'UK and Ireland'))
    defined(tenant.queue('Sales VQ_CB')).numberRuleId = ukOnly.id
    const ui = await openDialog(old)
    await ui.user.click(await within(ui.dialog).findByRole('radio', { name: 'Immediate' }))
    await ui.user.click(within(ui.dialog).getByRole('button', { name: 'Recreate Callback' }))
    const alert = await within(ui.dialog).findByRole('alert')
    expect(alert).toHaveTextContent("The queue's number rule refuses this customer number")
    expect(alert).toHaveTextContent(/not permitted/i)
    expect(within(ui.dialog).queryByRole('button', { name: 'Try again' })).toBeNull()
    expect(ui.onCreated).not.toHaveBeenCalled()
  })
})
