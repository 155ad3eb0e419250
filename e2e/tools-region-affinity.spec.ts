import type { Locator, Page } from '@playwright/test'
import {
  api,
  DEFAULT_SIM_CONFIG,
  expect,
  expectNoA11yViolations,
  nextFrame,
  setFault,
  signIn,
  test,
} from './fixtures'
import { ALWAYS_OPEN_QUEUE, callbackRows, searchFor } from './callbackPage'
import { defined } from '@/test/defined'

/**
 * Tools > Region Affinity: rules of three columns moved by keyboard and by mouse, saved and
 * reverted; Administrator only; and the effect of a region marked down on where a callback is
 * served (mocks/seed/regionRules.ts: "West Coast first" prefers Oregon, falls back to N. California).
 */
const PAGE = '/tools/region-affinity'
const WEST = 'region-west-coast-first'

type Column = 'Preferred Regions' | 'Fallback Regions' | 'Ignored Regions'

function column(page: Page, name: Column): Locator {
  return page.getByRole('list', { name })
}

/** Region IDs of a column, top to bottom. */
function regionsIn(page: Page, name: Column): Promise<string[]> {
  return column(page, name)
    .getByRole('listitem')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-region') ?? ''))
}

async function openPage(page: Page): Promise<void> {
  await page.goto(PAGE)
  await signIn(page, 'admin')
  await expect(page.getByRole('heading', { name: 'Rule “West Coast first”' })).toBeVisible()
}

/**
 * Picks a region up by keyboard. dnd-kit listens for the arrow keys from the task after the pick-up
 * and measures the columns on the frame after it: a key pressed sooner is not heard (no person is
 * that quick, a test on a busy machine is).
 */
async function pickUp(page: Page, region: string, from: Column): Promise<void> {
  await page.getByRole('button', { name: `Drag ${region}` }).focus()
  await page.keyboard.press('Space')
  await expect(page.getByText(new RegExp(`^Picked up ${region} from ${from}`))).toBeAttached()
  await nextFrame(page)
}

/** Where to drop in a column: near its top, or in the free space below its last region. */
async function dropPoint(page: Page, to: Column, where: 'top' | 'bottom') {
  const target = await page.locator('[data-column]', { has: column(page, to) }).boundingBox()
  if (!target) throw new Error(`${to} not on screen`)
  const y = where === 'top' ? target.y + 90 : target.y + target.height - 15
  return { x: target.x + target.width / 2, y }
}

/** Drag a region by its handle with the mouse and drop it at a point of a column. */
async function dragWithMouse(page: Page, region: string, to: Column, where: 'top' | 'bottom') {
  const handle = await page.getByRole('button', { name: `Drag ${region}` }).boundingBox()
  if (!handle) throw new Error(`${region} not on screen`)
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2)
  await page.mouse.down()
  // A few pixels first: the pointer sensor starts a drag after 4 px.
  await page.mouse.move(handle.x + handle.width / 2 + 10, handle.y + handle.height / 2, {
    steps: 3,
  })
  // The columns reflow while a region is carried over them, so the point is measured again until
  // the page says the region is over the column (on a busy machine that can take more than one go).
  await expect(async () => {
    const { x, y } = await dropPoint(page, to, where)
    await page.mouse.move(x, y, { steps: 10 })
    await expect(page.getByText(new RegExp(`^${region} is over ${to}`))).toBeAttached({
      timeout: 2000,
    })
  }).toPass({ timeout: 20_000 })
  await page.mouse.up()
}

