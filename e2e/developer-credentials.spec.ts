import type { Page } from '@playwright/test'
import { DEMO_API_KEY } from '@mocks/seed/tenant'
import { findSecrets } from '@mocks/testing/secretScan'
import {
  rsaPrivateKeyPem,
  TEST_CLIENT_ACCOUNT,
  TEST_CLIENT_EMAIL,
  TEST_PROJECT,
  TEST_WEB_APP,
} from '@mocks/testing/serviceAccount'
import {
  api,
  DEFAULT_SIM_CONFIG,
  expect,
  expectNoA11yViolations,
  signIn,
  storedTenantState,
  test,
  type Account,
} from './fixtures'

/**
 * Developer > Credential Management in the production build: the three tabs for each role, bad
 * input, saving each secret (and finding it nowhere afterwards), the Firebase test with a real
 * browser notification, CAPTCHA key sets enforced on the engagement API, and the GWS credentials
 * that open the statistics proxy.
 */
const SITE = '6LcQ3kEqAAAAAH1n2x8gK0dP5rT7uV9wY-bZ_cD4'
const SECRET = '6LcQ3kEqAAAAAJf0s8HkLm2Nq4Rt6Uv8Wx-Yz_A1'
const GWS_PASSWORD = 'Gws-Pa55word-Never-Shown!'

// The demo tenant keeps its state in IndexedDB, as it does for a user: the scans read it there. A
// small tenant: these tests need a few callbacks, not the thousands a full seed writes there.
test.use({ simConfig: { ...DEFAULT_SIM_CONFIG, persist: true, seedSize: 300 } })

/** Every URL the page asked for, kept for the secret scans. */
const asked = new WeakMap<Page, string[]>()
test.beforeEach(({ page }) => {
  const urls: string[] = []
  asked.set(page, urls)
  page.on('request', (request) => urls.push(request.url()))
})

async function open(
  page: Page,
  tab: 'push' | 'captcha' | 'gws',
  account: Exclude<Account, 'agent'>,
) {
  await page.goto(`/developer/credentials/${tab}`)
  await signIn(page, account)
  await expect(page.getByRole('heading', { level: 1, name: 'Credential Management' })).toBeVisible()
}

/** A request from the page: the admin API with its session, or the engagement API with a key. */
const fromPage = (page: Page, method: string, path: string, body?: unknown, apiKey?: string) =>
  api(page, method, path, body, apiKey ? { 'x-api-key': apiKey } : {})

/**
 * Everything the browser keeps or shows: the page, its URL and every URL it asked for, local and
 * session storage, and the tenant's state in IndexedDB (there once a save was answered).
 */
async function browserPlaces(page: Page): Promise<Record<string, string>> {
  const stored = await storedTenantState(page)
  expect(stored).toBeDefined()
  return {
    url: page.url(),
    asked: (asked.get(page) ?? []).join('\n'),
    page: await page.content(),
    storage: await page.evaluate(() =>
      JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)]),
    ),
    indexedDb: JSON.stringify(stored),
  }
}

test.describe('roles', () => {
  for (const account of ['admin', 'developer'] as const) {
    test(`${account} has the three tabs, axe clean on each`, async ({ page }) => {
      await open(page, 'push', account)
      const tabs = page.getByRole('navigation', { name: 'Credentials' }).getByRole('tab')
      await expect(tabs).toHaveText(['Push Notification', 'CAPTCHA', 'GWS Credentials'])
      for (const [name, form] of [
        ['Push Notification', 'Update Firebase Credentials'],
        ['CAPTCHA', 'New key set'],
        ['GWS Credentials', 'Update GWS Credentials'],
      ] as const) {
        await tabs.filter({ hasText: name }).click()
        await expect(page.getByRole('form', { name: form })).toBeVisible()
        await expectNoA11yViolations(page)
      }
    })
  }

  for (const account of ['supervisor', 'monitor'] as const) {
    test(`${account} is not authorized, and the tenant answers 403`, async ({ page }) => {
      await open(page, 'push', account).catch(() => undefined)
      await expect(page.getByRole('heading', { name: 'Not authorized' })).toBeVisible()
      for (const path of [
        '/admin/v1/credentials/firebase',
        '/admin/v1/credentials/gws',
        '/admin/v1/credentials/captcha-key-sets',
      ]) {
        const answer = await fromPage(page, 'GET', path)
        expect([answer.status, answer.code]).toEqual([403, 40301])
      }
      await expectNoA11yViolations(page)
    })
  }
})

