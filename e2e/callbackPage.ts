import type { Locator, Page, Response } from '@playwright/test'
import { expect } from './fixtures'
import { scrollThrough } from './listFrame'
import { addDays } from '@/domain/zonedTime'

/**
 * The Callback tab as a person sees it, by the words on screen (src/i18n/locales/en/callback.json
 * and callbackDialogs.json), for the callback-*.spec.ts files.
 */

/** Open at every hour of every day, with 60-minute slots of 20 places (mocks/seed/tenant.ts). */
export const ALWAYS_OPEN_QUEUE = 'Service 24x7 VQ_CB'

export type SearchColumn =
  'State' | 'Completed Reason' | 'Desired Time' | 'Phone Number' | 'Service Name' | 'Callback ID'

export type RangeName =
  | 'Today'
  | 'Yesterday'
  | 'Tomorrow'
  | 'Last 7 Days'
  | 'Last 14 Days'
  | 'Next 7 Days'
  | 'Next 14 Days'
  | 'Last & Next 14 Days'

export function callbackTable(page: Page): Locator {
  return page.getByRole('table', { name: /^Callbacks, / })
}

/** The callback rows of the table: not its header, nor the details of an expanded row. */
export function callbackRows(page: Page): Locator {
  return callbackTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: /^Details of the callback for / }) })
}

/**
 * Rows whose State column starts with `state`: /^SCHEDULED/ (not "COMPLETED (RESCHEDULED)"),
 * /^COMPLETED \(/ ...
 */
export function rowsInState(page: Page, state: RegExp): Locator {
  return callbackRows(page).filter({ has: page.getByRole('cell', { name: state }) })
}

/** One row, by the number and time that name it to assistive technology ("+4420... at 11/22/..."). */
export function rowNamed(page: Page, name: string): Locator {
  return callbackRows(page).filter({
    has: page.getByRole('button', { name: `Details of the callback for ${name}`, exact: true }),
  })
}

/** "+442079460123 at 11/22/2026, 10:00:00 AM": how the row's own buttons name the callback. */
export async function rowName(row: Locator): Promise<string> {
  const label = await row
    .getByRole('button', { name: /^Details of the callback for / })
    .getAttribute('aria-label')
  const name = label?.replace(/^Details of the callback for /, '')
  if (!name) throw new Error('The row has no details button')
  return name
}

/** The State cell of a row, e.g. "COMPLETED (CANCELLED_BY_ADMIN)". */
export function stateCell(row: Locator): Locator {
  return row
    .getByRole('cell')
    .filter({ hasText: /^(SCHEDULED|QUEUED|ROUTING|PROCESSING|COMPLETED)/ })
}

/**
 * The row named so, scrolled into the drawn part of the list if it is on the page (the list draws
 * only the rows in view).
 */
export function revealRow(page: Page, name: string): Promise<Locator> {
  return revealRows(page, rowNamed(page, name))
}

/**
 * `rows` once at least `count` of them are drawn, the list scrolled down to them if need be: it
 * draws only the rows in view, and how far down the first COMPLETED one is depends on the time of
 * day.
 */
export async function revealRows(page: Page, rows: Locator, count = 1): Promise<Locator> {
  await expect(callbackRows(page).first()).toBeVisible()
  if ((await rows.count()) < count)
    await scrollThrough(callbackTable(page), async () => (await rows.count()) >= count)
  return rows
}

