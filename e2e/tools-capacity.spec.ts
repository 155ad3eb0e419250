import type { Locator, Page } from '@playwright/test'
import { capacityAt, type CapacityStatement } from '../src/domain/capacityRule'
import { expect, expectNoA11yViolations, setFault, signIn, test, type Account } from './fixtures'
import { defined } from '@/test/defined'

/**
 * Tools > Capacity in the production build: the calendar by keyboard, real Ctrl+V / Ctrl+C, bad
 * pastes, saving and its effect on the queue's availability, delete refused while assigned, roles,
 * an injected save failure, and axe on each view and dialog.
 */
test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

const WEST = 'Sales West VQ_CB' // Los Angeles, "Weekday hourly"
const SERVER_ERROR_LOGGED = /^Failed to load resource: the server responded with a status of 500\b/
const CORRELATION_ID = /Correlation ID: [0-9a-f-]{36}/

async function open(page: Page, account: Exclude<Account, 'agent'> = 'admin') {
  await page.goto('/tools/capacity')
  await signIn(page, account)
  await expect(page.getByRole('heading', { level: 1, name: 'Capacity' })).toBeVisible()
  await expect(grid(page)).toBeVisible()
}

const grid = (page: Page) => page.getByRole('grid')
const corner = (page: Page) => grid(page).getByRole('columnheader', { name: 'Timeslot' })

/** The cell of a day column ("Monday") in a time row ("08:00"). */
function cell(page: Page, day: string, time: string): Locator {
  const days = [
    'Timeslot',
    'Set All',
    'Sunday',
    'Monday',
    'Tuesday',
    'Wednesday',
    'Thursday',
    'Friday',
    'Saturday',
  ]
  return grid(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: time, exact: true }) })
    .locator(`[data-c="${days.indexOf(day)}"]`)
}

async function paste(page: Page, text: string) {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text)
  await page.keyboard.press('ControlOrMeta+V')
}

/** The simulator's answer to an API call made from the page (through its service worker). */
function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: 'include' })
    return ((await response.json()) as { data: unknown }).data
  }, path) as Promise<T>
}

const chooseRule = (page: Page, name: string) =>
  page.getByLabel('Scheduled Capacity Rules').selectOption({ label: name })

test('an administrator creates a rule, pastes a statement, edits by keyboard and saves', async ({
  page,
}) => {
  await open(page)
  await page.getByRole('button', { name: 'Add New Capacity' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add New Capacity' })
  await expectNoA11yViolations(page)
  await dialog.getByLabel('Name').fill('Christmas week')
  await dialog.getByRole('button', { name: 'Create Rule' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByLabel('Scheduled Capacity Rules')).toHaveValue(/.+/)
  await expect(page.getByText('Associated with 0 VQ(s).')).toBeVisible()

  // Nothing selected: the statement replaces the whole rule, and takes its Timeslot Length.
  await corner(page).click()
  await paste(page, '{"days":{"mon":{"08:00":4,"08:30":5},"sat":{"23:30":1}},"duration":30}')
  await expect(
    page.getByRole('status').filter({ hasText: 'Pasted: the whole rule was replaced.' }),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Half hour' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(cell(page, 'Monday', '08:30')).toHaveText('5')
  await expect(cell(page, 'Saturday', '23:30')).toHaveText('1')

  // Keyboard: from Monday 08:30 right to Tuesday, type a value, Enter.
  await cell(page, 'Monday', '08:30').click()
  await page.keyboard.press('ArrowRight')
  await expect(cell(page, 'Tuesday', '08:30')).toBeFocused()
  await page.keyboard.type('12')
  await page.keyboard.press('Enter')
  await expect(cell(page, 'Tuesday', '08:30')).toHaveText('12')
  await expect(cell(page, 'Tuesday', '08:30')).toBeFocused()
  // A number pasted with a cell selected fills that cell only.
  await page.keyboard.press('ArrowDown')
  await paste(page, '7')
  await expect(cell(page, 'Tuesday', '09:00')).toHaveText('7')
  await expect(cell(page, 'Monday', '08:00')).toHaveText('4')
  // Set All for 10:00 by keyboard: Home goes to the time, then one step right.
  await cell(page, 'Monday', '10:00').click()
  await page.keyboard.press('Home')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('F2')
  await page.keyboard.type('3')
  await page.keyboard.press('Enter')
  for (const day of ['Sunday', 'Wednesday', 'Saturday'])
    await expect(cell(page, day, '10:00')).toHaveText('3')
  await expectNoA11yViolations(page)

  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(/^Saved\./)).toBeVisible()
  const rules = await apiGet<Array<CapacityStatement & { name: string; version: number }>>(
    page,
    '/admin/v1/capacity-rules',
  )
  const saved = defined(rules.find((r) => r.name === 'Christmas week'))
  expect(saved.version).toBe(2)
  expect(saved.duration).toBe(30)
  expect(saved.days.mon).toEqual({ '08:00': 4, '08:30': 5, '10:00': 3 })
  expect(saved.days.tue).toEqual({ '08:30': 12, '09:00': 7, '10:00': 3 })

  // Copy the rule back out with nothing selected.
  await corner(page).click()
  await page.evaluate(() => navigator.clipboard.writeText(''))
  await page.keyboard.press('ControlOrMeta+C')
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toContain('"duration":30')
  const copied = JSON.parse(
    await page.evaluate(() => navigator.clipboard.readText()),
  ) as CapacityStatement
  expect(copied.days).toEqual(saved.days)
})

test('a saved rule changes the queue availability at once', async ({ page }) => {
  await open(page)
  await chooseRule(page, 'Weekday hourly')
  await corner(page).click()
  const statement: CapacityStatement = {
    days: Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [
        day,
        { '09:00': 1, '10:00': 9, '11:00': 2 },
      ]),
    ),
    duration: 60,
  }
  await paste(page, JSON.stringify(statement))
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(/^Saved\./)).toBeVisible()

  const { slots } = await apiGet<{ slots: Array<{ utcTime: string; total: number }> }>(
    page,
    `/admin/v1/queues/${encodeURIComponent(WEST)}/availability?numberOfDays=7&reportBusy=true`,
  )
  expect(slots.length).toBeGreaterThan(0)
  for (const slot of slots) {
    expect(slot.total).toBe(capacityAt(statement, 'America/Los_Angeles', Date.parse(slot.utcTime)))
  }
  expect(new Set(slots.map((s) => s.total))).toEqual(new Set([0, 1, 2, 9]))
})

