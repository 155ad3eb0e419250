import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { currentPath, renderApp } from '@/test/renderApp'
import { currentSimulator, resetTenant, TEST_NOW } from '@mocks/node'
import { addTestRules } from '@mocks/testing/testRules'
import { defined } from '@/test/defined'

// The Open/Close Time counts from "now": the app's clock and the simulator's agree.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(TEST_NOW)
  resetTenant({ now: () => Date.now() })
})
afterEach(() => vi.useRealTimers())

const tenant = () => currentSimulator().tenant()
const queueNames = () => tenant().state.queues.map((q) => q.name)

async function findTable() {
  return screen.findByRole('table', { name: 'Callback queues' })
}

/** Queue names in the order the table shows them. */
function shownNames(table: HTMLElement) {
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent)
}

function rowOf(table: HTMLElement, name: string) {
  const link = within(table).getByRole('link', { name })
  return defined(link.closest('tr'))
}

const sorted = (names: string[]) =>
  [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }))

describe('the Queues page', () => {
  it('lists every queue with its figures, hours and callback types, "Unknown" when it cannot answer', async () => {
    await renderApp('/tools/queues', { as: 'admin' })
    const table = await findTable()
    expect(shownNames(table)).toEqual(sorted(queueNames()))
    expect(screen.getByText(`1–${queueNames().length} of ${queueNames().length}`)).toBeVisible()

    const inactive = within(rowOf(table, 'Sales Legacy VQ_CB'))
    expect(inactive.getAllByText('Unknown')).toHaveLength(2)

    const allDay = within(rowOf(table, 'Service 24x7 VQ_CB'))
    expect(allDay.getByText('Open now. 24 hour service.')).toBeVisible()
    expect(allDay.getByTitle('Immediate callbacks enabled')).toBeInTheDocument()
    expect(allDay.getByTitle('Scheduled callbacks enabled')).toBeInTheDocument()
    expect(
      within(rowOf(table, 'Sales Premium VQ_CB')).queryByTitle('Immediate callbacks enabled'),
    ).toBeNull()
    expect(
      within(rowOf(table, 'Claims Night VQ_CB')).getByText(/^Closed\. Opening at /),
    ).toBeVisible()

    const sim = defined(tenant().queue('Service 24x7 VQ_CB'))
    expect(defined(allDay.getAllByRole('cell')[1]).textContent).toBe(
      tenant().queuedCount(sim.name).toLocaleString('en'),
    )
  })

  it('assigns a rule as soon as one is chosen, and says it was saved', async () => {
    addTestRules(tenant().state, TEST_NOW, ['GB'])
    const { user } = await renderApp('/tools/queues', { as: 'admin' })
    await findTable()
    const select = await screen.findByRole('combobox', {
      name: 'Capacity Rule for Service VQ_CB',
    })
    await waitFor(() => expect(select).toBeEnabled())
    await user.selectOptions(select, 'Test capacity')
    expect(
      await screen.findByText('Capacity Rule of Service VQ_CB set to Test capacity.'),
    ).toBeVisible()
    expect(defined(tenant().queue('Service VQ_CB')).capacityRuleId).toBe('cr-test')
    expect(select).toHaveValue('cr-test')

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Region Affinity Rule for Service VQ_CB' }),
      'None',
    )
    await waitFor(() =>
      expect(defined(tenant().queue('Service VQ_CB')).regionRuleId).toBeUndefined(),
    )
  })

  it('puts the saved rule back and shows the correlation ID when the assignment fails', async () => {
    addTestRules(tenant().state, TEST_NOW, ['GB'])
    const { user } = await renderApp('/tools/queues', { as: 'admin' })
    await findTable()
    const select = screen.getByRole('combobox', { name: 'Number Validation Rule for Sales VQ_CB' })
    await waitFor(() => expect(select).toBeEnabled())
    const before = (select as HTMLSelectElement).value
    currentSimulator().faults.set('PUT /admin/v1/queues/:name/rules', { kind: 'error', times: 1 })
    await user.selectOptions(select, 'Test numbers')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/Number Validation Rule of Sales VQ_CB could not be changed/)
    expect(within(alert).getByTestId('corr-id').textContent).toMatch(/[0-9a-f-]{36}/)
    await waitFor(() => expect(select).toHaveValue(before))
    expect(defined(tenant().queue('Sales VQ_CB')).numberRuleId ?? '').toBe(before)

    // Try again repeats the same choice, which now goes through.
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(defined(tenant().queue('Sales VQ_CB')).numberRuleId).toBe('nr-test'))
  })

  it.each(['supervisor', 'developer'])(
    'lets a %s change number validation only; the other rules show as text',
    async (account) => {
      addTestRules(tenant().state, TEST_NOW, ['GB'])
      defined(tenant().state.queues.find((q) => q.name === 'Service VQ_CB')).capacityRuleId =
        'cr-test'
      await renderApp('/tools/queues', { as: account })
      const table = await findTable()
      const row = within(rowOf(table, 'Service VQ_CB'))
      expect(
        row.getByRole('combobox', { name: 'Number Validation Rule for Service VQ_CB' }),
      ).toBeInTheDocument()
      expect(row.queryByRole('combobox', { name: /Capacity Rule/ })).toBeNull()
      expect(row.queryByRole('combobox', { name: /Region Affinity Rule/ })).toBeNull()
      expect(await row.findByText('Test capacity')).toBeVisible()
    },
  )

  it('filters by part of a name, and keeps the filter in the URL', async () => {
    const { user } = await renderApp('/tools/queues', { as: 'admin' })
    const table = await findTable()
    await user.type(screen.getByRole('textbox', { name: 'Filter by name' }), 'claims')
    await waitFor(() =>
      expect(shownNames(table)).toEqual(sorted(queueNames().filter((n) => /claims/i.test(n)))),
    )
    expect(currentPath()).toBe('/tools/queues?q=claims')
    await user.clear(screen.getByRole('textbox', { name: 'Filter by name' }))
    await user.type(screen.getByRole('textbox', { name: 'Filter by name' }), 'zzz')
    expect(await screen.findByText(/^No queue matches\./)).toBeVisible()
  })

  it('sorts by the Queue heading both ways', async () => {
    const { user } = await renderApp('/tools/queues', { as: 'admin' })
    const table = await findTable()
    const heading = within(table).getByRole('columnheader', { name: /^Queue/ })
    expect(heading).toHaveAttribute('aria-sort', 'ascending')
    await user.click(within(heading).getByRole('button'))
    expect(heading).toHaveAttribute('aria-sort', 'descending')
    expect(shownNames(table)).toEqual(sorted(queueNames()).reverse())
    expect(currentPath()).toBe('/tools/queues?order=desc')
  })

  it('shows only the queues picked in Filter Displayed Queues', async () => {
    const { user } = await renderApp('/tools/queues', { as: 'admin' })
    const table = await findTable()
    await user.click(screen.getByRole('button', { name: 'Filter Displayed Queues' }))
    const dialog = await screen.findByRole('dialog', { name: 'Filter Displayed Queues' })
    await user.click(within(dialog).getByRole('button', { name: 'Select None' }))
    await user.click(within(dialog).getByRole('button', { name: 'Show Selected Queues' }))
    expect(within(dialog).getByText('Choose at least one queue.')).toBeVisible()
    await user.click(within(dialog).getByRole('checkbox', { name: 'Claims Travel VQ_CB' }))
    await user.click(within(dialog).getByRole('checkbox', { name: 'Sales West VQ_CB' }))
    await user.click(within(dialog).getByRole('button', { name: 'Show Selected Queues' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(shownNames(table)).toEqual(['Claims Travel VQ_CB', 'Sales West VQ_CB'])
    expect(
      screen.getByRole('button', { name: `Filter Displayed Queues (2 of ${queueNames().length})` }),
    ).toBeVisible()
    expect(currentPath()).toContain('show=Claims+Travel+VQ_CB')
    await user.click(screen.getByRole('button', { name: 'Show every queue' }))
    await waitFor(() => expect(shownNames(table)).toHaveLength(queueNames().length))
  })

  it('finds queues in Filter Displayed Queues by part of a name; Select All picks those found', async () => {
    const { user } = await renderApp('/tools/queues', { as: 'admin' })
    const table = await findTable()
    const total = queueNames().length
    const sales = sorted(queueNames().filter((n) => /sales/i.test(n)))
    await user.click(screen.getByRole('button', { name: 'Filter Displayed Queues' }))
    const dialog = within(await screen.findByRole('dialog', { name: 'Filter Displayed Queues' }))
    const find = dialog.getByRole('searchbox', { name: 'Find queues' })
    await waitFor(() => expect(find).toHaveFocus())
    await user.click(dialog.getByRole('button', { name: 'Select None' }))
    expect(dialog.getByText(`0 of ${total} selected`)).toBeInTheDocument()

    await user.type(find, 'SAL')
    expect(dialog.getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual(
      sales,
    )
    expect(find).toHaveAccessibleDescription(`Showing ${sales.length} of ${total} queues`)
    await user.click(dialog.getByRole('button', { name: 'Select All Shown' }))
    expect(dialog.getByText(`${sales.length} of ${total} selected`)).toBeInTheDocument()

    // Escape in the search empties it and keeps the dialog; the other queues are still unticked.
    await user.click(find)
    await user.keyboard('{Escape}')
    expect(find).toHaveValue('')
    expect(dialog.getAllByRole('checkbox')).toHaveLength(total)
    expect(dialog.getByRole('checkbox', { name: 'Service VQ_CB' })).not.toBeChecked()
    expect(dialog.getByRole('checkbox', { name: defined(sales[0]) })).toBeChecked()

    await user.type(find, 'nowhere')
    expect(dialog.getByText('No queue matches “nowhere”.')).toBeInTheDocument()
    expect(dialog.getByRole('button', { name: 'Select All Shown' })).toBeDisabled()
    await user.clear(find)
    await user.type(find, 'sales west')
    await user.click(dialog.getByRole('button', { name: 'Select None Shown' }))
    await user.click(dialog.getByRole('button', { name: 'Show Selected Queues' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(shownNames(table)).toEqual(sales.filter((n) => n !== 'Sales West VQ_CB'))
  })

  it('Filter Displayed Queues speaks French', async () => {
    // The language is the user's preference: chosen here, it is theirs until the tenant is reset.
    const { user } = await renderApp('/tools/queues', { as: 'admin' })
    await findTable()
    await user.click(screen.getByRole('button', { name: 'Language: English' }))
    await user.click(screen.getByRole('menuitem', { name: 'Français' }))
    await screen.findByRole('table', { name: 'Files de rappel' })
    await user.click(screen.getByRole('button', { name: 'Filtrer les files affichées' }))
    const dialog = within(
      await screen.findByRole('dialog', { name: 'Filtrer les files affichées' }),
    )
    const find = dialog.getByRole('searchbox', { name: 'Rechercher des files' })
    await user.type(find, 'sales west')
    expect(find).toHaveAccessibleDescription(`1 file affichée sur ${queueNames().length}`)
    expect(dialog.getByRole('button', { name: 'Sélectionner les files affichées' })).toBeEnabled()
    await user.type(find, ' zz')
    expect(dialog.getByText('Aucune file ne correspond à « sales west zz ».')).toBeVisible()
  })

  it('shows 50 queues a page with the total, and pages on', async () => {
    const template = defined(tenant().state.queues.find((q) => q.name === 'Service VQ_CB'))
    for (let i = 1; i <= 60; i++) {
      tenant().state.queues.push({ ...template, name: `Extra ${String(i).padStart(2, '0')} VQ_CB` })
    }
    const total = queueNames().length
    const { user } = await renderApp('/tools/queues', { as: 'admin' })
    const table = await findTable()
    expect(shownNames(table)).toHaveLength(50)
    expect(screen.getByText(`1–50 of ${total}`)).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Next page' }))
    await waitFor(() => expect(shownNames(table)).toHaveLength(total - 50))
    expect(screen.getByText(`51–${total} of ${total}`)).toBeVisible()
    expect(currentPath()).toBe('/tools/queues?page=2')
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled()
  })

  it('refreshes one queue with its own request', async () => {
    const { user } = await renderApp('/tools/queues', { as: 'admin' })
    const table = await findTable()
    const name = 'Service 24x7 VQ_CB'
    const cell = () => defined(within(rowOf(table, name)).getAllByRole('cell')[1])
    const before = tenant().queuedCount(name)
    expect(cell().textContent).toBe(String(before))
    tenant().create({
      serviceName: name,
      phoneNumber: '+442079460999',
      origin: 'IMMEDIATE',
      channel: 'UI',
      desiredTime: Date.now(),
    })
    expect(tenant().queuedCount(name)).toBe(before + 1)
    await user.click(screen.getByRole('button', { name: `Refresh ${name}` }))
    await waitFor(() => expect(cell().textContent).toBe(String(before + 1)))
  })

  it('says a queue could not be refreshed, keeps its figures, and Try again reads it', async () => {
    const { user } = await renderApp('/tools/queues', { as: 'admin' })
    const table = await findTable()
    const name = 'Service 24x7 VQ_CB'
    const cell = () => defined(within(rowOf(table, name)).getAllByRole('cell')[1])
    const before = tenant().queuedCount(name)
    tenant().create({
      serviceName: name,
      phoneNumber: '+442079460998',
      origin: 'IMMEDIATE',
      channel: 'UI',
      desiredTime: Date.now(),
    })
    currentSimulator().faults.set('GET /admin/v1/queues/:name', { kind: 'error', times: 1 })
    await user.click(screen.getByRole('button', { name: `Refresh ${name}` }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(`${name} could not be refreshed.`)
    expect(within(alert).getByTestId('corr-id')).toBeInTheDocument()
    expect(cell().textContent).toBe(String(before))
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(cell().textContent).toBe(String(before + 1)))
  })

  it('says the queue list failed, with the correlation ID and a retry', async () => {
    currentSimulator().faults.set('GET /admin/v1/queues/overview', { kind: 'error', times: 1 })
    const { user } = await renderApp('/tools/queues', { as: 'admin' })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The queues could not be loaded.')
    expect(within(alert).getByTestId('corr-id')).toBeInTheDocument()
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await findTable()).toBeVisible()
  })
})

describe('the queue detail view', () => {
  it('shows the queue’s effective settings, hours and zone', async () => {
    await renderApp(`/tools/queues/${encodeURIComponent('Service VQ_CB')}`, { as: 'supervisor' })
    expect(await screen.findByRole('heading', { name: 'Service VQ_CB', level: 1 })).toBeVisible()
    expect(screen.getByText('In the queue’s time zone, Europe/London.')).toBeVisible()
    const hours = screen.getByRole('table', { name: 'Business hours' })
    expect(within(hours).getByRole('row', { name: 'Monday 08:00–18:00' })).toBeInTheDocument()
    expect(within(hours).getByRole('row', { name: 'Sunday Closed' })).toBeInTheDocument()
    expect(screen.getByText('Dec 25, 2026, Dec 26, 2026, Jan 1, 2027')).toBeVisible()
    const settings = screen.getByRole('region', { name: 'Callback settings' })
    const value = (label: string) =>
      within(settings).getByText(label).nextElementSibling?.textContent
    expect(value('Slot duration')).toBe('30 minutes')
    expect(value('Purge time')).toBe('120 minutes')
    expect(value('Maximum dial attempts')).toBe('3')
    expect(value('Callback types')).toBe('Immediate: enabledScheduled: enabled')
    expect(value('Slot capacity')).toMatch(/^10 (callbacks per slot|per slot, overridden by)/)
  })

  it('says so for a queue that does not exist or belongs to another line of business', async () => {
    await renderApp(`/tools/queues/${encodeURIComponent('Service VQ_CB')}`, {
      as: 'sales.supervisor',
    })
    expect(await screen.findByRole('heading', { name: 'No such queue' })).toBeVisible()
    expect(screen.getByRole('link', { name: 'All queues' })).toHaveAttribute(
      'href',
      '/tools/queues',
    )
  })
})