/** The text of one column in every callback row of the page, top to bottom, scrolling through it. */
export async function columnTexts(page: Page, header: string): Promise<string[]> {
  const table = callbackTable(page)
  const byRow = new Map<number, string>()
  await scrollThrough(table, async () => {
    const drawn = await table.evaluate((element, header) => {
      const headers = [...element.querySelectorAll('thead th')].map((th) => th.textContent.trim())
      const index = headers.indexOf(header)
      if (index < 0) throw new Error(`No column "${header}" in ${headers.join(', ')}`)
      return [...element.querySelectorAll('tbody tr[aria-rowindex]')]
        .filter((row) => (row as HTMLTableRowElement).cells.length === headers.length)
        .map((row) => ({
          at: Number(row.getAttribute('aria-rowindex')),
          text: (row as HTMLTableRowElement).cells[index]?.textContent.trim() ?? '',
        }))
    }, header)
    for (const { at, text } of drawn) byRow.set(at, text)
    return false
  })
  await table.evaluate((element) => element.parentElement?.scrollTo({ top: 0 }))
  // Every row of the page was seen: a row missed by the scroll would pass for a row not there.
  const rowCount = Number(await table.getAttribute('aria-rowcount'))
  const missed = Array.from({ length: rowCount - 1 }, (_, i) => i + 2).filter(
    (at) => !byRow.has(at),
  )
  expect(missed, 'rows (aria-rowindex) never drawn while scrolling through the page').toEqual([])
  return [...byRow].sort(([a], [b]) => a - b).map(([, text]) => text)
}

/**
 * Pick an option of one of the list's drop-downs (Date range, Search in, Auto-refresh). A menu
 * still open 2 s after the click gets the click again, as a person would do: once in a CI run,
 * on a machine loaded by two browsers, a click on an option left the menu open and unchanged.
 */
export async function chooseOption(page: Page, combobox: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: combobox }).click()
  const listbox = page.getByRole('listbox', { name: combobox })
  await expect(async () => {
    if (await listbox.isVisible())
      await listbox.getByRole('option', { name: option, exact: true }).click({ timeout: 2000 })
    await expect(listbox).toBeHidden({ timeout: 2000 })
  }).toPass()
  await expect(page.getByRole('combobox', { name: combobox })).toHaveText(option)
}

/**
 * The next answer to a list request matching `query` (the API's parameters: from, searchTerm, page,
 * sort...). Call it before the action that changes the list, await it after.
 */
export function listResponse(
  page: Page,
  query: (params: URLSearchParams) => boolean = () => true,
): Promise<Response> {
  return page.waitForResponse((response) => {
    const url = new URL(response.url())
    return (
      url.pathname === '/admin/v1/callbacks' &&
      response.request().method() === 'GET' &&
      query(url.searchParams)
    )
  })
}

/**
 * Waits until the page shows the list's answer: its total in the summary line and its first
 * callback in the first row. The answer can arrive before the page has drawn the new view (the
 * request starts at the click), so having the response alone says nothing about the screen.
 */
export async function listShows(page: Page, answer: Promise<Response>): Promise<void> {
  const { data } = (await (await answer).json()) as {
    data: { total: number; items: { phoneNumber: string }[] }
  }
  const { total, items } = data
  const first = items[0]
  if (!first) {
    await expect(emptyList(page)).toBeVisible()
    return
  }
  await expect(listSummary(page)).toHaveText(
    new RegExp(`^${total.toLocaleString('en')} callbacks? · `),
  )
  await expect(callbackRows(page).first()).toContainText(first.phoneNumber)
  await listSettled(page)
}

/** Chooses a date range and waits for its callbacks. */
export async function chooseRange(page: Page, range: RangeName): Promise<void> {
  const loaded = listResponse(page)
  await chooseOption(page, 'Date range', range)
  await listShows(page, loaded)
  await expect(
    page.getByRole('table', { name: `Callbacks, ${range}` }).or(emptyList(page)),
  ).toBeVisible()
}

/**
 * Narrows the list to the always-open queue over every day kept (Last & Next 14 Days), latest
 * first: its bookings of the days ahead, SCHEDULED, come first and its COMPLETED callbacks further
 * down, on one page whatever the time. Tests that need SCHEDULED callbacks start here: in the
 * default view (Last 14 Days) only today's later bookings are still SCHEDULED, and late in the
 * evening there are few or none among the rows drawn.
 */
export async function showAlwaysOpenQueue(page: Page): Promise<void> {
  await chooseRange(page, 'Last & Next 14 Days')
  await searchFor(page, 'Service Name', ALWAYS_OPEN_QUEUE)
}

