import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CallbackFilter, SortField, SortOrder } from '@/domain/callbackQuery'
import { PREDEFINED_RANGES, resolveDayRange, type PredefinedRangeId } from '@/domain/dateRanges'
import { viewerTimeZone } from '@/lib/time'
import { currentPath, renderApp } from '@/test/renderApp'
import { bodyRows, columnText } from '@/test/tableText'
import { currentSimulator, TEST_NOW } from '@mocks/node'
import { defined } from '@/test/defined'
import { setListFrameHeight } from '@/test/listFrame'

// The list counts days from "now": the app's clock and the simulator's agree.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(TEST_NOW)
})
afterEach(() => vi.useRealTimers())

/** What the simulator holds for a view, to compare the list with. */
function expected(
  range: PredefinedRangeId,
  options: { filter?: Partial<CallbackFilter>; sort?: SortField; order?: SortOrder } = {},
) {
  const tenant = currentSimulator().tenant()
  const timeZone = viewerTimeZone()
  const { from, to } = resolveDayRange(PREDEFINED_RANGES[range], TEST_NOW, timeZone)
  return tenant.select(
    { from, to, timeZone, ...options.filter },
    new Set(tenant.state.queues.map((queue) => queue.name)),
    options.sort ?? 'desiredTime',
    options.order ?? 'desc',
  )
}

const number = (n: number) => n.toLocaleString('en')

async function findTable() {
  return screen.findByRole('table', { name: /^Callbacks, / })
}

async function chooseOption(
  user: Awaited<ReturnType<typeof renderApp>>['user'],
  combobox: string,
  option: string,
) {
  await user.click(screen.getByRole('combobox', { name: combobox }))
  await user.click(await screen.findByRole('option', { name: option }))
}

