import type { Locator, Page } from '@playwright/test'
import {
  ALWAYS_OPEN_QUEUE,
  callbackRows,
  CORRELATION_ID,
  fillImmediateCallback,
  listSummary,
  notice,
  openCreateDialog,
  rowsInState,
  showAlwaysOpenQueue,
  toolbar,
} from './callbackPage'
import {
  countCallbacks,
  DEFAULT_SIM_CONFIG,
  expect,
  setFault,
  setLatency,
  signIn,
  test,
} from './fixtures'

/**
 * Injected faults (quality.md, product.md §7): the UI says what failed with the correlation ID,
 * keeps the user's input, retries reads, and never creates a callback twice.
 */
const LIST = 'GET /admin/v1/callbacks'
const CREATE = 'POST /admin/v1/callbacks'
/** Chromium's console line for an answer the test provoked on purpose. */
const SERVER_ERROR_LOGGED = /^Failed to load resource: the server responded with a status of 500\b/

test.describe('the list fails', () => {
  // A read is tried three times before the user is told (src/app/queryClient.ts).
  test.use({
    simConfig: {
      ...DEFAULT_SIM_CONFIG,
      seedSize: 1500,
      faults: { [LIST]: { kind: 'error', times: 3 } },
    },
  })

  test('500: the error and its correlation ID, then Try again loads the list', async ({
    page,
    consoleErrors,
  }) => {
    consoleErrors.allow(SERVER_ERROR_LOGGED)
    await signIn(page, 'supervisor')
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'The callback list could not be loaded' })
    await expect(alert).toBeVisible()
    await expect(alert).toContainText(
      'The service had a problem (500). Try again; if it persists, give the correlation ID to support.',
    )
    await expect(alert).toContainText(CORRELATION_ID)
    await expect(callbackRows(page)).toHaveCount(0)

    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(alert).toBeHidden()
    await expect(callbackRows(page).first()).toBeVisible()
    await expect(listSummary(page)).toBeVisible()
  })
})

test.describe('the list fails once', () => {
  test.use({
    simConfig: {
      ...DEFAULT_SIM_CONFIG,
      seedSize: 1500,
      faults: { [LIST]: { kind: 'error', times: 1 } },
    },
  })

  test('500 once: retried behind the scenes, the user never sees it', async ({
    page,
    consoleErrors,
  }) => {
    consoleErrors.allow(SERVER_ERROR_LOGGED)
    await signIn(page, 'supervisor')
    await expect(callbackRows(page).first()).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)
  })
})

test.describe('the list is rate limited', () => {
  test.use({
    simConfig: {
      ...DEFAULT_SIM_CONFIG,
      seedSize: 1500,
      faults: { [LIST]: { kind: 'rateLimit', times: 1 } },
    },
  })

  test('429: "Too many requests", then Try again recovers', async ({ page }) => {
    await signIn(page, 'supervisor')
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'The callback list could not be loaded' })
    await expect(alert).toContainText('Too many requests. Wait a moment and try again.')
    await expect(alert).toContainText(CORRELATION_ID)

    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(alert).toBeHidden()
    await expect(callbackRows(page).first()).toBeVisible()
  })
})

