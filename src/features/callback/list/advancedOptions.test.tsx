import { cleanup, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { currentPath, renderApp } from '@/test/renderApp'
import { currentSimulator, TEST_NOW } from '@mocks/node'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(TEST_NOW)
})
afterEach(() => vi.useRealTimers())

async function openOptions(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await screen.findByRole('table', { name: /^Callbacks, / })
  await user.click(screen.getByRole('button', { name: 'Advanced Options' }))
  return screen.findByRole('dialog', { name: 'Advanced Options' })
}

describe('Advanced Options', () => {
  it('adds the Callback ID column and 24-hour times, and keeps them for the user', async () => {
    const { user } = await renderApp('/callback', { as: 'supervisor' })
    expect(screen.queryByRole('columnheader', { name: 'Callback ID' })).not.toBeInTheDocument()
    const dialog = await openOptions(user)
    await user.click(within(dialog).getByRole('checkbox', { name: 'Include Callback ID' }))
    await user.click(within(dialog).getByRole('checkbox', { name: 'Show Time in 24 Hour' }))
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.getByRole('columnheader', { name: 'Callback ID' })).toBeInTheDocument()
    expect(screen.queryAllByText(/\b(AM|PM)$/)).toHaveLength(0)

    cleanup()
    await renderApp('/callback', { as: 'supervisor' })
    expect(await screen.findByRole('columnheader', { name: 'Callback ID' })).toBeInTheDocument()
    expect(currentSimulator().tenant().state.preferences.supervisor?.includeCallbackId).toBe(true)
  })

  it('adds a custom date range to the selector, refusing an invalid one next to its field', async () => {
    const { user } = await renderApp('/callback', { as: 'supervisor' })
    let dialog = await openOptions(user)
    await user.click(within(dialog).getByRole('button', { name: 'Add Custom Date Range' }))
    await user.type(within(dialog).getByRole('textbox', { name: 'Range name' }), 'Around today')
    await user.type(within(dialog).getByRole('spinbutton', { name: 'Start' }), '2')
    await user.type(within(dialog).getByRole('spinbutton', { name: 'End' }), '-1')
    await user.click(within(dialog).getByRole('button', { name: 'Add' }))
    expect(within(dialog).getByRole('spinbutton', { name: 'End' })).toHaveAccessibleDescription(
      'The end must not be before the start.',
    )
    await user.clear(within(dialog).getByRole('spinbutton', { name: 'Start' }))
    await user.type(within(dialog).getByRole('spinbutton', { name: 'Start' }), '-1')
    await user.clear(within(dialog).getByRole('spinbutton', { name: 'End' }))
    await user.type(within(dialog).getByRole('spinbutton', { name: 'End' }), '20')
    await user.click(within(dialog).getByRole('button', { name: 'Add' }))
    expect(within(dialog).getByRole('spinbutton', { name: 'End' })).toHaveAccessibleDescription(
      'Enter a whole number from -14 to 14.',
    )
    await user.clear(within(dialog).getByRole('spinbutton', { name: 'End' }))
    await user.type(within(dialog).getByRole('spinbutton', { name: 'End' }), '1')
    await user.click(within(dialog).getByRole('button', { name: 'Add' }))
    expect(within(dialog).getByText('Around today')).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

    await user.click(screen.getByRole('combobox', { name: 'Date range' }))
    await user.click(await screen.findByRole('option', { name: 'Around today' }))
    const id = currentSimulator().tenant().state.preferences.supervisor?.customRanges[0]?.id
    expect(id).toBeTruthy()
    await waitFor(() => expect(currentPath()).toBe(`/callback?range=${id}`))
    expect(
      await screen.findByRole('table', { name: 'Callbacks, Around today' }),
    ).toBeInTheDocument()

    dialog = await openOptions(user)
    await user.click(within(dialog).getByRole('button', { name: 'Add Custom Date Range' }))
    await user.type(within(dialog).getByRole('textbox', { name: 'Range name' }), 'around TODAY')
    await user.type(within(dialog).getByRole('spinbutton', { name: 'Start' }), '0')
    await user.type(within(dialog).getByRole('spinbutton', { name: 'End' }), '0')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(within(dialog).getByRole('textbox', { name: 'Range name' })).toHaveAccessibleDescription(
      'A range already has this name.',
    )
  })

  it('keeps what the user chose when saving fails, and saves on retry', async () => {
    const { user } = await renderApp('/callback', { as: 'supervisor' })
    const dialog = await openOptions(user)
    currentSimulator().faults.set('PUT /admin/v1/preferences', { kind: 'error', times: 1 })
    await user.click(within(dialog).getByRole('checkbox', { name: 'Include Time Updated' }))
    await user.click(within(dialog).getByRole('checkbox', { name: 'QUEUED' }))
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('Your options could not be saved')
    expect(within(alert).getByTestId('corr-id')).toHaveTextContent(/\S+/)
    expect(within(dialog).getByRole('checkbox', { name: 'Include Time Updated' })).toBeChecked()
    expect(within(dialog).getByRole('checkbox', { name: 'QUEUED' })).not.toBeChecked()
    expect(screen.queryByRole('columnheader', { name: 'Time Updated' })).not.toBeInTheDocument()

    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.getByRole('columnheader', { name: 'Time Updated' })).toBeInTheDocument()
    expect(currentSimulator().tenant().state.preferences.supervisor?.visibleStates).toEqual([
      'SCHEDULED',
      'ROUTING',
      'PROCESSING',
      'COMPLETED',
    ])
    expect(
      screen.getByText('Only some states or services are shown (Advanced Options).'),
    ).toBeInTheDocument()
  })

  it('lists only the services a Sales supervisor may read', async () => {
    const { user } = await renderApp('/callback', { as: 'sales.supervisor' })
    const dialog = await openOptions(user)
    const services = within(dialog).getByRole('group', { name: 'Visible Callback Services' })
    const names = (await within(services).findAllByRole('checkbox')).map(
      (box) => box.closest('label')?.textContent,
    )
    expect(names[0]).toBe('ALL')
    expect(names.slice(1).every((name) => name?.startsWith('Sales '))).toBe(true)
  })
})
