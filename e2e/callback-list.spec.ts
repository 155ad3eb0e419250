import type { Page } from '@playwright/test'
import {
  callbackRows,
  callbackTable,
  chooseRange,
  columnTexts,
  listSettled,
  listSummary,
  listTotal,
  rowName,
  searchFor,
  toolbar,
} from './callbackPage'
import { DEFAULT_SIM_CONFIG, expect, signIn, test } from './fixtures'
import { expectPageRows } from './listFrame'
import { defined } from '@/test/defined'

/** The Callback list (product.md §2.1–§2.3): pages, sort, search, ranges, metrics, options. */
test.use({ simConfig: { ...DEFAULT_SIM_CONFIG, seedSize: 1500 } })

const pages = (page: Page) => page.getByRole('navigation', { name: 'Pages' })
const number = (n: number) => n.toLocaleString('en-US')

/** "11/21/2026" → "2026-11-21", so dates compare as strings. */
function isoDate(usDate: string): string {
  const [month, day, year] = usDate.split('/')
  return `${year}-${month}-${day}`
}

test('pages of 250 with the total: next page, last page, back to the first', async ({ page }) => {
  await signIn(page, 'supervisor')
  await expect(listSummary(page)).toBeVisible()
  const total = await listTotal(page)
  expect(total).toBeGreaterThan(500)
  await expectPageRows(callbackTable(page), 250)
  await expect(pages(page)).toContainText(`1–250 of ${number(total)}`)
  const firstOfPage1 = await rowName(callbackRows(page).first())

  await pages(page).getByRole('button', { name: 'Next page' }).click()
  await expect(page).toHaveURL('/callback?page=2')
  await expect(pages(page)).toContainText(`251–500 of ${number(total)}`)
  // The rows of page 1 stay, dimmed by the progress bar, until those of page 2 arrive.
  await expect.poll(() => rowName(callbackRows(page).first())).not.toBe(firstOfPage1)
  await listSettled(page)
  await expectPageRows(callbackTable(page), 250)

  const lastPage = Math.ceil(total / 250)
  await pages(page).getByRole('button', { name: 'Last page' }).click()
  await expect(page).toHaveURL(`/callback?page=${lastPage}`)
  await expect(pages(page)).toContainText(
    `${number((lastPage - 1) * 250 + 1)}–${number(total)} of ${number(total)}`,
  )
  await expectPageRows(callbackTable(page), total - (lastPage - 1) * 250)
  await listSettled(page)
  await expect(pages(page).getByRole('button', { name: 'Next page' })).toBeDisabled()

  await pages(page).getByRole('button', { name: 'First page' }).click()
  await expect(page).toHaveURL('/callback')
  await expect(pages(page)).toContainText(`1–250 of ${number(total)}`)
  await expect.poll(() => rowName(callbackRows(page).first())).toBe(firstOfPage1)
})

test('sorts by Phone Number, ascending then descending', async ({ page }) => {
  await signIn(page, 'supervisor')
  const header = callbackTable(page).getByRole('columnheader', { name: 'Phone Number' })
  await header.getByRole('button', { name: 'Phone Number' }).click()
  await expect(page).toHaveURL('/callback?sort=phoneNumber&order=asc')
  await expect(header).toHaveAttribute('aria-sort', 'ascending')
  await expect
    .poll(async () => {
      const numbers = await columnTexts(page, 'Phone Number')
      return (
        numbers.length === 250 && numbers.every((n, i) => i === 0 || defined(numbers[i - 1]) <= n)
      )
    })
    .toBe(true)

  await header.getByRole('button', { name: 'Phone Number' }).click()
  await expect(page).toHaveURL('/callback?sort=phoneNumber')
  await expect(header).toHaveAttribute('aria-sort', 'descending')
  await expect
    .poll(async () => {
      const numbers = await columnTexts(page, 'Phone Number')
      return (
        numbers.length === 250 && numbers.every((n, i) => i === 0 || defined(numbers[i - 1]) >= n)
      )
    })
    .toBe(true)
})

