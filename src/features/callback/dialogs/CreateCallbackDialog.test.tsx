import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createCallback } from '@/api/callbacks'
import { isApiError } from '@/api/errors'
import { changeLanguage } from '@/i18n/i18n'
import { holdRequests } from '@/test/holdRequests'
import { renderWithProviders } from '@/test/renderWithProviders'
import { currentSimulator, TEST_NOW } from '@mocks/node'
import { CreateCallbackDialog } from './CreateCallbackDialog'
import { defined } from '@/test/defined'

// The browser's clock reads the simulator's pinned time, so "today" is the tenant's today.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_NOW })
})
afterEach(() => {
  vi.useRealTimers()
})

const callbacksTo = (phoneNumber: string) =>
  currentSimulator()
    .tenant()
    .state.callbacks.filter((c) => c.phoneNumber === phoneNumber)

async function openDialog() {
  const onCreated = vi.fn()
  const onClose = vi.fn()
  // Awaited act: the dialog suspends while its messages load.
  const view = await act(() =>
    renderWithProviders(<CreateCallbackDialog open onClose={onClose} onCreated={onCreated} />, {
      as: 'supervisor',
    }),
  )
  const dialog = await screen.findByRole('dialog', { name: 'Add New Callback' })
  await waitFor(() => expect(within(dialog).getByLabelText('Service Type')).not.toBeDisabled())
  return { ...view, dialog, onCreated, onClose }
}

type Ui = Awaited<ReturnType<typeof openDialog>>

async function fillImmediate({ user, dialog }: Ui, number: string, service = 'Sales VQ_CB') {
  await user.selectOptions(within(dialog).getByLabelText('Service Type'), service)
  await user.type(within(dialog).getByLabelText('Customer Number'), number)
}

async function chooseScheduled({ user, dialog }: Ui, date: string, service = 'Sales VQ_CB') {
  await user.click(within(dialog).getByRole('radio', { name: 'Scheduled' }))
  await user.selectOptions(within(dialog).getByLabelText('Service Type'), service)
  const dateInput = within(dialog).getByLabelText('Desired Date')
  await user.clear(dateInput)
  await user.type(dateInput, date)
  const select = within(dialog).getByLabelText('Available Time Slot')
  await waitFor(() => expect(within(select).getAllByRole('option').length).toBeGreaterThan(1))
  return select
}

const slotOptions = (select: HTMLElement) =>
  within(select)
    .getAllByRole<HTMLOptionElement>('option')
    .filter((o) => o.value !== '')