test.describe('as an Administrator', () => {
  test('creates a rule, moves regions by keyboard and by mouse, and saves it', async ({ page }) => {
    await openPage(page)
    await expectNoA11yViolations(page)

    await page.getByRole('button', { name: 'Create New Rule' }).click()
    const dialog = page.getByRole('dialog', { name: 'Create Region Affinity Rule' })
    await expectNoA11yViolations(page)
    await dialog.getByRole('textbox', { name: 'Rule name' }).fill('Follow the sun')
    await dialog.getByRole('button', { name: 'Create' }).click()
    await expect(page.getByRole('heading', { name: 'New rule “Follow the sun”' })).toBeVisible()
    expect(await regionsIn(page, 'Preferred Regions')).toEqual([])
    expect(await regionsIn(page, 'Ignored Regions')).toHaveLength(8)
    await expect(page.getByText('Preferred region required')).toBeVisible()

    // Keyboard: pick Sydney up, two columns to the left, drop.
    await pickUp(page, 'Sydney', 'Ignored Regions')
    await page.keyboard.press('ArrowLeft')
    await expect(page.getByText('Sydney is over Fallback Regions, position 1.')).toBeAttached()
    await page.keyboard.press('ArrowLeft')
    await expect(page.getByText('Sydney is over Preferred Regions, position 1.')).toBeAttached()
    await page.keyboard.press('Space')
    await expect(
      page.getByText('Sydney dropped in Preferred Regions, position 1 of 1.'),
    ).toBeAttached()
    expect(await regionsIn(page, 'Preferred Regions')).toEqual(['ap-southeast-2'])

    // Mouse: Tokyo under Sydney, Ireland into the (empty) fallback column.
    await dragWithMouse(page, 'Tokyo', 'Preferred Regions', 'bottom')
    await expect
      .poll(() => regionsIn(page, 'Preferred Regions'))
      .toEqual(['ap-southeast-2', 'ap-northeast-1'])
    await dragWithMouse(page, 'Ireland', 'Fallback Regions', 'top')
    await expect.poll(() => regionsIn(page, 'Fallback Regions')).toEqual(['eu-west-1'])
    await expect(page.getByTestId('connection-order')).toHaveText(
      'Connect to Sydney first, then Tokyo; if neither answers, Ireland. Never: Virginia, Ohio, N. California, Oregon, Frankfurt.',
    )
    await expectNoA11yViolations(page)

    await page.getByRole('button', { name: 'Save Changes' }).click()
    await expect(
      page.getByRole('status').filter({ hasText: 'Rule “Follow the sun” saved.' }),
    ).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Rule “Follow the sun”' })).toBeVisible()
    const rules = await api(page, 'GET', '/admin/v1/region-rules')
    expect(rules.data).toContainEqual(
      expect.objectContaining({
        name: 'Follow the sun',
        preferred: ['ap-southeast-2', 'ap-northeast-1'],
        fallback: ['eu-west-1'],
      }),
    )
  })

  test('Escape cancels a drag; Revert restores the saved order', async ({ page }) => {
    await openPage(page)
    await pickUp(page, 'Oregon', 'Preferred Regions')
    await page.keyboard.press('ArrowRight')
    await expect(page.getByText(/^Oregon is over Fallback Regions/)).toBeAttached()
    await page.keyboard.press('Escape')
    await expect(
      page.getByText('Moving Oregon was cancelled. It is back in Preferred Regions.'),
    ).toBeAttached()
    expect(await regionsIn(page, 'Preferred Regions')).toEqual(['us-west-2'])

    await page.getByRole('button', { name: 'Move Ohio' }).click()
    await page.getByRole('menuitem', { name: 'Move to Preferred Regions' }).click()
    await page.getByRole('button', { name: 'Move Ohio' }).click()
    await page.getByRole('menuitem', { name: 'Move up' }).click()
    expect(await regionsIn(page, 'Preferred Regions')).toEqual(['us-east-2', 'us-west-2'])
    await expect(page.getByTestId('connection-order')).toContainText(
      'Connect to Ohio first, then Oregon',
    )
    await page.getByRole('button', { name: 'Revert' }).click()
    expect(await regionsIn(page, 'Preferred Regions')).toEqual(['us-west-2'])
    expect(await regionsIn(page, 'Fallback Regions')).toEqual(['us-west-1'])
    await expect(page.getByRole('button', { name: 'Save Changes' })).toBeDisabled()
  })

  test('will not save a rule without a preferred region', async ({ page }) => {
    await openPage(page)
    await dragWithMouse(page, 'Oregon', 'Ignored Regions', 'bottom')
    await expect.poll(() => regionsIn(page, 'Preferred Regions')).toEqual([])
    await page.getByRole('button', { name: 'Save Changes' }).click()
    await expect(page.getByRole('alert')).toContainText('Preferred region required')
    const saved = await api(page, 'GET', `/admin/v1/region-rules/${WEST}`)
    expect(saved.data).toMatchObject({ version: 1, preferred: ['us-west-2'] })
  })

  test('a failed save shows the correlation ID, keeps the edits, and saves on retry', async ({
    page,
    consoleErrors,
  }) => {
    consoleErrors.allow(/status of 500/)
    await openPage(page)
    await page.getByRole('button', { name: 'Move Frankfurt' }).click()
    await page.getByRole('menuitem', { name: 'Move to Fallback Regions' }).click()
    await setFault(page, 'PUT /admin/v1/region-rules/:id', { kind: 'error', times: 1 })
    await page.getByRole('button', { name: 'Save Changes' }).click()
    const alert = page.getByRole('alert').filter({ hasText: 'The rule was not saved' })
    await expect(alert.getByTestId('corr-id')).toHaveText(/[0-9a-f-]{36}/)
    expect(await regionsIn(page, 'Fallback Regions')).toEqual(['us-west-1', 'eu-central-1'])
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'saved.' })).toBeVisible()
    const saved = await api(page, 'GET', `/admin/v1/region-rules/${WEST}`)
    expect(saved.data).toMatchObject({ version: 2, fallback: ['us-west-1', 'eu-central-1'] })
  })

  test('deletes an unassigned rule after asking; an assigned one cannot be deleted', async ({
    page,
  }) => {
    await openPage(page)
    await expect(page.getByRole('button', { name: 'Delete Rule' })).toBeDisabled()
    await expect(page.getByText(/assigned to 2 queues/)).toBeVisible()
    await page.getByRole('combobox', { name: 'Region Affinity Rules' }).click()
    await page.getByRole('option', { name: 'North America, any node' }).click()
    await page.getByRole('button', { name: 'Delete Rule' }).click()
    const confirm = page.getByRole('dialog', { name: 'Delete the rule “North America, any node”?' })
    await expectNoA11yViolations(page)
    await confirm.getByRole('button', { name: 'Delete Rule' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'deleted.' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Rule “West Coast first”' })).toBeVisible()
  })
})

