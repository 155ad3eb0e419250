import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cellAt, gridFromStatement } from '@/domain/capacityRule'
import { holdRequests } from '@/test/holdRequests'
import { currentPath, renderApp } from '@/test/renderApp'
import { currentSimulator, resetTenant, TEST_NOW } from '@mocks/node'
import { defined } from '@/test/defined'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_NOW })
  resetTenant()
})
afterEach(() => {
  vi.useRealTimers()
})

const storedRule = (id: string) =>
  currentSimulator()
    .tenant()
    .state.capacityRules.find((r) => r.id === id)
const UNASSIGNED = 'capacity-weekend-cover'
const HOURLY = 'capacity-weekday-hourly'

async function openRule(id: string, as = 'admin') {
  const view = await renderApp(`/tools/capacity?rule=${id}`, { as })
  const grid = await screen.findByRole('grid')
  return { ...view, grid }
}

/** The calendar cell of a day (Sunday … Saturday) at a time row ("08:00"). */
function cell(grid: HTMLElement, day: string, time: string): HTMLElement {
  const columns = within(grid)
    .getAllByRole('columnheader')
    .map((h) => h.textContent)
  const row = within(grid)
    .getAllByRole('row')
    .find((r) => within(r).queryByRole('rowheader')?.textContent === time)
  if (!row) throw new Error(`no row ${time}`)
  const c = columns.indexOf(day)
  return defined(row.querySelector<HTMLElement>(`[data-c="${c}"]`))
}

