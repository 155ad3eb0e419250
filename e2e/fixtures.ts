import AxeBuilder from '@axe-core/playwright'
import {
  test as base,
  expect,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test'
import type { SimulatorHooks } from '@mocks/hooks'
import type { Fault } from '@mocks/sim/faults'

export { expect }

/** The demo tenant's accounts (product.md §1.4); every one uses the password "demo". */
export type Account =
  | 'admin'
  | 'supervisor'
  | 'monitor'
  | 'developer'
  | 'sales.supervisor'
  | 'sales.developer'
  | 'agent'
export const DEMO_PASSWORD = 'demo'

/** The sign-in form's words, for tests that sign in after switching the page to French. */
const SIGN_IN_LABELS = {
  en: { username: 'Username', password: 'Password', submit: 'Sign in' },
  fr: { username: 'Nom d’utilisateur', password: 'Mot de passe', submit: 'Se connecter' },
} as const
export type Language = keyof typeof SIGN_IN_LABELS

/**
 * The simulated tenant for one test: no latency, a fresh seed, nothing written to IndexedDB.
 * Override per file or per describe with `test.use({ simConfig: { ...DEFAULT_SIM_CONFIG, ... } })`.
 */
export const DEFAULT_SIM_CONFIG: SimulatorHooks = { latencyMs: 0, persist: false }

/**
 * Chromium logs every 4xx answer as "Failed to load resource: ... status of 4xx": the app expects
 * those (401 from the session probe, 403 on purpose in role tests), so they are not failures.
 */
const EXPECTED_CONSOLE_ERRORS = [
  /^Failed to load resource: the server responded with a status of 4\d\d\b/,
]

/**
 * The instant every test starts at. Unset, it is the real date; `E2E_NOW=2027-03-14T06:30:00Z` (see
 * scripts/e2e-dates.mjs) runs the suite on another day, so no test depends on the day it runs.
 */
export const START_TIME = process.env.E2E_NOW ? new Date(process.env.E2E_NOW) : undefined
if (START_TIME && Number.isNaN(START_TIME.getTime()))
  throw new Error(`E2E_NOW=${process.env.E2E_NOW} is not a date`)

interface Fixtures {
  simConfig: SimulatorHooks
  /**
   * Every page runs on Playwright's clock, flowing from START_TIME (or now): a test moves time with
   * `page.clock.fastForward(…)` and never installs the clock itself (that would reset the date).
   */
  startClock: undefined
  startSimulator: undefined
  /** Console errors a test expects (e.g. a 500 it injects); any other one fails the test. */
  consoleErrors: { allow(pattern: RegExp): void }
}

export const test = base.extend<Fixtures>({
  simConfig: [DEFAULT_SIM_CONFIG, { option: true }],

  // Every test gets these without asking for them.
  startClock: [
    async ({ context }, use, testInfo) => {
      // The tenant server keeps its own (real) time: a page on another day would disagree with it.
      const time = testInfo.project.name === 'tenant-server' ? undefined : START_TIME
      await context.clock.install(time ? { time } : {})
      await use(undefined)
    },
    { auto: true },
  ],

  startSimulator: [
    async ({ context, simConfig }, use) => {
      // Before the app's first script: mocks/browser.ts reads this when the demo tenant starts.
      await context.addInitScript((config) => {
        window.__callbackSimConfig = config
      }, simConfig)
      await use(undefined)
    },
    { auto: true },
  ],

  consoleErrors: [
    async ({ page }, use) => {
      const allowed = [...EXPECTED_CONSOLE_ERRORS]
      const problems: string[] = []
      page.on('console', (message) => {
        if (message.type() !== 'error') return
        const text = message.text()
        if (!allowed.some((pattern) => pattern.test(text))) {
          problems.push(`console.error: ${text} (${message.location().url})`)
        }
      })
      page.on('pageerror', (error) => problems.push(`page error: ${error.stack ?? error.message}`))

      await use({ allow: (pattern) => allowed.push(pattern) })

      expect(problems, 'the page logged errors').toEqual([])
    },
    { auto: true },
  ],
})

/** The header's tab strip: present on every signed-in page, whatever the page shows. */
export function tabStrip(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Sections' })
}

export async function expectTabs(page: Page, names: readonly string[]): Promise<void> {
  await expect(tabStrip(page).getByRole('tab')).toHaveText([...names])
}

/** Fill in and submit the sign-in form the page shows (it does not wait for the outcome). */
export async function submitSignIn(
  page: Page,
  account: Account,
  { language = 'en', password = DEMO_PASSWORD }: { language?: Language; password?: string } = {},
): Promise<void> {
  const labels = SIGN_IN_LABELS[language]
  await page.getByLabel(labels.username).fill(account)
  await page.getByLabel(labels.password).fill(password)
  await page.getByRole('button', { name: labels.submit, exact: true }).click()
}

/**
 * Sign in through the form, as a person would, and wait for the signed-in frame. On a blank page it
 * opens the sign-in page first; otherwise the page is on its way there (a deep link, a forbidden
 * URL, an expired session) and keeps its `next`.
 */
export async function signIn(
  page: Page,
  account: Exclude<Account, 'agent'>,
  options: { language?: Language } = {},
): Promise<void> {
  if (page.url() === 'about:blank') await page.goto('/sign-in')
  await expect(page).toHaveURL(/\/sign-in/)
  await submitSignIn(page, account, options)
  await expect(page).not.toHaveURL(/\/sign-in/)
  await expect(tabStrip(page)).toBeVisible()
}

/**
 * Two tabs of one browser at `path`: `page` signed in through the form, and a second tab that
 * shares its session. Returns the second tab.
 */
export async function openTwoTabs(
  page: Page,
  context: BrowserContext,
  path: string,
  account: Exclude<Account, 'agent'>,
): Promise<Page> {
  await page.goto(path)
  await signIn(page, account)
  return openAnotherTab(context, path)
}

/** Another tab of the browser at `path`, signed in by the session its tabs share. */
export async function openAnotherTab(context: BrowserContext, path: string): Promise<Page> {
  const other = await context.newPage()
  await other.goto(path)
  await expect(tabStrip(other)).toBeVisible()
  return other
}

/**
 * Waits for the page's next frame and the task after it: what a render scheduled for then (a
 * scrolled list's new rows) or a listener attached on the next task (dnd-kit's keyboard sensor)
 * has then happened.
 */
export async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  )
}