describe('the callback list', () => {
  it('shows the first page of 250 with the total, then the next page', async () => {
    const { user } = await renderApp('/callback', { as: 'supervisor' })
    const all = expected('last14')
    expect(all.length).toBeGreaterThan(250)
    const table = await findTable()
    expect(bodyRows(table)).toHaveLength(250)
    expect(screen.getByText(`1–250 of ${number(all.length)}`)).toBeInTheDocument()
    expect(columnText(table, 'Phone Number')[0]).toBe(defined(all[0]).phoneNumber)
    const firstCells = within(defined(bodyRows(table)[0])).getAllByRole('cell')

    await user.click(screen.getByRole('button', { name: 'Next page' }))
    await waitFor(() => expect(currentPath()).toBe('/callback?page=2'))
    expect(
      await screen.findByText(`251–${Math.min(500, all.length)} of ${number(all.length)}`),
    ).toBeInTheDocument()
    await waitFor(() =>
      expect(columnText(table, 'Phone Number')[0]).toBe(defined(all[250]).phoneNumber),
    )
    // Another page rewrites the cells' text in place: rebuilding 250 rows' cells doubled the time
    // a page change takes to paint.
    within(defined(bodyRows(table)[0]))
      .getAllByRole('cell')
      .forEach((cell, index) => expect(cell).toBe(firstCells[index]))
    await user.click(screen.getByRole('button', { name: 'First page' }))
    await waitFor(() => expect(currentPath()).toBe('/callback'))
  })

  it('draws only the rows in view of its frame, and tells assistive technology the page size', async () => {
    // A frame of ten rows: those ten and the few drawn beyond them, not the page's 250.
    setListFrameHeight(330)
    await renderApp('/callback', { as: 'supervisor' })
    const table = await findTable()
    const all = expected('last14')
    const drawn = bodyRows(table)
    expect(drawn.length).toBeGreaterThanOrEqual(10)
    expect(drawn.length).toBeLessThan(40)
    expect(table).toHaveAttribute('aria-rowcount', '251')
    expect(drawn.map((row) => row.getAttribute('aria-rowindex'))).toEqual(
      drawn.map((_, index) => String(index + 2)),
    )
    expect(columnText(table, 'Phone Number')).toEqual(
      all.slice(0, drawn.length).map((callback) => callback.phoneNumber),
    )
  })

  it('sorts by phone number, ascending then descending', async () => {
    const { user } = await renderApp('/callback', { as: 'supervisor' })
    const table = await findTable()
    await user.click(within(table).getByRole('button', { name: 'Phone Number' }))
    await waitFor(() => expect(currentPath()).toBe('/callback?sort=phoneNumber&order=asc'))
    const ascending = expected('last14', { sort: 'phoneNumber', order: 'asc' })
    await waitFor(() =>
      expect(columnText(table, 'Phone Number').slice(0, 5)).toEqual(
        ascending.slice(0, 5).map((cb) => cb.phoneNumber),
      ),
    )
    expect(within(table).getByRole('columnheader', { name: 'Phone Number' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )

    await user.click(within(table).getByRole('button', { name: 'Phone Number' }))
    await waitFor(() => expect(currentPath()).toBe('/callback?sort=phoneNumber'))
    const descending = expected('last14', { sort: 'phoneNumber', order: 'desc' })
    await waitFor(() =>
      expect(columnText(table, 'Phone Number')[0]).toBe(defined(descending[0]).phoneNumber),
    )
  })

  it('filters as you type in the chosen column and keeps the search in the URL', async () => {
    const { user } = await renderApp('/callback', { as: 'supervisor' })
    const table = await findTable()
    await chooseOption(user, 'Search in', 'Service Name')
    await user.type(screen.getByRole('textbox', { name: 'Search' }), 'Night')
    await waitFor(() => expect(currentPath()).toBe('/callback?field=serviceName&q=Night'))
    const matching = expected('last14', {
      filter: { searchField: 'serviceName', searchTerm: 'Night' },
    })
    expect(matching.length).toBeGreaterThan(0)
    await waitFor(() => expect(bodyRows(table)).toHaveLength(Math.min(250, matching.length)))
    expect(new Set(columnText(table, 'Service Name'))).toEqual(new Set(['Claims Night VQ_CB']))

    await user.click(screen.getByRole('button', { name: 'Clear search' }))
    await waitFor(() => expect(currentPath()).toBe('/callback?field=serviceName'))
    await waitFor(() => expect(bodyRows(table)).toHaveLength(250))
  })

  it('says what to do when nothing matches', async () => {
    const { user } = await renderApp('/callback?q=000000000000', { as: 'supervisor' })
    expect(await screen.findByText('No callbacks to show')).toBeInTheDocument()
    expect(screen.getByText(/matches “000000000000” in Phone Number/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Clear the search' }))
    expect(await findTable()).toBeInTheDocument()
    expect(currentPath()).toBe('/callback')
  })

  it('changes the date range: URL and list follow', async () => {
    const { user } = await renderApp('/callback', { as: 'supervisor' })
    await findTable()
    await chooseOption(user, 'Date range', 'Next 7 Days')
    await waitFor(() => expect(currentPath()).toBe('/callback?range=next7'))
    const next7 = expected('next7')
    expect(
      await screen.findByText(`1–${Math.min(250, next7.length)} of ${number(next7.length)}`),
    ).toBeInTheDocument()
    expect(screen.getByRole('table', { name: 'Callbacks, Next 7 Days' })).toBeInTheDocument()
  })

  it('restores the view from the URL and ignores what it cannot read', async () => {
    const view = await renderApp(
      '/callback?range=all&field=phoneNumber&q=4&sort=phoneNumber&order=desc&page=2',
      { as: 'supervisor' },
    )
    const matching = expected('all', {
      filter: { searchField: 'phoneNumber', searchTerm: '4' },
      sort: 'phoneNumber',
      order: 'desc',
    })
    expect(matching.length).toBeGreaterThan(250)
    const table = await findTable()
    expect(screen.getByRole('combobox', { name: 'Date range' })).toHaveTextContent(
      'Last & Next 14 Days',
    )
    expect(screen.getByRole('combobox', { name: 'Search in' })).toHaveTextContent('Phone Number')
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveValue('4')
    expect(within(table).getByRole('columnheader', { name: 'Phone Number' })).toHaveAttribute(
      'aria-sort',
      'descending',
    )
    expect(
      await screen.findByText(new RegExp(`^251–.* of ${number(matching.length)}$`)),
    ).toBeInTheDocument()
    await waitFor(() =>
      expect(columnText(table, 'Phone Number')[0]).toBe(defined(matching[250]).phoneNumber),
    )
    view.unmount()

    await renderApp('/callback?range=nowhere&field=x&sort=y&order=z&page=-2', { as: 'supervisor' })
    await findTable()
    expect(screen.getByRole('combobox', { name: 'Date range' })).toHaveTextContent('Last 14 Days')
    expect(
      screen.getByText(new RegExp(`^1–250 of ${number(expected('last14').length)}$`)),
    ).toBeInTheDocument()
  })

  it('shows a failed load with its correlation ID and recovers on retry', async () => {
    currentSimulator().faults.set('GET /admin/v1/callbacks', { kind: 'error', times: 1 })
    const { user } = await renderApp('/callback', { as: 'supervisor' })
    const alert = await screen.findByRole('alert', {})
    expect(alert).toHaveTextContent('The callback list could not be loaded')
    const corrId = within(alert).getByTestId('corr-id').textContent
    expect(currentSimulator().tenant().state.errors[0]?.corrId).toBe(corrId)
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await findTable()).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
  })
})

describe('what each role sees', () => {
  it('gives a supervisor the manage controls and a monitor none of them', async () => {
    const supervisor = await renderApp('/callback', { as: 'supervisor' })
    let table = await findTable()
    expect(screen.getByRole('button', { name: 'Create Callback' })).toBeEnabled()
    expect(screen.getByRole('button', { name: 'Cancel Callbacks' })).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Export Cancelled Reports' })).toBeEnabled()
    expect(within(table).getAllByRole('checkbox').length).toBe(251)
    expect(
      within(table).queryAllByRole('button', { name: /^(Edit|Recreate) the callback/ }).length,
    ).toBeGreaterThan(0)
    supervisor.unmount()

    await renderApp('/callback', { as: 'monitor' })
    table = await findTable()
    expect(screen.queryByRole('button', { name: 'Create Callback' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Cancel Callbacks' })).not.toBeInTheDocument()
    expect(
      screen.queryByRole('button', { name: 'Export Cancelled Reports' }),
    ).not.toBeInTheDocument()
    expect(within(table).queryAllByRole('checkbox')).toHaveLength(0)
    expect(
      within(table).queryAllByRole('button', { name: /^(Edit|Recreate) the callback/ }),
    ).toHaveLength(0)
    expect(screen.getByRole('button', { name: 'Refresh' })).toBeEnabled()
  })

  it('shows a Sales supervisor only the Sales services', async () => {
    await renderApp('/callback', { as: 'sales.supervisor' })
    const table = await findTable()
    const services = new Set(columnText(table, 'Service Name'))
    expect(services.size).toBeGreaterThan(0)
    for (const service of services) expect(service).toMatch(/^Sales /)
  })

  it('selects rows for Cancel Callbacks, and forgets them on another page', async () => {
    const { user } = await renderApp('/callback', { as: 'supervisor' })
    const table = await findTable()
    const boxes = within(table).getAllByRole('checkbox', { name: /^Select the callback/ })
    await user.click(defined(boxes[0]))
    await user.click(defined(boxes[1]))
    expect(screen.getByText('2 callbacks selected')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Cancel Callbacks' })).toBeEnabled()

    await user.click(screen.getByRole('button', { name: 'Next page' }))
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Cancel Callbacks' })).toBeDisabled(),
    )
    expect(screen.queryByText(/callbacks? selected/)).not.toBeInTheDocument()

    await user.click(
      within(table).getByRole('checkbox', { name: 'Select all callbacks on this page' }),
    )
    expect(screen.getByText(/^\d+ callbacks selected$/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Cancel Callbacks' }))
    expect(await screen.findByRole('dialog')).toBeInTheDocument()
  })
})

describe('row details', () => {
  it('shows position and estimated wait for a queued callback', async () => {
    const { user } = await renderApp('/callback?range=today&field=state&q=QUEUED', {
      as: 'supervisor',
    })
    const table = await findTable()
    const [first] = bodyRows(table)
    expect(first).toHaveTextContent('QUEUED')
    const toggle = within(defined(first)).getByRole('button', { name: /^Details of the callback/ })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    const details = defined(document.getElementById(toggle.getAttribute('aria-controls') ?? ''))
    expect(await within(details).findByText('Position in queue')).toBeInTheDocument()
    const values = within(details)
      .getAllByRole('definition')
      .map((dd) => dd.textContent)
    expect(values[0]).toMatch(/^\d+$/)
    expect(values[1]).toMatch(/\d+ (sec|min|hr)|Unknown/)
  })

  it('shows every advanced metric of a completed callback, dial attempts included', async () => {
    const { user } = await renderApp('/callback?field=completedReason&q=AGENT', {
      as: 'supervisor',
    })
    const table = await findTable()
    const [first] = bodyRows(table)
    const toggle = within(defined(first)).getByRole('button', { name: /^Details of the callback/ })
    await user.click(toggle)
    const details = defined(document.getElementById(toggle.getAttribute('aria-controls') ?? ''))
    expect(
      await within(details).findByText('Not in queue: this callback is completed.'),
    ).toBeInTheDocument()
    expect(within(details).queryByText('Dial attempts')).not.toBeInTheDocument()
    await user.click(within(details).getByRole('switch', { name: 'Advanced Callback Metrics' }))
    expect(within(details).getByText('Dial attempts')).toBeInTheDocument()
    expect(within(details).getByText('Callback origination channel')).toBeInTheDocument()
    expect(within(details).getByText('Completed at')).toBeInTheDocument()
    expect(within(details).getByText(/^CONNECTED at /)).toBeInTheDocument()
  })
})

describe('the toolbar and the dialogs it opens', () => {
  it('opens Create Callback, and Edit or Recreate from a row', async () => {
    const { user } = await renderApp('/callback', { as: 'supervisor' })
    const table = await findTable()
    await user.click(screen.getByRole('button', { name: 'Create Callback' }))
    expect(await screen.findByRole('dialog')).toBeInTheDocument()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

    await user.click(
      defined(within(table).getAllByRole('button', { name: /^Edit the callback/ })[0]),
    )
    expect(await screen.findByRole('dialog')).toBeInTheDocument()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

    await user.click(
      defined(within(table).getAllByRole('button', { name: /^Recreate the callback/ })[0]),
    )
    expect(await screen.findByRole('dialog')).toBeInTheDocument()
  })

  it('saves the auto-refresh choice for the user', async () => {
    const { user } = await renderApp('/callback', { as: 'supervisor' })
    await findTable()
    await chooseOption(user, 'Auto-refresh', 'Every 30 s')
    await waitFor(() =>
      expect(currentSimulator().tenant().state.preferences.supervisor?.autoRefreshSeconds).toBe(30),
    )
    expect(screen.getByRole('combobox', { name: 'Auto-refresh' })).toHaveTextContent('Every 30 s')
  })

  it('marks scheduled callbacks, and warns about those past their desired time window', async () => {
    const late = currentSimulator()
      .tenant()
      .state.callbacks.filter(
        (cb) => cb.state === 'SCHEDULED' && Date.parse(cb.desiredTime) + 2 * 60_000 < TEST_NOW,
      )
    await renderApp('/callback?field=state&q=SCHEDULED&sort=desiredTime&order=asc', {
      as: 'monitor',
    })
    const table = await findTable()
    expect(
      within(table).getAllByRole('img', { name: 'Requested as a scheduled callback' }).length,
    ).toBeGreaterThan(0)
    const warnings = within(table).queryAllByRole('img', {
      name: /^Still scheduled after its desired time window \(2 minutes\) has passed/,
    })
    expect(late.length).toBeGreaterThan(0)
    expect(warnings).toHaveLength(Math.min(250, late.length))
  })
})