describe('Capacity: the rule list', () => {
  it('lists the rules, selects one and says how many queues use it', async () => {
    const { user } = await openRule(HOURLY)
    expect(screen.getByRole('heading', { level: 1, name: 'Capacity' })).toBeInTheDocument()
    const select = screen.getByLabelText('Scheduled Capacity Rules')
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Weekday hourly', 'Half-hour peak', 'March campaign', 'Weekend cover'])
    // The queues using the rule come from another query than the calendar: they may show later.
    expect(
      await screen.findByText(/Associated with 1 VQ\(s\)\. Queues: Sales West VQ_CB/),
    ).toBeVisible()
    await user.selectOptions(select, 'Half-hour peak')
    await waitFor(() => expect(currentPath()).toBe('/tools/capacity?rule=capacity-half-hour-peak'))
    expect(await screen.findByText(/Associated with 2 VQ\(s\)/)).toBeVisible()
    expect(screen.getByRole('button', { name: 'Half hour' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(within(screen.getByRole('grid')).getAllByRole('rowheader')).toHaveLength(48 + 1)
  })
})

describe('Capacity: editing the calendar by keyboard', () => {
  it('moves with the arrows, edits by typing, commits with Enter and saves', async () => {
    const { user, grid } = await openRule(UNASSIGNED)
    const corner = within(grid).getByRole('columnheader', { name: 'Timeslot' })
    // The grid is one tab stop, entered at the whole-calendar corner.
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1)
    expect(corner).toHaveAttribute('tabindex', '0')
    screen.getByRole('button', { name: 'Paste JSON…' }).focus()
    await user.tab()
    expect(corner).toHaveFocus()
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowDown}{ArrowDown}') // Monday 00:00
    expect(cell(grid, 'Monday', '00:00')).toHaveFocus()
    await user.keyboard('{PageDown}') // 8 rows down: 08:00
    expect(cell(grid, 'Monday', '08:00')).toHaveFocus()
    await user.keyboard('7')
    const input = within(grid).getByRole('textbox', { name: 'Capacity on Monday at 08:00' })
    expect(input).toHaveValue('7')
    await user.keyboard('5{Enter}')
    expect(cell(grid, 'Monday', '08:00')).toHaveTextContent('75')
    expect(cell(grid, 'Monday', '08:00')).toHaveFocus()

    // Escape cancels an edit; F2 edits what is there.
    await user.keyboard('{F2}')
    await user.keyboard('{Backspace}{Backspace}9{Escape}')
    expect(cell(grid, 'Monday', '08:00')).toHaveTextContent('75')
    // Delete clears.
    await user.keyboard('{ArrowRight}3{Enter}{Delete}')
    expect(cell(grid, 'Tuesday', '08:00')).toHaveTextContent('')
    // Home goes to the row's time, End to Saturday; Ctrl+Home to the corner.
    await user.keyboard('{End}')
    expect(cell(grid, 'Saturday', '08:00')).toHaveFocus()
    await user.keyboard('{Home}')
    expect(within(grid).getByRole('rowheader', { name: '08:00' })).toHaveFocus()
    await user.keyboard('{Control>}{Home}{/Control}')
    expect(corner).toHaveFocus()
    await user.keyboard('{Control>}{End}{/Control}')
    expect(cell(grid, 'Saturday', '23:00')).toHaveFocus()

    expect(screen.getByText('Unsaved changes')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText(/^Saved\./)).toBeVisible()
    expect(storedRule(UNASSIGNED)).toMatchObject({
      version: 2,
      days: { mon: { '08:00': 75 } },
      duration: 60,
    })
    expect(screen.queryByText('Unsaved changes')).not.toBeInTheDocument()
  })

  it('fills a row from Set All and a day from Set Day, and shows their common value', async () => {
    const { user, grid } = await openRule(UNASSIGNED)
    await user.click(cell(grid, 'Set All', '10:00'))
    await user.keyboard('4{Enter}')
    for (const day of ['Sunday', 'Wednesday', 'Saturday']) {
      expect(cell(grid, day, '10:00')).toHaveTextContent('4')
    }
    expect(cell(grid, 'Set All', '10:00')).toHaveTextContent('4')
    const setDay = defined(
      within(grid)
        .getAllByRole('row')
        .find((r) => within(r).queryByRole('rowheader', { name: 'Set Day' })),
    )
    await user.click(defined(setDay.querySelector<HTMLElement>('[data-c="4"]'))) // Tuesday
    await user.keyboard('2{Enter}')
    expect(cell(grid, 'Tuesday', '00:00')).toHaveTextContent('2')
    expect(cell(grid, 'Tuesday', '10:00')).toHaveTextContent('2')
    // The row no longer has one value on every day.
    expect(cell(grid, 'Set All', '10:00')).toHaveTextContent('')
  })

  it('switches the Timeslot Length with the conversion, and Revert undoes everything', async () => {
    const { user, grid } = await openRule(HOURLY)
    expect(cell(grid, 'Thursday', '12:00')).toHaveTextContent('4')
    await user.click(screen.getByRole('button', { name: 'Half hour' }))
    expect(cell(grid, 'Thursday', '12:30')).toHaveTextContent('4')
    expect(screen.getByRole('status')).toHaveTextContent(/copied into its :30 slot/)
    await user.click(cell(grid, 'Thursday', '12:30'))
    await user.keyboard('9{Enter}')
    await user.click(screen.getByRole('button', { name: 'Hour' }))
    // Back to hourly: 12:00 keeps 4, the 9 at 12:30 is dropped.
    expect(cell(grid, 'Thursday', '12:00')).toHaveTextContent('4')
    expect(within(grid).queryByRole('rowheader', { name: '12:30' })).not.toBeInTheDocument()
    await user.click(cell(grid, 'Thursday', '12:00'))
    await user.keyboard('1{Enter}')
    await user.click(screen.getByRole('button', { name: 'Revert' }))
    expect(cell(grid, 'Thursday', '12:00')).toHaveTextContent('4')
    expect(screen.getByRole('button', { name: 'Revert' })).toBeDisabled()
  })
})

describe('Capacity: paste', () => {
  const statement = '{"days":{"mon":{"08:30":5},"fri":{"17:00":2}},"duration":30}'

  it('replaces the whole rule when no cell is selected', async () => {
    const { user, grid } = await openRule(HOURLY)
    await user.click(within(grid).getByRole('columnheader', { name: 'Timeslot' }))
    await user.paste(statement)
    expect(screen.getByRole('status')).toHaveTextContent('Pasted: the whole rule was replaced.')
    expect(screen.getByRole('button', { name: 'Half hour' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(cell(grid, 'Monday', '08:30')).toHaveTextContent('5')
    expect(cell(grid, 'Friday', '17:00')).toHaveTextContent('2')
    // Not a merge: the rule's other values are gone.
    expect(cell(grid, 'Thursday', '12:00')).toHaveTextContent('')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await screen.findByText(/^Saved\./)
    expect(storedRule(HOURLY)).toMatchObject({
      duration: 30,
      days: { mon: { '08:30': 5 }, fri: { '17:00': 2 } },
    })
  })

  it('Escape selects no cell, and says so', async () => {
    const { user, grid } = await openRule(HOURLY)
    await user.click(cell(grid, 'Monday', '08:00'))
    await user.keyboard('{Escape}')
    expect(within(grid).getByRole('columnheader', { name: 'Timeslot' })).toHaveFocus()
    expect(screen.getByText('Selected: the whole calendar (no cell)')).toBeVisible()
    await user.paste('{"days":{},"duration":60}')
    expect(cell(grid, 'Monday', '08:00')).toHaveTextContent('')
  })

  it('fills only the selected cell with a number, and a spreadsheet block from it', async () => {
    const { user, grid } = await openRule(UNASSIGNED)
    await user.click(cell(grid, 'Wednesday', '09:00'))
    await user.paste('12')
    expect(cell(grid, 'Wednesday', '09:00')).toHaveTextContent('12')
    expect(cell(grid, 'Saturday', '09:00')).toHaveTextContent('2')
    await user.click(cell(grid, 'Monday', '06:00'))
    await user.paste('1\t2\n3\t4\n')
    expect(cell(grid, 'Monday', '06:00')).toHaveTextContent('1')
    expect(cell(grid, 'Tuesday', '06:00')).toHaveTextContent('2')
    expect(cell(grid, 'Monday', '07:00')).toHaveTextContent('3')
    expect(cell(grid, 'Tuesday', '07:00')).toHaveTextContent('4')
    expect(screen.getByRole('status')).toHaveTextContent('Pasted into 4 cells.')
  })

  it.each([
    [
      '{"days":{"fri2":{"08:00":1}},"duration":60}',
      'Unknown day "fri2": use sun, mon, tue, wed, thu, fri or sat.',
    ],
    [
      '{"days":{"mon":{"07:15":1}},"duration":30}',
      'Time "07:15" on mon is not on the half-hour grid: use times ending in :00 or :30.',
    ],
    [
      '{"days":{"mon":{"08:00":-1}},"duration":60}',
      'Value -1 at mon 08:00 is not allowed: values cannot be negative.',
    ],
    [
      '{"days":{"mon":{"08:00":2.5}},"duration":60}',
      'Value 2.5 at mon 08:00 is not allowed: values must be whole numbers.',
    ],
    [
      '{"days":{"mon":{"08:00":"3"}},"duration":60}',
      'Value "3" at mon 08:00 is not allowed: values must be numbers.',
    ],
    [
      '{"days":{},"duration":45}',
      'Duration 45 is not allowed: use 60 (hourly) or 30 (half-hourly).',
    ],
    ['{"days":{}}', 'The "duration" is missing: give 60 (hourly) or 30 (half-hourly).'],
    [
      '{"days":{"mon":{"08:00":1},}',
      'Not valid JSON at line 1, column 28 (position 27): expected a property name in double quotes, found "}".',
    ],
  ])('refuses %s, naming the problem, and changes nothing', async (text, message) => {
    const { user, grid } = await openRule(HOURLY)
    await user.click(within(grid).getByRole('columnheader', { name: 'Timeslot' }))
    await user.paste(text)
    expect(screen.getByRole('alert')).toHaveTextContent(message)
    expect(cell(grid, 'Thursday', '12:00')).toHaveTextContent('4')
    expect(screen.queryByText('Unsaved changes')).not.toBeInTheDocument()
  })

  it('refuses a statement when a cell is selected, and a number when none is', async () => {
    const { user, grid } = await openRule(HOURLY)
    await user.click(cell(grid, 'Monday', '08:00'))
    await user.paste(statement)
    expect(screen.getByRole('alert')).toHaveTextContent(/press Escape to select no cell/)
    expect(cell(grid, 'Monday', '08:00')).toHaveTextContent('6')
    await user.keyboard('{Escape}')
    await user.paste('7')
    expect(screen.getByRole('alert')).toHaveTextContent(/No cell is selected: select the cell/)
  })

  it('copies the rule as JSON with nothing selected', async () => {
    const { user, grid } = await openRule(UNASSIGNED)
    await user.click(within(grid).getByRole('columnheader', { name: 'Timeslot' }))
    await user.keyboard('{Control>}c{/Control}')
    const copied = await navigator.clipboard.readText()
    expect(JSON.parse(copied)).toEqual({
      days: defined(storedRule(UNASSIGNED)).days,
      duration: 60,
    })
    await user.click(screen.getByRole('button', { name: 'Copy as JSON' }))
    expect(await navigator.clipboard.readText()).toBe(copied)
    expect(screen.getByRole('status')).toHaveTextContent('The rule was copied as JSON.')
  })

  it('replaces the rule from the Paste JSON dialog, with the same checks', async () => {
    const { user, grid } = await openRule(UNASSIGNED)
    await user.click(screen.getByRole('button', { name: 'Paste JSON…' }))
    const dialog = screen.getByRole('dialog', { name: 'Paste a capacity JSON statement' })
    const box = within(dialog).getByLabelText('Capacity JSON statement')
    await user.clear(box)
    await user.click(box)
    await user.paste('{"days":{"sun":{"25:00":1}},"duration":60}')
    await user.click(within(dialog).getByRole('button', { name: 'Replace rule' }))
    expect(within(dialog).getByText(/"25:00" on sun is not a time of day/)).toBeVisible()
    await user.clear(box)
    await user.paste('{"days":{"sun":{"05:00":3}},"duration":60}')
    await user.click(within(dialog).getByRole('button', { name: 'Replace rule' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(cell(grid, 'Sunday', '05:00')).toHaveTextContent('3')
    expect(cell(grid, 'Saturday', '09:00')).toHaveTextContent('')
  })
})

describe('Capacity: saving, failures and conflicts', () => {
  it('keeps the edits and shows the correlation ID when a save fails, and saves on retry', async () => {
    const { user, grid } = await openRule(UNASSIGNED)
    await user.click(cell(grid, 'Sunday', '09:00'))
    await user.keyboard('8{Enter}')
    currentSimulator().faults.set('PUT /admin/v1/capacity-rules/:id', { kind: 'error', times: 1 })
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The rule was not saved. Your changes are still here.')
    expect(within(alert).getByTestId('corr-id').textContent).toMatch(/\S{8,}/)
    expect(cell(grid, 'Sunday', '09:00')).toHaveTextContent('8')
    expect(defined(storedRule(UNASSIGNED)).version).toBe(1)
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText(/^Saved\./)).toBeVisible()
    expect(storedRule(UNASSIGNED)).toMatchObject({ version: 2, days: { sun: { '09:00': 8 } } })
  })

  it('sends one save for a double click on Save', async () => {
    const { user, grid } = await openRule(UNASSIGNED)
    await user.click(cell(grid, 'Sunday', '09:00'))
    await user.keyboard('8{Enter}')
    const put = holdRequests('put', '/admin/v1/capacity-rules/:id')
    const save = screen.getByRole('button', { name: 'Save' })
    // Both clicks land before the button shows it is busy, as a quick double click does.
    fireEvent.click(save)
    fireEvent.click(save)
    await put.arrived()
    put.release()
    expect(await screen.findByText(/^Saved\./)).toBeVisible()
    expect(put.count()).toBe(1)
    expect(storedRule(UNASSIGNED)?.version).toBe(2)
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('keeps a cell edited while Save runs', async () => {
    const { user, grid } = await openRule(UNASSIGNED)
    await user.click(cell(grid, 'Sunday', '09:00'))
    await user.keyboard('8{Enter}')
    const put = holdRequests('put', '/admin/v1/capacity-rules/:id')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await put.arrived()
    await user.click(cell(grid, 'Monday', '10:00'))
    await user.keyboard('4{Enter}')
    put.release()

    expect(await screen.findByText(/^Saved\./)).toBeVisible()
    expect(storedRule(UNASSIGNED)).toMatchObject({ version: 2, days: { sun: { '09:00': 8 } } })
    expect(defined(storedRule(UNASSIGNED)).days.mon).toBeUndefined()
    expect(cell(grid, 'Sunday', '09:00')).toHaveTextContent('8')
    expect(cell(grid, 'Monday', '10:00')).toHaveTextContent('4')
    expect(screen.getByText('Unsaved changes')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() =>
      expect(storedRule(UNASSIGNED)).toMatchObject({
        version: 3,
        days: { sun: { '09:00': 8 }, mon: { '10:00': 4 } },
      }),
    )
  })

  it('asks what to do when someone else saved first', async () => {
    const { user, grid } = await openRule(UNASSIGNED)
    // Another administrator saves meanwhile.
    const stored = defined(storedRule(UNASSIGNED))
    Object.assign(stored, {
      version: 2,
      updatedBy: 'other.admin',
      days: { sun: { '01:00': 1 } },
    })
    await user.click(cell(grid, 'Monday', '09:00'))
    await user.keyboard('5{Enter}')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const dialog = await screen.findByRole('dialog', {
      name: 'This rule was changed by someone else',
    })
    expect(dialog).toHaveTextContent(/other\.admin/)
    await user.click(
      within(dialog).getByRole('button', { name: 'Load their version (discard mine)' }),
    )
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(cell(grid, 'Sunday', '01:00')).toHaveTextContent('1')
    expect(cell(grid, 'Monday', '09:00')).toHaveTextContent('')

    await user.click(cell(grid, 'Monday', '09:00'))
    await user.keyboard('5{Enter}')
    stored.version = 3
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const again = await screen.findByRole('dialog', {
      name: 'This rule was changed by someone else',
    })
    await user.click(within(again).getByRole('button', { name: 'Save mine over theirs' }))
    await screen.findByText(/^Saved\./)
    expect(storedRule(UNASSIGNED)).toMatchObject({
      version: 4,
      days: { sun: { '01:00': 1 }, mon: { '09:00': 5 } },
    })
  })

  it('asks before switching rule with unsaved changes', async () => {
    const { user, grid } = await openRule(UNASSIGNED)
    await user.click(cell(grid, 'Monday', '09:00'))
    await user.keyboard('5{Enter}')
    await user.selectOptions(screen.getByLabelText('Scheduled Capacity Rules'), 'March campaign')
    const ask = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' })
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(currentPath()).toBe(`/tools/capacity?rule=${UNASSIGNED}`)
    expect(cell(grid, 'Monday', '09:00')).toHaveTextContent('5')
  })
})

describe('Capacity: add and delete', () => {
  it('creates a rule with a unique name, fixed afterwards, and opens its empty calendar', async () => {
    const { user } = await openRule(HOURLY)
    await user.click(screen.getByRole('button', { name: 'Add New Capacity' }))
    const dialog = screen.getByRole('dialog', { name: 'Add New Capacity' })
    await user.click(within(dialog).getByRole('button', { name: 'Create Rule' }))
    expect(within(dialog).getByText('Enter a name for the rule.')).toBeVisible()
    await user.type(within(dialog).getByLabelText(/^Name/), 'weekday HOURLY')
    await user.click(within(dialog).getByRole('button', { name: 'Create Rule' }))
    expect(
      await within(dialog).findByText(/A rule named "weekday HOURLY" already exists/),
    ).toBeVisible()
    await user.clear(within(dialog).getByLabelText(/^Name/))
    await user.type(within(dialog).getByLabelText(/^Name/), 'Christmas')
    await user.click(within(dialog).getByRole('button', { name: 'Half hour' }))
    await user.click(within(dialog).getByRole('button', { name: 'Create Rule' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    const created = defined(
      currentSimulator()
        .tenant()
        .state.capacityRules.find((r) => r.name === 'Christmas'),
    )
    expect(created).toMatchObject({ duration: 30, days: {} })
    await waitFor(() => expect(currentPath()).toBe(`/tools/capacity?rule=${created.id}`))
    expect(screen.getByLabelText('Scheduled Capacity Rules')).toHaveDisplayValue('Christmas')
    expect(screen.getByText('Associated with 0 VQ(s).')).toBeVisible()
    expect(within(screen.getByRole('grid')).getAllByRole('rowheader')).toHaveLength(49)
  })

  it('refuses to delete a rule a queue uses, saying why', async () => {
    const { user } = await openRule('capacity-half-hour-peak')
    await user.click(screen.getByRole('button', { name: 'Delete Capacity' }))
    const dialog = screen.getByRole('dialog', { name: '“Half-hour peak” cannot be deleted' })
    expect(dialog).toHaveTextContent(
      'It is assigned to 2 queues. Assign another capacity rule to those queues on the Queues page first.',
    )
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(storedRule('capacity-half-hour-peak')).toBeDefined()
  })

  it('shows the backend refusal when a queue took the rule meanwhile', async () => {
    const { user } = await openRule(UNASSIGNED)
    defined(
      currentSimulator()
        .tenant()
        .state.queues.find((q) => q.name === 'Sales VQ_CB'),
    ).capacityRuleId = UNASSIGNED
    await user.click(screen.getByRole('button', { name: 'Delete Capacity' }))
    const confirm = screen.getByRole('dialog', { name: 'Delete “Weekend cover”?' })
    await user.click(within(confirm).getByRole('button', { name: 'Delete Capacity' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('"Weekend cover" is assigned to 1 queue(s).')
    expect(within(alert).getByTestId('corr-id')).toBeInTheDocument()
    expect(storedRule(UNASSIGNED)).toBeDefined()
  })

  it('deletes an unused rule after confirming, and selects another', async () => {
    const { user } = await openRule(UNASSIGNED)
    await user.click(screen.getByRole('button', { name: 'Delete Capacity' }))
    const confirm = screen.getByRole('dialog', { name: 'Delete “Weekend cover”?' })
    await user.click(within(confirm).getByRole('button', { name: 'Delete Capacity' }))
    expect(await screen.findByText('“Weekend cover” was deleted.')).toBeVisible()
    expect(storedRule(UNASSIGNED)).toBeUndefined()
    await waitFor(() =>
      expect(screen.getByLabelText('Scheduled Capacity Rules')).toHaveDisplayValue(
        'Weekday hourly',
      ),
    )
  })
})

describe('Capacity: roles', () => {
  it.each(['supervisor', 'developer'])('%s reads the calendar but changes nothing', async (who) => {
    const { user, grid } = await openRule(HOURLY, who)
    expect(
      screen.getByText('Read only: only an Administrator can change capacity rules.'),
    ).toBeVisible()
    expect(grid).toHaveAttribute('aria-readonly', 'true')
    for (const name of ['Add New Capacity', 'Delete Capacity', 'Save', 'Revert', 'Paste JSON…']) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument()
    }
    expect(screen.getByRole('button', { name: 'Half hour' })).toBeDisabled()
    await user.click(cell(grid, 'Monday', '08:00'))
    await user.keyboard('{ArrowDown}')
    expect(cell(grid, 'Monday', '09:00')).toHaveFocus()
    await user.keyboard('5{Enter}{Delete}')
    expect(within(grid).queryByRole('textbox')).not.toBeInTheDocument()
    expect(cell(grid, 'Monday', '09:00')).toHaveTextContent('6')
    await user.keyboard('{Escape}')
    await user.paste('{"days":{},"duration":60}')
    expect(screen.getByRole('alert')).toHaveTextContent('This rule is read only for your role')
    expect(cell(grid, 'Monday', '09:00')).toHaveTextContent('6')
    // Copying out still works.
    expect(screen.getByRole('button', { name: 'Copy as JSON' })).toBeEnabled()
  })

  it('keeps a Monitor out of Tools altogether', async () => {
    await renderApp('/tools/capacity', { as: 'monitor' })
    expect(await screen.findByRole('heading', { name: 'Not authorized' })).toBeInTheDocument()
    expect(screen.queryByRole('grid')).not.toBeInTheDocument()
  })
})

describe('Capacity: booked versus capacity', () => {
  it('shows a queue week: booked / capacity per slot in the queue zone, and other weeks', async () => {
    const view = await renderApp('/tools/capacity?view=usage', { as: 'supervisor' })
    const select = await screen.findByLabelText('Queue')
    expect(select).toHaveDisplayValue('Sales West VQ_CB')
    await view.user.selectOptions(select, 'Service EMEA VQ_CB')
    const table = await screen.findByRole('table', {
      name: 'Booked versus capacity for Service EMEA VQ_CB, week of November 15, 2026',
    })
    expect(screen.getByText(/Capacity comes from the rule “Half-hour peak”/)).toBeVisible()
    expect(screen.getByText(/Europe\/Paris/)).toBeVisible()
    const usage = currentSimulator().tenant()
    const queue = defined(usage.state.queues.find((q) => q.name === 'Service EMEA VQ_CB'))
    const slots = usage.capacityUsage(
      queue,
      Date.parse('2026-11-15T00:00:00+01:00'),
      Date.parse('2026-11-22T00:00:00+01:00'),
    )
    const monday = defined(
      slots.find((s) => new Date(s.start).toISOString() === '2026-11-16T11:30:00.000Z'),
    )
    const row = defined(
      within(table)
        .getAllByRole('row')
        .find((r) => within(r).queryByRole('rowheader')?.textContent === '12:30'),
    )
    expect(within(row).getAllByRole('cell')[1]).toHaveTextContent(`${monday.booked}/9`)
    const totals = slots.reduce((s, x) => ({ b: s.b + x.booked, c: s.c + x.capacity }), {
      b: 0,
      c: 0,
    })
    expect(
      screen.getByText(new RegExp(`^${totals.b} of ${totals.c} places booked this week`)),
    ).toBeVisible()

    await view.user.click(screen.getByRole('button', { name: 'Next week' }))
    expect(
      await screen.findByRole('table', { name: /week of November 22, 2026/ }),
    ).toBeInTheDocument()
    await view.user.click(screen.getByRole('button', { name: 'This week' }))
    expect(
      await screen.findByRole('table', { name: /week of November 15, 2026/ }),
    ).toBeInTheDocument()
  })

  it('reflects a saved rule at once', async () => {
    const { user, grid } = await openRule(HOURLY)
    await user.click(cell(grid, 'Thursday', '09:00'))
    await user.keyboard('{F2}{Backspace}0{Enter}')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await screen.findByText(/^Saved\./)
    await user.click(screen.getByRole('tab', { name: 'Booked vs capacity' }))
    const table = await screen.findByRole('table', { name: /Sales West VQ_CB/ })
    const nine = defined(
      within(table)
        .getAllByRole('row')
        .find((r) => within(r).queryByRole('rowheader')?.textContent === '09:00'),
    )
    // Thursday is the fifth day column.
    expect(within(nine).getAllByRole('cell')[4]).toHaveTextContent(/\/0$/)
    expect(within(nine).getAllByRole('cell')[3]).toHaveTextContent(/\/6$/)
    // The rule view kept its state.
    await user.click(screen.getByRole('tab', { name: 'Rules' }))
    expect(cellAt(gridFromStatement(defined(storedRule(HOURLY))), 9, 4)).toBe(0)
    expect(cell(screen.getByRole('grid'), 'Thursday', '09:00')).toHaveTextContent('')
  })
})