test.describe('Push Notification', () => {
  test('refuses bad input next to the field, then saves a real key that is never shown again', async ({
    page,
  }) => {
    const privateKey = await rsaPrivateKeyPem()
    await open(page, 'push', 'developer')
    const form = page.getByRole('form', { name: 'Update Firebase Credentials' })
    const project = form.getByRole('textbox', { name: 'Project name' })
    const email = form.getByRole('textbox', { name: 'Client email' })
    const key = form.getByRole('textbox', { name: 'Private key' })
    await project.fill('<script>alert(1)</script>')
    await email.fill(TEST_CLIENT_EMAIL)
    await key.fill('x'.repeat(1_048_576))
    await form.getByRole('button', { name: 'Update' }).click()
    await expect(project).toHaveAccessibleDescription(/lowercase letters, digits and hyphens/)
    await expect(key).toHaveAccessibleDescription(/longer than any service-account key/)
    await expect(project).toHaveValue('<script>alert(1)</script>')
    await expectNoA11yViolations(page)

    await project.fill(TEST_PROJECT)
    await key.fill(privateKey)
    await form.getByRole('button', { name: 'Update' }).click()
    await expect(
      page.getByText(`Firebase credentials of project ${TEST_PROJECT} updated.`),
    ).toBeVisible()
    await expect(key).toHaveValue('')
    await expect(form.getByText(/Version 1, saved by developer/)).toBeVisible()
    await page.reload()
    await expect(email).toHaveAccessibleDescription(/^Saved: /)
    expect(findSecrets(await browserPlaces(page), [privateKey, TEST_CLIENT_ACCOUNT])).toEqual([])
    const read = await fromPage(page, 'GET', '/admin/v1/credentials/firebase')
    expect(findSecrets({ read: JSON.stringify(read) }, [privateKey, TEST_CLIENT_ACCOUNT])).toEqual(
      [],
    )
  })

  test('tests against the saved credentials and shows a real notification', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['notifications'])
    await page.addInitScript(() => {
      const Real = window.Notification
      const shown: string[] = []
      ;(window as unknown as { shownNotifications: string[] }).shownNotifications = shown
      window.Notification = class extends Real {
        constructor(title: string, options?: NotificationOptions) {
          super(title, options)
          shown.push(`${title}: ${options?.body ?? ''}`)
        }
      }
    })
    const privateKey = await rsaPrivateKeyPem()
    await open(page, 'push', 'admin')
    const update = page.getByRole('form', { name: 'Update Firebase Credentials' })
    await update.getByRole('textbox', { name: 'Project name' }).fill(TEST_PROJECT)
    await update.getByRole('textbox', { name: 'Client email' }).fill(TEST_CLIENT_EMAIL)
    await update.getByRole('textbox', { name: 'Private key' }).fill(privateKey)
    await update.getByRole('button', { name: 'Update' }).click()
    await expect(update.getByText(/Version 1, saved by admin/)).toBeVisible()

    const form = page.getByRole('form', { name: 'Test Firebase Credentials' })
    await form.getByRole('textbox', { name: 'App ID' }).fill(TEST_WEB_APP.appId)
    await form.getByRole('textbox', { name: 'Public API Key' }).fill(TEST_WEB_APP.apiKey)
    await form.getByRole('textbox', { name: 'Sender ID' }).fill('123')
    await form.getByRole('button', { name: 'Test' }).click()
    await expect(form.getByText('Check this box to run the test.')).toBeVisible()
    await form.getByRole('checkbox', { name: /Enable this app/ }).check()
    await form.getByRole('button', { name: 'Test' }).click()
    const failure = form.getByRole('alert')
    await expect(failure).toContainText('is not the project number in the App ID')
    await expect(
      failure.getByRole('list', { name: 'What to check, in this order' }).getByRole('listitem'),
    ).toHaveCount(4)
    await expectNoA11yViolations(page)

    await form.getByRole('textbox', { name: 'Sender ID' }).fill(TEST_WEB_APP.senderId)
    await form.getByRole('button', { name: 'Test' }).click()
    await expect(
      form.getByText('Your Firebase credentials are configured successfully.'),
    ).toBeVisible()
    expect(
      await page.evaluate(
        () => (window as unknown as { shownNotifications: string[] }).shownNotifications,
      ),
    ).toEqual([
      `Callback push notifications work: Firebase project ${TEST_PROJECT} can deliver notifications to this browser.`,
    ])
  })
})

