import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SortOrder } from '@/domain/callbackQuery'
import {
  callInComparator,
  callInMatcher,
  resolveCallInRange,
  type CallInFilter,
  type CallInRange,
  type CallInSortField,
} from '@/domain/callInQuery'
import { DEFAULT_PREFERENCES } from '@/domain/preferences'
import { changeLanguage } from '@/i18n/i18n'
import { viewerTimeZone } from '@/lib/time'
import { defined } from '@/test/defined'
import { currentPath, renderApp } from '@/test/renderApp'
import { bodyRows, columnText } from '@/test/tableText'
import { currentSimulator, TEST_NOW } from '@mocks/node'

// "Today" and "Last Hour" are counted from the tenant's clock; the app's agrees with it.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(TEST_NOW)
})
afterEach(async () => {
  vi.useRealTimers()
  await changeLanguage('en')
})

const tenant = () => currentSimulator().tenant()

/** What the tenant holds for a view, in the order the tab must show it. */
function expected(
  range: CallInRange = 'all',
  search: Pick<CallInFilter, 'searchField' | 'searchTerm'> = {},
  sort: CallInSortField = 'createdAt',
  order: SortOrder = 'desc',
) {
  const matches = callInMatcher({
    ...resolveCallInRange(range, tenant().now, viewerTimeZone()),
    ...search,
  })
  return tenant().state.callIns.filter(matches).sort(callInComparator(sort, order))
}

const number = (n: number) => n.toLocaleString('en')
const findTable = () => screen.findByRole('table', { name: /^Call-In records, / })

type User = Awaited<ReturnType<typeof renderApp>>['user']
async function chooseOption(user: User, combobox: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: combobox }))
  await user.click(await screen.findByRole('option', { name: option }))
}

