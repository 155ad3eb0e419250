import type { BrowserContext, Page } from '@playwright/test'
import {
  DEFAULT_SIM_CONFIG,
  expect,
  expectNoA11yViolations,
  openAnotherTab,
  openTwoTabs,
  signIn,
  tabStrip,
  test,
} from './fixtures'
import { openRule } from './rulesPage'

/**
 * Issue 11 §1–4 in a real browser: stored demo data that cannot be read, two tabs of one browser
 * sharing one tenant, sign-out and the idle timeout across tabs.
 */

/** The demo tenant's IndexedDB value under `key` (mocks/store/indexedDb.ts), read or replaced. */
function storedValue(page: Page, key: string, value?: unknown): Promise<unknown> {
  return page.evaluate(
    ({ key, value, write }) =>
      new Promise<unknown>((resolve, reject) => {
        const request = indexedDB.open('callback-admin-demo')
        request.onerror = () => reject(new Error('IndexedDB would not open'))
        request.onsuccess = () => {
          const db = request.result
          const store = db
            .transaction('tenant', write ? 'readwrite' : 'readonly')
            .objectStore('tenant')
          const done: IDBRequest = write ? store.put(value, key) : store.get(key)
          done.onsuccess = () => {
            db.close()
            resolve(write ? undefined : done.result)
          }
          done.onerror = () => reject(new Error(`IndexedDB would not ${write ? 'write' : 'read'}`))
        }
      }),
    { key, value, write: value !== undefined },
  )
}

test.describe('stored demo data that cannot be read never bricks the app', () => {
  test.use({ simConfig: { ...DEFAULT_SIM_CONFIG, persist: true, seedSize: 300 } })

  const damages: Array<[string, (state: Record<string, unknown>) => unknown, RegExp]> = [
    ['an object of an unknown shape', () => ({ schema: 2, foo: 1 }), /apiKeys are missing/],
    [
      'a truncated tenant',
      (state) => Object.fromEntries(Object.entries(state).slice(0, 8)),
      /sessions are missing/,
    ],
    [
      'callbacks cut to {id, state}',
      (state) => ({
        ...state,
        callbacks: (state.callbacks as Array<{ id: string; state: string }>).map(
          ({ id, state }) => ({ id, state }),
        ),
      }),
      /callback number 1 is damaged/,
    ],
  ]

  for (const [what, damage, reason] of damages) {
    test(`${what}: a fresh tenant starts, the user is told and the copy is kept aside`, async ({
      page,
    }) => {
      await page.goto('/sign-in')
      await expect(page.getByLabel('Username')).toBeVisible()
      const saved = (await storedValue(page, 'state')) as Record<string, unknown>
      expect(saved.schema).toEqual(expect.any(Number))
      const damaged = damage(saved)
      // Damaged from a page of the site that runs no tenant: the tenant of the sign-in page saves
      // itself within a second of any change (a callback due), and could write over the damage.
      await page.goto('/favicon.svg')
      await storedValue(page, 'state', damaged)

      await page.goto('/sign-in')
      const notice = page.getByRole('alert').filter({ hasText: 'could not be read' })
      await expect(notice).toContainText('Your saved demo data could not be read')
      await expect(notice).toContainText(reason)
      await signIn(page, 'supervisor')
      await expect(page.getByRole('grid').or(page.getByRole('table')).first()).toBeVisible()
      expect(await storedValue(page, 'state.unreadable')).toEqual(damaged)

      // Told once: the fresh tenant is the saved one now.
      await page.reload()
      await expect(tabStrip(page)).toBeVisible()
      await expect(notice).toHaveCount(0)
    })
  }

  for (const [locale, text, username] of [
    ['en-US', 'Preparing the demo tenant…', 'Username'],
    ['fr-FR', 'Préparation du locataire de démonstration…', 'Nom d’utilisateur'],
  ] as const) {
    test.describe(`in a browser set to ${locale}`, () => {
      test.use({ locale })

      test('while the tenant starts, the page says so instead of staying blank', async ({
        page,
        context,
      }) => {
        // The tenant's start waits for its service worker, held here until the page is checked.
        let release = () => {}
        const held = new Promise<void>((resolve) => (release = resolve))
        await context.route('**/mockServiceWorker.js', async (route) => {
          await held
          await route.continue()
        })
        await page.goto('/callback')
        await expect(page.getByRole('status')).toHaveText(text)
        await expect(page.getByRole('progressbar', { name: text })).toBeVisible()
        await expectNoA11yViolations(page)

        release()
        await expect(page.getByLabel(username)).toBeVisible()
        await expect(page.getByText(text)).toHaveCount(0)
      })
    })
  }

  test('a tenant that cannot start offers Reset demo data, which gets the user out', async ({
    page,
    context,
    consoleErrors,
  }) => {
    // The simulator cannot start without its service worker.
    consoleErrors.allow(/bad HTTP response code \(404\)|Service Worker|\[MSW\]/i)
    await context.route('**/mockServiceWorker.js', (route) => route.fulfill({ status: 404 }))
    await page.goto('/callback')
    await expect(
      page.getByRole('heading', { name: 'The demo tenant could not start' }),
    ).toBeVisible()
    await expect(page.getByText(/^What went wrong: /)).toBeVisible()

    await context.unroute('**/mockServiceWorker.js')
    await page.getByRole('button', { name: 'Reset demo data' }).click()
    await page
      .getByRole('dialog', { name: 'Reset the demo tenant?' })
      .getByRole('button', { name: 'Reset demo data' })
      .click()
    await expect(page.getByLabel('Username')).toBeVisible()
    await signIn(page, 'supervisor')
  })
})