test.describe('routing', () => {
  // A small tenant, so the new callbacks are not stuck behind a long queue the seed left.
  test.use({ simConfig: { ...DEFAULT_SIM_CONFIG, seedSize: 300 } })

  test('a region marked down changes the region that serves a newly routed callback', async ({
    page,
  }) => {
    // The simulator follows the page's clock: jump it forward instead of waiting for an agent.
    await openPage(page)
    const assigned = await api(
      page,
      'PUT',
      `/admin/v1/queues/${encodeURIComponent(ALWAYS_OPEN_QUEUE)}/rules`,
      { regionRuleId: WEST },
    )
    expect(assigned.status).toBe(200)

    await page.getByRole('switch', { name: 'Oregon is up' }).click()
    await expect(page.getByRole('switch', { name: 'Oregon is up' })).not.toBeChecked()
    await expect(page.getByLabel('Oregon is marked down')).toBeVisible()
    await expect(page.getByTestId('region-preview')).toContainText(
      'served by N. California (us-west-1)',
    )

    // A few callbacks, so one customer hanging up before routing cannot spoil the test.
    const ids: string[] = []
    for (const n of [1, 2, 3]) {
      const created = await api(
        page,
        'POST',
        '/admin/v1/callbacks',
        { type: 'IMMEDIATE', serviceName: ALWAYS_OPEN_QUEUE, phoneNumber: `+44207946012${n}` },
        { 'Idempotency-Key': `region-e2e-${n}-${Date.now()}` },
      )
      expect(created.status).toBe(200)
      ids.push((created.data as { id: string }).id)
    }
    let routed: { id: string; metrics: Record<string, string> } | undefined
    for (let minute = 0; minute < 120 && !routed; minute++) {
      await page.clock.fastForward('01:00')
      // Someone at the keyboard: the idle timeout must not sign the user out while time flies.
      await page.keyboard.press('Shift')
      for (const id of ids) {
        const detail = await api(page, 'GET', `/admin/v1/callbacks/${id}`)
        expect(detail.status).toBe(200)
        const callback = detail.data as {
          id: string
          state: string
          metrics: Record<string, string>
        }
        if (callback.metrics.servedRegion) routed = callback
      }
    }
    expect(routed?.metrics.servedRegion).toBe('N. California (us-west-1)')
    expect(routed?.metrics.regionDecision).toBe(
      'Preferred Oregon (us-west-2) was down; served by fallback N. California (us-west-1).',
    )

    // What a supervisor reads in the callback's advanced metrics.
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('tab', { name: 'Callback' })
      .click()
    await searchFor(page, 'Callback ID', defined(routed).id)
    const row = callbackRows(page).first()
    await row.getByRole('button', { name: /^Details of the callback for / }).click()
    await page.getByRole('switch', { name: 'Advanced Callback Metrics' }).click()
    const metrics = page.getByRole('term').filter({ hasText: 'Region that served it' })
    await expect(metrics).toBeVisible()
    await expect(page.getByText('N. California (us-west-1)', { exact: true })).toBeVisible()
    await expect(page.getByText(/^Preferred Oregon \(us-west-2\) was down/)).toBeVisible()
  })
})

test.describe('other roles', () => {
  for (const account of ['supervisor', 'developer'] as const) {
    test(`a ${account} gets the not-authorized page and 403 from the API`, async ({ page }) => {
      await page.goto(PAGE)
      await signIn(page, account)
      await expect(page.getByRole('heading', { name: 'Not authorized' })).toBeVisible()
      await expect(page.getByRole('list', { name: 'Preferred Regions' })).toHaveCount(0)
      await expect(
        page
          .getByRole('navigation', { name: 'Tools' })
          .getByRole('link', { name: 'Region Affinity' }),
      ).toHaveCount(0)
      await expectNoA11yViolations(page)
      // Reading is allowed (the Queues page names each queue's rule); writing is not.
      expect((await api(page, 'GET', '/admin/v1/region-rules')).status).toBe(200)
      const create = await api(page, 'POST', '/admin/v1/region-rules', {
        name: 'Sneaky',
        preferred: ['us-east-1'],
        fallback: [],
      })
      expect([create.status, create.code]).toEqual([403, 40301])
      const health = await api(page, 'PUT', '/admin/v1/regions/us-west-2/health', {
        healthy: false,
      })
      expect(health.status).toBe(403)
      const remove = await api(
        page,
        'DELETE',
        `/admin/v1/region-rules/region-north-america-resilient?version=1`,
      )
      expect(remove.status).toBe(403)
    })
  }

  test('a monitor cannot open the Tools tab nor read the rules', async ({ page }) => {
    await page.goto(PAGE)
    await signIn(page, 'monitor')
    await expect(page.getByRole('heading', { name: 'Not authorized' })).toBeVisible()
    expect((await api(page, 'GET', '/admin/v1/region-rules')).status).toBe(403)
    expect((await api(page, 'GET', '/admin/v1/regions')).status).toBe(403)
  })
})