test('keyboard: one tab stop, arrows, Home/End, Ctrl+Home/End, Escape selects no cell', async ({
  page,
}) => {
  await open(page)
  await page.getByRole('button', { name: 'Paste JSON…' }).focus()
  await page.keyboard.press('Tab')
  await expect(corner(page)).toBeFocused()
  await expect(page.getByText('Selected: the whole calendar (no cell)')).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(grid(page).locator(':focus')).toHaveCount(0)
  await page.keyboard.press('Shift+Tab')
  await expect(corner(page)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('End')
  await expect(cell(page, 'Saturday', '00:00')).toBeFocused()
  await page.keyboard.press('Control+End')
  await expect(cell(page, 'Saturday', '23:00')).toBeFocused()
  await expect(cell(page, 'Saturday', '23:00')).toBeInViewport()
  await page.keyboard.press('Control+Home')
  await expect(corner(page)).toBeFocused()
  await page.keyboard.press('PageDown')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(cell(page, 'Monday', '06:00')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(corner(page)).toBeFocused()
})

test('a bad paste names the problem and changes nothing', async ({ page }) => {
  await open(page)
  await chooseRule(page, 'Weekday hourly')
  await corner(page).click()
  for (const [text, message] of [
    ['{"days":{"fri2":{"08:00":1}},"duration":60}', 'Unknown day "fri2"'],
    [
      '{"days":{"mon":{"07:15":1}},"duration":30}',
      'Time "07:15" on mon is not on the half-hour grid',
    ],
    [
      '{"days":{"mon":{"08:00":-1}},"duration":60}',
      'Value -1 at mon 08:00 is not allowed: values cannot be negative.',
    ],
    ['{"days":{},"duration":45}', 'Duration 45 is not allowed'],
    [
      '{"days": {"mon": {"08:00": 1}',
      'Not valid JSON at line 1, column 30 (position 29): expected "," or "}", found the end of the text.',
    ],
  ] as const) {
    await paste(page, text)
    await expect(page.getByRole('alert')).toContainText(message)
  }
  await expect(cell(page, 'Monday', '08:00')).toHaveText('6')
  await expect(page.getByText('Unsaved changes')).toBeHidden()
  await expectNoA11yViolations(page)
})

test('a rule in use cannot be deleted; an unused one can', async ({ page }) => {
  await open(page)
  await chooseRule(page, 'Half-hour peak')
  await expect(page.getByText(/Associated with 2 VQ\(s\)/)).toBeVisible()
  await page.getByRole('button', { name: 'Delete Capacity' }).click()
  const refused = page.getByRole('dialog', { name: '“Half-hour peak” cannot be deleted' })
  await expect(refused).toContainText('It is assigned to 2 queues.')
  await expectNoA11yViolations(page)
  await refused.getByRole('button', { name: 'Close' }).click()

  await chooseRule(page, 'Weekend cover')
  await page.getByRole('button', { name: 'Delete Capacity' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete “Weekend cover”?' })
  // The safe choice has the focus.
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await confirm.getByRole('button', { name: 'Delete Capacity' }).click()
  await expect(page.getByText('“Weekend cover” was deleted.')).toBeVisible()
  await expect(page.getByLabel('Scheduled Capacity Rules').locator('option')).toHaveText([
    'Weekday hourly',
    'Half-hour peak',
    'March campaign',
  ])
})

test('a supervisor reads the calendar and the bookings but cannot change a rule', async ({
  page,
}) => {
  await open(page, 'supervisor')
  await expect(
    page.getByText('Read only: only an Administrator can change capacity rules.'),
  ).toBeVisible()
  for (const name of ['Add New Capacity', 'Delete Capacity', 'Save', 'Revert']) {
    await expect(page.getByRole('button', { name })).toHaveCount(0)
  }
  await cell(page, 'Monday', '08:00').click()
  await page.keyboard.press('ArrowDown')
  await expect(cell(page, 'Monday', '09:00')).toBeFocused()
  await page.keyboard.type('5')
  await page.keyboard.press('Delete')
  await expect(cell(page, 'Monday', '09:00')).toHaveText('6')
  await expectNoA11yViolations(page)

  await page.getByRole('tab', { name: 'Booked vs capacity' }).click()
  await expect(
    page.getByRole('table', { name: /Booked versus capacity for Sales West VQ_CB/ }),
  ).toBeVisible()
  await expect(page.getByText(/places booked this week/)).toBeVisible()
  await expectNoA11yViolations(page)
})

test('a monitor cannot open the page', async ({ page }) => {
  await page.goto('/tools/capacity')
  await signIn(page, 'monitor')
  await expect(page.getByRole('heading', { name: 'Not authorized' })).toBeVisible()
  await expect(page.getByRole('grid')).toHaveCount(0)
})

test('a failed save shows the correlation ID, keeps the edits, and Try again saves', async ({
  page,
  consoleErrors,
}) => {
  consoleErrors.allow(SERVER_ERROR_LOGGED)
  await open(page)
  await chooseRule(page, 'March campaign')
  await cell(page, 'Sunday', '09:00').click()
  await page.keyboard.type('8')
  await page.keyboard.press('Enter')
  await setFault(page, 'PUT /admin/v1/capacity-rules/:id', { kind: 'error', times: 1 })
  await page.getByRole('button', { name: 'Save' }).click()
  const alert = page.getByRole('alert').filter({ hasText: 'The rule was not saved' })
  await expect(alert).toContainText(CORRELATION_ID)
  await expect(cell(page, 'Sunday', '09:00')).toHaveText('8')
  await expect(page.getByText('Unsaved changes')).toBeVisible()
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByText(/^Saved\./)).toBeVisible()
  const rule = defined(
    (
      await apiGet<Array<CapacityStatement & { id: string; version: number }>>(
        page,
        '/admin/v1/capacity-rules',
      )
    ).find((r) => r.id === 'capacity-march-campaign'),
  )
  expect(rule.version).toBe(2)
  expect(rule.days.sun).toEqual({ '09:00': 8 })
})

test('the booked-versus-capacity view in French is accessible', async ({ page }) => {
  await page.goto('/tools/capacity?view=usage')
  await signIn(page, 'admin')
  await page.getByRole('button', { name: /^Language:/ }).click()
  await page.getByRole('menuitem', { name: 'Français' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Capacité' })).toBeVisible()
  await expect(page.getByRole('table', { name: /Réservé par rapport à la capacité/ })).toBeVisible()
  await expectNoA11yViolations(page)
  await page.getByRole('tab', { name: 'Règles' }).click()
  await expect(page.getByRole('grid', { name: /Calendrier de capacité/ })).toBeVisible()
  await expectNoA11yViolations(page)
})
