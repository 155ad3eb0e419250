import type { Page } from '@playwright/test'
import {
  ALWAYS_OPEN_QUEUE,
  callbackRows,
  fillImmediateCallback,
  notice,
  openCreateDialog,
  revealRow,
  rowName,
  rowsInState,
  showAlwaysOpenQueue,
  toolbar,
} from './callbackPage'
import {
  api,
  countCallbacks,
  DEFAULT_SIM_CONFIG,
  expect,
  expectNoA11yViolations,
  setLatency,
  signIn,
  test,
} from './fixtures'

/**
 * Reliability (issue 11): what a clumsy or hostile user does must neither double nor lose a write.
 * Gestures are doubled at a high latency, so the second one lands while the first is in flight.
 */
test.use({ simConfig: { ...DEFAULT_SIM_CONFIG, seedSize: 600 } })

const LATENCY_MS = 700

/** Every write request the page sends to the admin API, as "METHOD /path". */
function recordWrites(page: Page): string[] {
  const writes: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (request.method() !== 'GET' && url.pathname.startsWith('/admin/v1/'))
      writes.push(`${request.method()} ${url.pathname}`)
  })
  return writes
}

test.describe('doubled gestures', () => {
  test('Enter in the form then a click on Create Callback creates one callback', async ({
    page,
  }) => {
    const e164 = '+442079460188'
    await signIn(page, 'supervisor')
    await expect(callbackRows(page).first()).toBeVisible()
    const stored = await countCallbacks(page, { phoneNumber: e164 })

    const dialog = await openCreateDialog(page)
    await fillImmediateCallback(dialog, { service: ALWAYS_OPEN_QUEUE, number: '+44 20 7946 0188' })
    await setLatency(page, LATENCY_MS)
    const writes = recordWrites(page)
    const button = dialog.getByRole('button', { name: 'Create Callback' })
    const box = await button.boundingBox()
    if (!box) throw new Error('The Create Callback button is not on screen')
    await dialog.getByRole('textbox', { name: 'Customer Number' }).press('Enter')
    // Where the button is, whatever state it shows by then, as a person's click would.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await expect(dialog).toBeHidden()
    expect(writes).toEqual(['POST /admin/v1/callbacks'])
    await expect(notice(page, 'Callback created.')).toBeVisible()
    expect(await countCallbacks(page, { phoneNumber: e164 })).toBe(stored + 1)
  })

  test('a double click on Confirm cancels once and reports what happened', async ({ page }) => {
    await signIn(page, 'supervisor')
    await expect(callbackRows(page).first()).toBeVisible()
    await showAlwaysOpenQueue(page)
    const toCancel = [
      await rowName(rowsInState(page, /^SCHEDULED/).nth(0)),
      await rowName(rowsInState(page, /^SCHEDULED/).nth(1)),
    ]
    for (const name of toCancel) await (await revealRow(page, name)).getByRole('checkbox').check()
    await toolbar(page).getByRole('button', { name: 'Cancel Callbacks' }).click()
    const dialog = page.getByRole('dialog', { name: 'Cancel Callbacks' })
    await setLatency(page, LATENCY_MS)
    const writes = recordWrites(page)
    await dialog.getByRole('button', { name: 'Confirm' }).dblclick()
    await expect(dialog.getByRole('status')).toHaveText(
      '2 callbacks cancelled, 0 excluded, 0 failed.',
    )
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(notice(page, 'Cancelled: 2. Excluded: 0. Failed: 0.')).toBeVisible()
    expect(writes.filter((w) => w.endsWith('/bulk-cancel'))).toHaveLength(1)

    // The cancellation report lists each callback once, as cancelled.
    await toolbar(page).getByRole('button', { name: 'Export Cancelled Reports' }).click()
    const report = page.getByRole('dialog', { name: 'Export Cancelled Reports' })
    await expect(report).toContainText('2 cancellation requests in the last 24 hours.')
    const rows = report.getByRole('table', { name: 'Cancellation Summary Report' }).getByRole('row')
    await expect(rows).toHaveCount(3)
    for (const name of toCancel) {
      await expect(rows.filter({ hasText: name.split(' at ')[0] ?? name })).toContainText(
        'CANCELLED',
      )
    }
  })

  test('a double click on Save sends one save of a capacity rule', async ({ page }) => {
    await page.goto('/tools/capacity?rule=capacity-march-campaign')
    await signIn(page, 'admin')
    const grid = page.getByRole('grid')
    await expect(grid).toBeVisible()
    // Sunday (column 2) at 09:00.
    await grid
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: '09:00', exact: true }) })
      .locator('[data-c="2"]')
      .click()
    await page.keyboard.type('8')
    await page.keyboard.press('Enter')
    await setLatency(page, LATENCY_MS)
    const writes = recordWrites(page)
    await page.getByRole('button', { name: 'Save' }).dblclick()
    await expect(page.getByText(/^Saved\./)).toBeVisible()
    expect(writes).toEqual(['PUT /admin/v1/capacity-rules/capacity-march-campaign'])
    await expect(page.getByRole('dialog')).toBeHidden()
  })
})

test.describe("a restricted user's writes", () => {
  test('a Sales supervisor reads a rule of other lines of business but cannot change it', async ({
    page,
  }) => {
    await page.goto('/tools/number-rules?rule=numbers-europe-no-premium')
    await signIn(page, 'sales.supervisor')
    const editor = page.getByRole('region', { name: 'Europe — no premium' })
    await expect(editor.getByText(/^You can read this rule but not change it/)).toBeVisible()
    await expect(editor.getByRole('textbox', { name: 'Rule Name' })).toHaveCount(0)
    await expect(editor.getByRole('button', { name: 'Save Changes' })).toHaveCount(0)
    await expectNoA11yViolations(page)

    // Sent anyway, the change is refused and nothing is stored.
    const rule = await api(page, 'GET', '/admin/v1/number-rules/numbers-europe-no-premium')
    const before = rule.data as { version: number; name: string; blockedPatterns: string[] }
    const put = await api(page, 'PUT', '/admin/v1/number-rules/numbers-europe-no-premium', {
      name: before.name,
      permittedCountries: ['FR'],
      blockedPatterns: before.blockedPatterns,
      version: before.version,
    })
    expect([put.status, put.code]).toEqual([403, 40301])
    const after = await api(page, 'GET', '/admin/v1/number-rules/numbers-europe-no-premium')
    expect(after.data).toMatchObject({ version: before.version })
  })
})