test('the date range decides which days are listed', async ({ page }) => {
  await signIn(page, 'supervisor')
  await expect(listSummary(page)).toBeVisible()
  const last14 = await listTotal(page)

  await chooseRange(page, 'Next 7 Days')
  await expect(page).toHaveURL('/callback?range=next7')
  await listSettled(page)
  const summary = (await listSummary(page).textContent()) ?? ''
  const [, from = '', to = ''] = /· (\S+) – (\S+)$/.exec(summary) ?? []
  expect(await listTotal(page)).not.toBe(last14)
  // Every row's desired time falls within the days the summary names.
  const days = (await columnTexts(page, 'Desired Callback Time')).map((time) =>
    isoDate(defined(time.split(',')[0])),
  )
  expect(days.length).toBeGreaterThan(0)
  for (const day of days) {
    expect(day >= isoDate(from) && day <= isoDate(to), `${day} in ${from} – ${to}`).toBe(true)
  }
})

test('expanding a row shows its queue figures and, on demand, every metric', async ({ page }) => {
  await signIn(page, 'supervisor')
  const row = callbackRows(page).first()
  const details = row.getByRole('button', { name: /^Details of the callback for / })
  await details.click()
  await expect(details).toHaveAttribute('aria-expanded', 'true')
  const region = page.locator(`[id="${await details.getAttribute('aria-controls')}"]`)
  await expect(region.getByText('Position in queue')).toBeVisible()
  await expect(region.getByText('Estimated wait time')).toBeVisible()
  await expect(region.getByText('Callback origination channel')).toHaveCount(0)

  const advanced = region.getByRole('switch', { name: 'Advanced Callback Metrics' })
  await advanced.check()
  await expect(region.getByText('Callback origination channel')).toBeVisible()
  await expect(region.getByText('Callback type', { exact: true })).toBeVisible()
  await advanced.uncheck()
  await expect(region.getByText('Callback origination channel')).toHaveCount(0)

  await details.click()
  await expect(details).toHaveAttribute('aria-expanded', 'false')
  await expect(region).toHaveCount(0)
})

test.describe('kept across a reload', () => {
  // The tenant (session, preferences) survives the reload, as it would for a real backend.
  test.use({ simConfig: { ...DEFAULT_SIM_CONFIG, seedSize: 1500, persist: true } })

  test('search in a chosen column: the URL holds the view and a reload keeps it', async ({
    page,
  }) => {
    await signIn(page, 'supervisor')
    await expect(listSummary(page)).toBeVisible()
    const everything = await listTotal(page)

    await searchFor(page, 'Service Name', 'Night')
    await expect(page).toHaveURL('/callback?field=serviceName&q=Night')
    const onlyNight = async () => {
      const services = await columnTexts(page, 'Service Name')
      return services.length > 0 && services.every((s) => s === 'Claims Night VQ_CB')
    }
    await expect.poll(onlyNight).toBe(true)
    await listSettled(page)
    const matching = await listTotal(page)
    expect(matching).toBeLessThan(everything)

    await page.reload()
    await expect(page).toHaveURL('/callback?field=serviceName&q=Night')
    await expect(page.getByRole('combobox', { name: 'Search in' })).toHaveText('Service Name')
    await expect(page.getByRole('textbox', { name: 'Search' })).toHaveValue('Night')
    await expect(listSummary(page)).toBeVisible()
    expect(await listTotal(page)).toBe(matching)
    expect(await onlyNight()).toBe(true)
  })

  test('Advanced Options: Include Callback ID adds the column, and it stays', async ({ page }) => {
    await signIn(page, 'supervisor')
    await expect(callbackRows(page).first()).toBeVisible()
    await expect(
      callbackTable(page).getByRole('columnheader', { name: 'Callback ID' }),
    ).toHaveCount(0)

    await toolbar(page).getByRole('button', { name: 'Advanced Options' }).click()
    const options = page.getByRole('dialog', { name: 'Advanced Options' })
    await options.getByRole('checkbox', { name: 'Include Callback ID' }).check()
    await options.getByRole('button', { name: 'Save' }).click()
    await expect(options).toBeHidden()
    await expect(
      callbackTable(page).getByRole('columnheader', { name: 'Callback ID' }),
    ).toBeVisible()
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    for (const id of (await columnTexts(page, 'Callback ID')).slice(0, 20)) expect(id).toMatch(uuid)

    await page.reload()
    await expect(
      callbackTable(page).getByRole('columnheader', { name: 'Callback ID' }),
    ).toBeVisible()
    await toolbar(page).getByRole('button', { name: 'Advanced Options' }).click()
    await expect(options.getByRole('checkbox', { name: 'Include Callback ID' })).toBeChecked()
  })
})