describe('Create Callback', () => {
  it('creates an immediate callback once, with the number normalised to E.164', async () => {
    const ui = await openDialog()
    const before = callbacksTo('+442079460123').length
    await fillImmediate(ui, '+44 20 7946 0123')
    await ui.user.click(within(ui.dialog).getByRole('button', { name: 'Create Callback' }))

    await waitFor(() => expect(ui.onCreated).toHaveBeenCalledTimes(1))
    const { id } = defined(ui.onCreated.mock.calls[0])[0] as { id: string }
    const record = currentSimulator().tenant().get(id)
    expect(record).toMatchObject({
      phoneNumber: '+442079460123',
      serviceName: 'Sales VQ_CB',
      origin: 'IMMEDIATE',
    })
    expect(callbacksTo('+442079460123')).toHaveLength(before + 1)
    expect(ui.onClose).toHaveBeenCalled()
  })

  it('reads a national number in the chosen country', async () => {
    const ui = await openDialog()
    await ui.user.selectOptions(within(ui.dialog).getByLabelText('Country'), 'FR')
    await fillImmediate(ui, '06 12 34 56 78')
    await ui.user.click(within(ui.dialog).getByRole('button', { name: 'Create Callback' }))
    await waitFor(() => expect(ui.onCreated).toHaveBeenCalledTimes(1))
    const { id } = defined(ui.onCreated.mock.calls[0])[0] as { id: string }
    expect(currentSimulator().tenant().get(id)?.phoneNumber).toBe('+33612345678')
  })

  it('says what is wrong next to each field and sends nothing', async () => {
    const ui = await openDialog()
    const count = currentSimulator().tenant().state.callbacks.length
    await ui.user.click(within(ui.dialog).getByRole('button', { name: 'Create Callback' }))
    expect(
      await within(ui.dialog).findByText(
        'Choose the queue (service) that will call the customer back.',
      ),
    ).toBeInTheDocument()
    // The first invalid field has the focus.
    expect(within(ui.dialog).getByLabelText('Service Type')).toHaveFocus()

    await fillImmediate(ui, '12345')
    await ui.user.click(within(ui.dialog).getByRole('button', { name: 'Create Callback' }))
    const number = within(ui.dialog).getByLabelText('Customer Number')
    await waitFor(() => expect(number).toHaveAttribute('aria-invalid', 'true'))
    expect(number).toHaveAccessibleDescription(/not a valid phone number/)
    expect(number).toHaveFocus()
    expect(currentSimulator().tenant().state.callbacks).toHaveLength(count)
    expect(ui.onCreated).not.toHaveBeenCalled()
  })

  it('lists only the queues offering the chosen type, and says which are left out', async () => {
    const ui = await openDialog()
    const service = within(ui.dialog).getByLabelText('Service Type')
    const names = () =>
      within(service)
        .getAllByRole('option')
        .map((o) => o.textContent)
    expect(names()).not.toContain('Sales Premium VQ_CB')
    expect(names()).toContain('Sales Renewals VQ_CB')
    expect(service).toHaveAccessibleDescription(/no immediate callbacks: .*Sales Premium VQ_CB/)
    await ui.user.click(within(ui.dialog).getByRole('radio', { name: 'Scheduled' }))
    expect(names()).toContain('Sales Premium VQ_CB')
    expect(names()).not.toContain('Sales Renewals VQ_CB')
  })

  it('books a scheduled callback on the slot chosen among the free ones of a date', async () => {
    const ui = await openDialog()
    await fillImmediate(ui, '+12125551234')
    const select = await chooseScheduled(ui, '2026-11-19')
    const options = slotOptions(select)
    // The queue works in New York; the viewer's zone differs, so both times are shown.
    expect(defined(options[0]).textContent).toMatch(/queue: .*EST.*places? left/)
    expect(options.every((o) => o.value.startsWith('2026-11-19'))).toBe(true)
    const chosen = defined(options[3]).value
    await ui.user.selectOptions(select, chosen)
    await ui.user.click(within(ui.dialog).getByRole('button', { name: 'Create Callback' }))

    await waitFor(() => expect(ui.onCreated).toHaveBeenCalledTimes(1))
    expect(ui.onCreated).toHaveBeenCalledWith({ id: expect.any(String), desiredTime: chosen })
    const { id } = defined(ui.onCreated.mock.calls[0])[0] as { id: string }
    expect(currentSimulator().tenant().get(id)).toMatchObject({
      origin: 'SCHEDULED',
      desiredTime: chosen,
    })
  })

  it('says when a date has no free slot', async () => {
    const ui = await openDialog()
    await ui.user.click(within(ui.dialog).getByRole('radio', { name: 'Scheduled' }))
    await ui.user.selectOptions(within(ui.dialog).getByLabelText('Service Type'), 'Sales VQ_CB')
    const dateInput = within(ui.dialog).getByLabelText('Desired Date')
    await ui.user.clear(dateInput)
    // A Sunday: Sales is closed.
    await ui.user.type(dateInput, '2026-11-22')
    const status = await within(ui.dialog).findByText(/No free slots on .*Choose another date\./)
    expect(within(ui.dialog).getByLabelText('Available Time Slot')).toBeDisabled()
    // The reason stays readable: greyed like the control, it is too faint (src/app/theme.ts).
    expect(getComputedStyle(status).color).toBe('rgba(0, 0, 0, 0.6)')
  })

  it('offers the proposed slots when the chosen one fills up, and books one of them', async () => {
    const ui = await openDialog()
    await fillImmediate(ui, '+61412345678')
    const select = await chooseScheduled(ui, '2026-11-19')
    const chosen = defined(slotOptions(select)[2]).value
    await ui.user.selectOptions(select, chosen)

    // Someone else fills the slot meanwhile.
    for (let i = 0; i < 20; i++) {
      try {
        await createCallback(
          {
            type: 'SCHEDULED',
            serviceName: 'Sales VQ_CB',
            phoneNumber: '+12125551234',
            desiredTime: chosen,
          },
          crypto.randomUUID(),
        )
      } catch (error) {
        if (isApiError(error) && error.httpStatus === 429) break
        throw error
      }
    }

    await ui.user.click(within(ui.dialog).getByRole('button', { name: 'Create Callback' }))
    expect(
      await within(ui.dialog).findByText(
        'That time slot has just filled up. Choose one of the proposed slots.',
      ),
    ).toBeInTheDocument()
    const proposals = within(ui.dialog).getByRole('group', { name: 'Proposed slots' })
    const proposed = within(proposals).getAllByRole<HTMLOptionElement>('option')
    expect(proposed.length).toBeGreaterThan(0)
    expect(proposed.map((o) => o.value)).not.toContain(chosen)
    // Everything else is kept.
    expect(within(ui.dialog).getByLabelText('Customer Number')).toHaveValue('+61412345678')
    expect(within(ui.dialog).getByLabelText('Service Type')).toHaveValue('Sales VQ_CB')

    await ui.user.selectOptions(
      within(ui.dialog).getByLabelText('Available Time Slot'),
      defined(proposed[0]).value,
    )
    await ui.user.click(within(ui.dialog).getByRole('button', { name: 'Create Callback' }))
    await waitFor(() => expect(ui.onCreated).toHaveBeenCalledTimes(1))
    const { id } = defined(ui.onCreated.mock.calls[0])[0] as { id: string }
    expect(currentSimulator().tenant().get(id)?.desiredTime).toBe(defined(proposed[0]).value)
  })

  it('shows a server failure with its correlation ID, keeps the input, and retries without a duplicate', async () => {
    const ui = await openDialog()
    const before = callbacksTo('+33612345678').length
    currentSimulator().faults.set('POST /admin/v1/callbacks', { kind: 'error', times: 1 })
    await fillImmediate(ui, '+33612345678')
    await ui.user.click(within(ui.dialog).getByRole('button', { name: 'Create Callback' }))

    const alert = await within(ui.dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The callback was not created')
    expect(alert).toHaveTextContent(/The service had a problem \(500\)/)
    expect(within(alert).getByTestId('corr-id').textContent).toMatch(/^[0-9a-f-]{36}$/)
    expect(within(ui.dialog).getByLabelText('Customer Number')).toHaveValue('+33612345678')
    expect(within(ui.dialog).getByLabelText('Service Type')).toHaveValue('Sales VQ_CB')
    expect(ui.onCreated).not.toHaveBeenCalled()

    await ui.user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(ui.onCreated).toHaveBeenCalledTimes(1))
    expect(callbacksTo('+33612345678')).toHaveLength(before + 1)
  })

  it('creates one callback for a double click', async () => {
    const ui = await openDialog()
    const before = callbacksTo('+442079460123').length
    await fillImmediate(ui, '+442079460123')
    await ui.user.dblClick(within(ui.dialog).getByRole('button', { name: 'Create Callback' }))
    await waitFor(() => expect(ui.onCreated).toHaveBeenCalledTimes(1))
    expect(callbacksTo('+442079460123')).toHaveLength(before + 1)
  })

  it('sends one request for Enter in the form then a click and a submit while it is in flight', async () => {
    const ui = await openDialog()
    const before = callbacksTo('+442079460177').length
    await fillImmediate(ui, '+442079460177')
    const held = holdRequests('post', '/admin/v1/callbacks')
    await ui.user.type(within(ui.dialog).getByLabelText('Customer Number'), '{Enter}')
    await held.arrived(1)
    const button = within(ui.dialog).getByRole('button', { name: 'Create Callback' })
    // A click that reaches the button before React disables it, and another submission of the form.
    fireEvent.click(button)
    fireEvent.submit(defined(button.closest('form'), 'form'))
    held.release()
    await waitFor(() => expect(ui.onCreated).toHaveBeenCalledTimes(1))
    expect(held.count()).toBe(1)
    expect(callbacksTo('+442079460177')).toHaveLength(before + 1)
  })

  it('says clearly when the network is down, and a retry creates the callback once', async () => {
    const ui = await openDialog()
    const before = callbacksTo('+12125551234').length
    currentSimulator().faults.set('POST /admin/v1/callbacks', { kind: 'offline', times: 1 })
    await fillImmediate(ui, '+12125551234')
    await ui.user.click(within(ui.dialog).getByRole('button', { name: 'Create Callback' }))
    const alert = await within(ui.dialog).findByRole('alert')
    expect(alert).toHaveTextContent(
      'The service could not be reached. Check your connection and try again.',
    )
    expect(within(ui.dialog).getByText(/Trying again is safe/)).toBeInTheDocument()
    await ui.user.click(within(ui.dialog).getByRole('button', { name: 'Create Callback' }))
    await waitFor(() => expect(ui.onCreated).toHaveBeenCalledTimes(1))
    expect(callbacksTo('+12125551234')).toHaveLength(before + 1)
  })

  it('says clearly when the service does not answer in time', async () => {
    const ui = await openDialog()
    currentSimulator().faults.set('POST /admin/v1/callbacks', { kind: 'timeout', times: 1 })
    await fillImmediate(ui, '+12125551234')
    // The client gives up after 15 s; the test shortens that wait for the create request only (the
    // dialog's own reads must not time out on a busy machine), not the behaviour.
    const timeout = AbortSignal.timeout.bind(AbortSignal)
    vi.spyOn(AbortSignal, 'timeout').mockImplementation(() => timeout(50))
    await ui.user.click(within(ui.dialog).getByRole('button', { name: 'Create Callback' }))
    expect(await within(ui.dialog).findByRole('alert')).toHaveTextContent(
      'The service took too long to answer. Try again.',
    )
    expect(within(ui.dialog).getByLabelText('Customer Number')).toHaveValue('+12125551234')
  })

  it('shows a closed queue refusing an immediate callback next to the service', async () => {
    const ui = await openDialog()
    await fillImmediate(ui, '+12125551234', 'Claims Night VQ_CB')
    const service = within(ui.dialog).getByLabelText('Service Type')
    expect(service).toHaveAccessibleDescription(/closed now/)
    await ui.user.click(within(ui.dialog).getByRole('button', { name: 'Create Callback' }))
    await waitFor(() =>
      expect(service).toHaveAccessibleDescription(/Claims Night VQ_CB is closed now\. Schedule/),
    )
    expect(service).toHaveAttribute('aria-invalid', 'true')
    expect(ui.onCreated).not.toHaveBeenCalled()
  })

  it('speaks French, with the errors in French too', async () => {
    await act(() => changeLanguage('fr'))
    try {
      const onCreated = vi.fn()
      const { user } = await act(() =>
        renderWithProviders(
          <CreateCallbackDialog open onClose={() => {}} onCreated={onCreated} />,
          {
            as: 'supervisor',
          },
        ),
      )
      const dialog = await screen.findByRole('dialog', { name: 'Ajouter un rappel' })
      await user.click(within(dialog).getByRole('button', { name: 'Créer le rappel' }))
      expect(await within(dialog).findByText('Saisissez le numéro à rappeler.')).toBeInTheDocument()
      expect(within(dialog).getByLabelText('Type de service')).toHaveAccessibleDescription(
        'Choisissez la file (le service) qui rappellera le client.',
      )
    } finally {
      await act(() => changeLanguage('en'))
    }
  })
})