test.describe('two tabs of one browser are one tenant', () => {
  test.use({ simConfig: { ...DEFAULT_SIM_CONFIG, persist: true, seedSize: 300 } })

  test('a save in one tab is never silently lost by a save from the other', async ({
    page,
    context,
  }) => {
    // The second tab is signed in too: one browser, one session.
    const other = await openTwoTabs(page, context, '/tools/number-rules', 'admin')

    const mine = await openRule(page, 'UK and Ireland')
    const theirs = await openRule(other, 'UK and Ireland')
    await mine.getByRole('button', { name: 'Remove Jersey (JE)' }).click()
    await mine.getByRole('button', { name: 'Save Changes' }).click()
    await expect(mine.getByText(/^Version 2, saved by admin/)).toBeVisible()

    await theirs.getByRole('button', { name: 'Remove Guernsey (GG)' }).click()
    await theirs.getByRole('button', { name: 'Save Changes' }).click()
    const conflict = other.getByRole('dialog', { name: 'This rule was changed by someone else' })
    await expect(conflict).toContainText('admin saved a newer version')
    await conflict.getByRole('button', { name: 'Load their version (discard mine)' }).click()
    await expect(theirs.getByRole('button', { name: 'Remove Jersey (JE)' })).toHaveCount(0)
    await expect(theirs.getByRole('button', { name: 'Remove Guernsey (GG)' })).toBeVisible()
  })

  test('when the tab running the tenant closes, another carries on with every saved change', async ({
    page,
    context,
  }) => {
    const other = await openTwoTabs(page, context, '/tools/number-rules', 'admin')

    const editor = await openRule(page, 'UK and Ireland')
    await editor.getByRole('button', { name: 'Remove Jersey (JE)' }).click()
    await editor.getByRole('button', { name: 'Save Changes' }).click()
    await expect(editor.getByText(/^Version 2, saved by admin/)).toBeVisible()
    await page.close()

    // The other tab now runs the tenant, from what the first one saved.
    const rule = await other.evaluate(async () => {
      const response = await fetch('/admin/v1/number-rules/numbers-uk-and-ireland')
      return (
        (await response.json()) as { data: { version: number; permittedCountries: string[] } }
      ).data
    })
    expect(rule.version).toBe(2)
    expect(rule.permittedCountries).not.toContain('JE')
    await other.reload()
    await expect(tabStrip(other)).toBeVisible()
  })
})