test.describe('CAPTCHA', () => {
  test('a key set made active is enforced on the engagement API, tested on its page, and deleted after confirming', async ({
    page,
  }) => {
    await open(page, 'captcha', 'developer')
    await expect(page.getByText(/CAPTCHA is not active/)).toBeVisible()
    let editor = page.getByRole('form', { name: 'New key set' })
    await editor.getByRole('textbox', { name: 'Key Set Name' }).fill('Website')
    await editor.getByRole('textbox', { name: 'Site Key' }).fill('short')
    await editor.getByRole('button', { name: 'Save' }).click()
    await expect(editor.getByRole('textbox', { name: 'Site Key' })).toHaveAccessibleDescription(
      /40 characters/,
    )
    await editor.getByRole('textbox', { name: 'Site Key' }).fill(SITE)
    await editor.getByLabel('Secret Key').fill(SECRET)
    await editor.getByRole('switch', { name: /Active: require a CAPTCHA token/ }).check()
    await expect(editor.getByText(/must now send a captchaToken/)).toBeVisible()
    await editor.getByRole('button', { name: 'Save' }).click()
    editor = page.getByRole('form', { name: 'Website' })
    await expect(editor.getByLabel('Secret Key')).toHaveAccessibleDescription(/Saved: 6LcQ•••z_A1/)
    await expect(
      page.getByRole('status').filter({ hasText: 'CAPTCHA is active (Website)' }),
    ).toBeVisible()
    await expectNoA11yViolations(page)

    const refused = await fromPage(
      page,
      'POST',
      '/engagement/v3/callbacks/create',
      { serviceName: 'Service 24x7 VQ_CB', phoneNumber: '+442079460181' },
      DEMO_API_KEY,
    )
    expect([refused.status, refused.code]).toEqual([403, 40321])

    await page.getByRole('button', { name: 'Generate New Test Page' }).click()
    const test = page.getByRole('form', { name: 'Test page of Website' })
    // Ticked once the simulated reCAPTCHA has issued the token, as Google's widget does.
    const robot = test.getByRole('checkbox', { name: "I'm not a robot" })
    await robot.click()
    await expect(robot).toBeChecked()
    await test.getByRole('button', { name: 'Submit' }).click()
    await expect(test.getByText('Success!')).toBeVisible()
    await expectNoA11yViolations(page)
    expect(findSecrets(await browserPlaces(page), [SECRET])).toEqual([])

    await editor.getByRole('button', { name: 'Delete' }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete key set Website?' })
    await dialog.getByRole('button', { name: 'Delete' }).click()
    await expect(page.getByText(/CAPTCHA is not active/)).toBeVisible()
    const booked = await fromPage(
      page,
      'POST',
      '/engagement/v3/callbacks/create',
      { serviceName: 'Service 24x7 VQ_CB', phoneNumber: '+442079460182' },
      DEMO_API_KEY,
    )
    expect(booked.status).toBe(200)
  })
})

test.describe('GWS Credentials', () => {
  test('the statistics proxy refuses until they are saved, then answers; the password is never shown', async ({
    page,
  }) => {
    await open(page, 'gws', 'admin')
    const proxy = () =>
      fromPage(
        page,
        'POST',
        '/engagement/v3/statistics/operations/get-statistic-ex',
        undefined,
        DEMO_API_KEY,
      )
    expect(await proxy()).toMatchObject({ status: 401, code: 40111 })
    const form = page.getByRole('form', { name: 'Update GWS Credentials' })
    await form.getByRole('button', { name: 'Update' }).click()
    await expect(form.getByRole('textbox', { name: 'Username' })).toHaveAccessibleDescription(
      'Enter the username.',
    )
    await form.getByRole('textbox', { name: 'Username' }).fill('stats.reader')
    await form.getByLabel('Password').fill(GWS_PASSWORD)
    await form.getByRole('button', { name: 'Update' }).click()
    await expect(page.getByText(/GWS credentials of stats.reader updated/)).toBeVisible()
    await expect(form.getByLabel('Password')).toHaveValue('')
    const answer = await proxy()
    expect(answer.status).toBe(200)
    expect((answer.data as { statistics: unknown[] }).statistics.length).toBeGreaterThan(0)
    expect(findSecrets(await browserPlaces(page), [GWS_PASSWORD])).toEqual([])
    await expectNoA11yViolations(page)
  })
})