/** Searches one column, as a person types, and waits for the matching callbacks. */
export async function searchFor(page: Page, column: SearchColumn, term: string): Promise<void> {
  const field = page.getByRole('combobox', { name: 'Search in' })
  if ((await field.textContent()) !== column) await chooseOption(page, 'Search in', column)
  const loaded = listResponse(page, (params) => params.get('searchTerm') === term)
  await page.getByRole('textbox', { name: 'Search' }).fill(term)
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === term)
  await listShows(page, loaded)
}

/** "No callbacks to show", with what to do about it. */
export function emptyList(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: 'No callbacks to show' })
}

/** The line above the table: "1,234 callbacks · 11/07/2026 – 11/21/2026". */
export function listSummary(page: Page): Locator {
  return page.getByText(/^[\d,]+ callbacks? · /)
}

/** The number of callbacks the list says it has, once it has loaded. */
export async function listTotal(page: Page): Promise<number> {
  const text = (await listSummary(page).textContent()) ?? ''
  return Number(text.replace(/ callbacks? · .*$/, '').replaceAll(',', ''))
}

/**
 * The list is not fetching any more (the thin progress bar above the table is gone). Alone, it may
 * pass before a change has started loading: pair it with listResponse or a visible change.
 */
export async function listSettled(page: Page): Promise<void> {
  await expect(page.getByRole('progressbar', { name: 'Updating the list' })).toHaveCount(0)
  await expect(listSummary(page)).toBeVisible()
}

export function toolbar(page: Page): Locator {
  return page.getByRole('toolbar', { name: 'Callback actions' })
}

/** The message the list shows after a change (a snackbar), e.g. "Callback created.". */
export function notice(page: Page, text: string | RegExp): Locator {
  return page.getByRole('status').filter({ hasText: text })
}

/** Opens "Add New Callback" and waits for the user's queues. */
export async function openCreateDialog(page: Page): Promise<Locator> {
  await toolbar(page).getByRole('button', { name: 'Create Callback' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add New Callback' })
  await expect(dialog.getByRole('combobox', { name: 'Service Type' })).toBeEnabled()
  return dialog
}

/** Fills in an immediate callback in "Add New Callback" (it does not submit). */
export async function fillImmediateCallback(
  dialog: Locator,
  { service, number }: { service: string; number: string },
): Promise<void> {
  await dialog.getByRole('radio', { name: 'Immediate' }).check()
  await dialog.getByRole('combobox', { name: 'Service Type' }).selectOption(service)
  await dialog.getByRole('textbox', { name: 'Customer Number' }).fill(number)
}

/** "2026-11-22" → "11/22/2026", as the list shows dates in English. */
export function usDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-')
  return `${month}/${day}/${year}`
}

/**
 * Sets Desired Date to `daysAhead` days after the first bookable date (today) unless told to keep
 * it, then picks the first Available Time Slot once the free slots of that day are listed; returns
 * the option's label.
 */
export async function pickSlot(
  dialog: Locator,
  { daysAhead, service }: { daysAhead?: number; service?: string } = {},
): Promise<{ date: string; label: string }> {
  const date = dialog.getByLabel('Desired Date')
  if (daysAhead !== undefined) {
    const today = await date.getAttribute('min')
    if (!today) throw new Error('Desired Date has no first bookable date')
    await date.fill(addDays(today, daysAhead))
  }
  // The queue last: the slots are then asked for once, for the chosen day.
  if (service) await dialog.getByRole('combobox', { name: 'Service Type' }).selectOption(service)
  const slot = dialog.getByRole('combobox', { name: 'Available Time Slot' })
  await expect(slot).toBeEnabled()
  const first = slot.locator('option:not([value=""]):not([disabled])').first()
  const label = (await first.textContent()) ?? ''
  await slot.selectOption({ label })
  return { date: await date.inputValue(), label }
}

/** The Correlation ID an error shows, with the message. */
export const CORRELATION_ID = /Correlation ID: [0-9a-f-]{36}/