test.describe('the session is the browser’s, in every tab', () => {
  test.use({ simConfig: { ...DEFAULT_SIM_CONFIG, seedSize: 300 } })

  /** A short idle timeout (12 s, warning in the last 6 s); the tenant ends its sessions on the same. */
  async function shortIdleTimeout(context: BrowserContext) {
    await context.route('/config.json', (route) =>
      route.fulfill({
        json: { apiBaseUrl: '', demoTenant: true, idleTimeoutMinutes: 0.2, idleWarningSeconds: 6 },
      }),
    )
  }

  /** The session's status as the tenant answers it. */
  const sessionStatus = (page: Page) =>
    page.evaluate(async () => (await fetch('/admin/v1/session')).status)

  test('signing out in one tab sends every tab to sign-in at once', async ({ page, context }) => {
    const other = await openTwoTabs(page, context, '/tools/queues', 'admin')
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page).toHaveURL(/\/sign-in\?reason=signedOut/)
    // The other tab makes no request of its own: it is told.
    await expect(other).toHaveURL(/\/sign-in\?reason=signedOut/)
    await expect(tabStrip(other)).toHaveCount(0)
    expect(await sessionStatus(other)).toBe(401)
  })

  /**
   * Press a key in `page` every second, as a user at work does, until the returned function is
   * called. It keeps the first tab active while a second one loads: on a busy machine that can
   * take longer than the short timeout, which would sign the idle first tab out.
   */
  function keepActive(page: Page): () => Promise<void> {
    const stopped = new AbortController()
    const pressing = (async () => {
      while (!stopped.signal.aborted) {
        await page.keyboard.press('Shift')
        await page.waitForTimeout(1000)
      }
    })().catch(() => undefined) // the page closed under it: the test is over
    return async () => {
      stopped.abort()
      await pressing
    }
  }

  /** Two tabs at the Queues page: the first signed in and kept active while the second opens. */
  async function twoTabsWhileActive(page: Page, context: BrowserContext) {
    await page.goto('/tools/queues')
    await signIn(page, 'admin')
    const stop = keepActive(page)
    const other = await openAnotherTab(context, '/tools/queues')
    return { other, stop }
  }

  test('a user active in one tab is not signed out by an idle one, nor by the tenant', async ({
    page,
    context,
  }) => {
    await shortIdleTimeout(context)
    const { other, stop } = await twoTabsWhileActive(page, context)
    // Keys pressed without any request for longer than the timeout: the keep-alive tells the tenant.
    await page.waitForTimeout(16_000)
    await stop()
    await expect(page.getByRole('dialog', { name: 'Still there?' })).toHaveCount(0)
    await expect(other.getByRole('dialog', { name: 'Still there?' })).toHaveCount(0)
    await expect(other).not.toHaveURL(/\/sign-in/)
    expect(await sessionStatus(page)).toBe(200)
  })

  test('the warning is shared: "Stay signed in" in one tab keeps both', async ({
    page,
    context,
  }) => {
    await shortIdleTimeout(context)
    const { other, stop } = await twoTabsWhileActive(page, context)
    await stop()
    const warning = page.getByRole('dialog', { name: 'Still there?' })
    const otherWarning = other.getByRole('dialog', { name: 'Still there?' })
    await expect(warning).toBeVisible()
    await expect(otherWarning).toBeVisible()
    await otherWarning.getByRole('button', { name: 'Stay signed in' }).click()
    await expect(otherWarning).toBeHidden()
    await expect(warning).toBeHidden()
    await expect(page).not.toHaveURL(/\/sign-in/)
  })
})