describe('the Call-In tab', () => {
  it('shows the newest 500 records with the count found, then the next page', async () => {
    // The test tenant's history is shorter than the demo's: requests enough for a second page.
    const group = defined(tenant().state.callInGroups.find((g) => g.name === 'auto_insurance'))
    while (tenant().state.callIns.length <= 600) tenant().callIns.create(group, {}, tenant().now)
    const { user } = await renderApp('/call-in', { as: 'developer' })
    const all = expected()
    expect(all.length).toBeGreaterThan(500)
    const table = await findTable()
    expect(bodyRows(table)).toHaveLength(500)
    expect(screen.getByText(`${number(all.length)} Call Ins Found`)).toBeInTheDocument()
    expect(screen.getByText(`1–500 of ${number(all.length)}`)).toBeInTheDocument()
    expect(columnText(table, 'ID').slice(0, 3)).toEqual(all.slice(0, 3).map((r) => r.id))
    // The code is masked: its last digits only.
    const withCode = all.findIndex((r) => r.accessCode !== undefined)
    const code = defined(all[withCode]?.accessCode)
    expect(columnText(table, 'Access Code')[withCode]).toMatch(/^•+\d{1,2}$/)
    expect(columnText(table, 'Access Code')).not.toContain(code)

    await user.click(screen.getByRole('button', { name: 'Next page' }))
    await waitFor(() => expect(currentPath()).toBe('/call-in?page=2'))
    await waitFor(() => expect(columnText(table, 'ID')[0]).toBe(defined(all[500]).id))
  })

  it('sorts by any column, ascending then descending, and keeps it in the URL', async () => {
    const { user } = await renderApp('/call-in', { as: 'admin' })
    const table = await findTable()
    await user.click(within(table).getByRole('button', { name: 'ANI' }))
    await waitFor(() => expect(currentPath()).toBe('/call-in?sort=ani&order=asc'))
    const ascending = expected('all', {}, 'ani', 'asc')
    await waitFor(() =>
      expect(columnText(table, 'ID').slice(0, 5)).toEqual(ascending.slice(0, 5).map((r) => r.id)),
    )
    expect(within(table).getByRole('columnheader', { name: 'ANI' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )
    await user.click(within(table).getByRole('button', { name: 'ANI' }))
    await waitFor(() => expect(currentPath()).toBe('/call-in?sort=ani'))
    const descending = expected('all', {}, 'ani', 'desc')
    await waitFor(() =>
      expect(columnText(table, 'ID').slice(0, 5)).toEqual(descending.slice(0, 5).map((r) => r.id)),
    )
    // The masked code gives nothing away by its order: it does not sort.
    expect(within(table).queryByRole('button', { name: 'Access Code' })).not.toBeInTheDocument()
  })

  it('searches by a chosen state and a time range, both in the URL', async () => {
    const { user } = await renderApp('/call-in', { as: 'developer' })
    const table = await findTable()
    await chooseOption(user, 'Search', 'Completed')
    await waitFor(() => expect(currentPath()).toBe('/call-in?q=COMPLETED'))
    const completed = expected('all', { searchField: 'state', searchTerm: 'COMPLETED' })
    expect(await screen.findByText(`${number(completed.length)} Call Ins Found`)).toBeVisible()
    await waitFor(() => expect(new Set(columnText(table, 'State'))).toEqual(new Set(['Completed'])))

    await chooseOption(user, 'Time Created', 'Today')
    await waitFor(() => expect(currentPath()).toBe('/call-in?range=today&q=COMPLETED'))
    const today = expected('today', { searchField: 'state', searchTerm: 'COMPLETED' })
    expect(today.length).toBeLessThan(completed.length)
    expect(
      await screen.findByText(
        `${number(today.length)} Call In${today.length === 1 ? '' : 's'} Found`,
      ),
    ).toBeVisible()
  })

  it('opens a view from its URL: a search by group name, typed', async () => {
    const { user } = await renderApp('/call-in?field=groupName&q=auto_ins&sort=dnis&order=asc', {
      as: 'admin',
    })
    const table = await findTable()
    const matching = expected(
      'all',
      { searchField: 'groupName', searchTerm: 'auto_ins' },
      'dnis',
      'asc',
    )
    expect(matching.length).toBeGreaterThan(0)
    expect(await screen.findByText(`${number(matching.length)} Call Ins Found`)).toBeVisible()
    expect(new Set(columnText(table, 'Group Name'))).toEqual(new Set(['auto_insurance']))
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveValue('auto_ins')

    // A term that matches nothing says so where the rows were, with the way out.
    const box = screen.getByRole('textbox', { name: 'Search' })
    await user.clear(box)
    await user.type(box, 'no such group')
    expect(await screen.findByRole('heading', { name: 'No call-in records to show' })).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Clear the search' }))
    expect(await findTable()).toBeInTheDocument()
    await waitFor(() => expect(currentPath()).toBe('/call-in?field=groupName&sort=dnis&order=asc'))
  })

  it('shows a request made since when Refresh is pressed', async () => {
    const { user } = await renderApp('/call-in', { as: 'developer' })
    const table = await findTable()
    const before = expected().length
    expect(await screen.findByText(`${number(before)} Call Ins Found`)).toBeVisible()
    const group = defined(tenant().state.callInGroups.find((g) => g.name === 'auto_insurance'))
    const made = defined(tenant().callIns.create(group, {}, tenant().now))
    await user.click(screen.getByRole('button', { name: 'Refresh' }))
    // The newest comes first; the count grows unless the oldest was dropped to make room.
    await waitFor(() => expect(columnText(table, 'ID')[0]).toBe(made.id))
    expect(screen.getByText(`${number(expected().length)} Call Ins Found`)).toBeVisible()
  })

  it('speaks French', async () => {
    tenant().state.preferences.developer = { ...DEFAULT_PREFERENCES, language: 'fr' }
    await renderApp('/call-in', { as: 'developer' })
    const table = await screen.findByRole('table', { name: /^Appels entrants, / })
    expect(within(table).getByRole('columnheader', { name: 'Heure d’expiration' })).toBeVisible()
    expect(
      await screen.findByText(
        new RegExp(`^${number(expected().length).replace(/\W/g, '.')} appels entrants trouvés$`),
      ),
    ).toBeVisible()
  })

  it.each(['supervisor', 'monitor'])('refuses %s with the not-authorized page', async (account) => {
    await renderApp('/call-in?range=today', { as: account })
    expect(await screen.findByRole('heading', { name: 'Not authorized' })).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })
})