/** Switch the signed-in user's language with the header's language menu. */
export async function chooseLanguage(page: Page, language: 'English' | 'Français'): Promise<void> {
  await page.getByRole('button', { name: /^(Language|Langue):/ }).click()
  await page.getByRole('menuitem', { name: language }).click()
  await expect(page.getByRole('menu')).toBeHidden()
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** axe (WCAG 2.1 A and AA) finds nothing on the page as it is now; the failure lists what it found. */
export async function expectNoA11yViolations(page: Page): Promise<void> {
  // A dialog or helper text still fading in has blended colours that axe reports as low contrast.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  )
  // Legacy mode runs axe inside the page. The default finishes its run in a new blank page of the
  // context, where the context's installed clock can leave axe's timers unfired (a 60 s hang seen in CI).
  // The app has no cross-origin frames, the one thing legacy mode does not cover.
  const { violations } = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .setLegacyMode(true)
    .analyze()
  const found = violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n    ${v.nodes
        .map((node) => node.target.join(' '))
        .join('\n    ')}`,
  )
  expect(found, `axe found WCAG A/AA violations on ${page.url()}`).toEqual([])
}

/**
 * Make an endpoint of the running demo tenant fail (mocks/hooks.ts), e.g.
 * `setFault(page, 'POST /admin/v1/callbacks', { kind: 'error', times: 1 })`.
 */
export async function setFault(page: Page, endpoint: string, fault: Fault): Promise<void> {
  await page.evaluate(
    ({ endpoint, fault }) => {
      if (!window.__callbackSim) throw new Error('The demo tenant is not running in this page')
      return window.__callbackSim.setFault(endpoint, fault)
    },
    { endpoint, fault },
  )
}

/** Milliseconds the demo tenant waits before each answer, from now on. */
export async function setLatency(page: Page, ms: number): Promise<void> {
  await page.evaluate((ms) => {
    if (!window.__callbackSim) throw new Error('The demo tenant is not running in this page')
    return window.__callbackSim.setLatency(ms)
  }, ms)
}

/** How many callbacks the demo tenant holds for a number and/or a queue, whatever their state. */
export function countCallbacks(
  page: Page,
  predicate: { phoneNumber?: string; serviceName?: string },
): Promise<number> {
  return page.evaluate((predicate) => {
    if (!window.__callbackSim) throw new Error('The demo tenant is not running in this page')
    return window.__callbackSim.countCallbacks(predicate)
  }, predicate)
}

/** The signed-in user's API, called from the page (the demo tenant answers inside it). */
export function api(page: Page, method: string, path: string, body?: unknown, headers = {}) {
  return page.evaluate(
    async ({ method, path, body, headers }) => {
      const response = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', ...headers },
        body: body === undefined ? null : JSON.stringify(body),
      })
      const json = (await response.json()) as { data: unknown; status: { code: number } }
      return { status: response.status, code: json.status.code, data: json.data }
    },
    { method, path, body, headers },
  )
}

/**
 * The demo tenant's state as the page stored it in IndexedDB (with `persist: true`), undefined
 * until it has stored one. Never creates the database: the simulator's store does, with its schema.
 */
export function storedTenantState(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const request = indexedDB.open('callback-admin-demo')
        request.onupgradeneeded = () => request.transaction?.abort()
        request.onerror = () => resolve(undefined)
        request.onsuccess = () => {
          const db = request.result
          const done = (state?: unknown) => {
            db.close()
            resolve(state)
          }
          if (!db.objectStoreNames.contains('tenant')) {
            done()
            return
          }
          const get = db.transaction('tenant').objectStore('tenant').get('state')
          get.onsuccess = () => done(get.result as unknown)
          get.onerror = () => done()
        }
      }),
  )
}