test.describe('creating a callback', () => {
  test.use({ simConfig: { ...DEFAULT_SIM_CONFIG, seedSize: 1500 } })

  const NUMBER = '+44 20 7946 0123'
  const E164 = '+442079460123'

  /** Signed in, "Add New Callback" filled in for the always-open queue, not yet sent. */
  async function filledCreateDialog(page: Page): Promise<{ dialog: Locator; stored: number }> {
    await signIn(page, 'supervisor')
    await expect(callbackRows(page).first()).toBeVisible()
    const stored = await countCallbacks(page, { phoneNumber: E164 })
    const dialog = await openCreateDialog(page)
    await fillImmediateCallback(dialog, { service: ALWAYS_OPEN_QUEUE, number: NUMBER })
    return { dialog, stored }
  }

  async function expectInputKept(dialog: Locator) {
    await expect(dialog.getByRole('radio', { name: 'Immediate' })).toBeChecked()
    await expect(dialog.getByRole('combobox', { name: 'Service Type' })).toHaveValue(
      ALWAYS_OPEN_QUEUE,
    )
    await expect(dialog.getByRole('textbox', { name: 'Customer Number' })).toHaveValue(NUMBER)
    await expect(
      dialog.getByText(
        'Your entries are kept. Trying again is safe: it never creates a second callback.',
      ),
    ).toBeVisible()
  }

  /** Try again in the dialog: the callback is created, once. */
  async function retryCreates(page: Page, dialog: Locator, alert: Locator, stored: number) {
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(dialog).toBeHidden()
    await expect(notice(page, 'Callback created.')).toBeVisible()
    expect(await countCallbacks(page, { phoneNumber: E164 })).toBe(stored + 1)
  }

  test('500: the error with its correlation ID, the input kept, one callback on retry', async ({
    page,
    consoleErrors,
  }) => {
    consoleErrors.allow(SERVER_ERROR_LOGGED)
    const { dialog, stored } = await filledCreateDialog(page)
    await setFault(page, CREATE, { kind: 'error', times: 1 })
    await dialog.getByRole('button', { name: 'Create Callback' }).click()

    const alert = dialog.getByRole('alert').filter({ hasText: 'The callback was not created' })
    await expect(alert).toContainText('The service had a problem (500).')
    await expect(alert).toContainText(CORRELATION_ID)
    await expectInputKept(dialog)
    expect(await countCallbacks(page, { phoneNumber: E164 })).toBe(stored)

    await retryCreates(page, dialog, alert, stored)
  })

  test('offline: the service could not be reached, the input kept, one callback on retry', async ({
    page,
    consoleErrors,
  }) => {
    const { dialog, stored } = await filledCreateDialog(page)
    consoleErrors.allow(/^Failed to load resource: net::ERR_FAILED$/)
    await setFault(page, CREATE, { kind: 'offline', times: 1 })
    await dialog.getByRole('button', { name: 'Create Callback' }).click()

    const alert = dialog.getByRole('alert').filter({ hasText: 'The callback was not created' })
    await expect(alert).toContainText(
      'The service could not be reached. Check your connection and try again.',
    )
    // The request never reached the service: there is no correlation ID to give.
    await expect(alert).not.toContainText('Correlation ID')
    await expectInputKept(dialog)
    expect(await countCallbacks(page, { phoneNumber: E164 })).toBe(stored)

    await retryCreates(page, dialog, alert, stored)
  })

  test('429: too many requests, the input kept, one callback on retry', async ({ page }) => {
    const { dialog, stored } = await filledCreateDialog(page)
    await setFault(page, CREATE, { kind: 'rateLimit', times: 1 })
    await dialog.getByRole('button', { name: 'Create Callback' }).click()

    const alert = dialog.getByRole('alert').filter({ hasText: 'The callback was not created' })
    await expect(alert).toContainText('Too many requests. Wait a moment and try again.')
    await expect(alert).toContainText(CORRELATION_ID)
    await expectInputKept(dialog)
    expect(await countCallbacks(page, { phoneNumber: E164 })).toBe(stored)

    await retryCreates(page, dialog, alert, stored)
  })

  test('a double click on Create Callback creates one callback', async ({ page }) => {
    const { dialog, stored } = await filledCreateDialog(page)
    // Slow answers keep the first request in flight while the second click lands.
    await setLatency(page, 400)
    await dialog.getByRole('button', { name: 'Create Callback' }).dblclick()
    await expect(dialog).toBeHidden()
    await expect(notice(page, 'Callback created.')).toBeVisible()
    await setLatency(page, 0)
    expect(await countCallbacks(page, { phoneNumber: E164 })).toBe(stored + 1)
  })
})

test.describe('bulk cancel fails', () => {
  test.use({ simConfig: { ...DEFAULT_SIM_CONFIG, seedSize: 1500 } })

  test('500: nothing is lost, Try again cancels', async ({ page, consoleErrors }) => {
    consoleErrors.allow(SERVER_ERROR_LOGGED)
    await signIn(page, 'supervisor')
    await expect(callbackRows(page).first()).toBeVisible()
    await showAlwaysOpenQueue(page)
    const row = rowsInState(page, /^SCHEDULED/).first()
    await row.getByRole('checkbox').check()
    await toolbar(page).getByRole('button', { name: 'Cancel Callbacks' }).click()
    const dialog = page.getByRole('dialog', { name: 'Cancel Callbacks' })
    await setFault(page, 'POST /admin/v1/callbacks/bulk-cancel', { kind: 'error', times: 1 })
    await dialog.getByRole('button', { name: 'Confirm' }).click()

    const alert = dialog.getByRole('alert').filter({ hasText: 'The callbacks were not cancelled' })
    await expect(alert).toContainText('The service had a problem (500).')
    await expect(alert).toContainText(CORRELATION_ID)
    // Still the same confirmation, with the same callback in it.
    await expect(
      dialog.getByRole('table', { name: 'Selected callbacks' }).getByRole('row'),
    ).toHaveCount(2)

    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(dialog.getByRole('status')).toHaveText(
      '1 callback cancelled, 0 excluded, 0 failed.',
    )
  })
})
