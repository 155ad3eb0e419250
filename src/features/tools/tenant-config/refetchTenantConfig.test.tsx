import { screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '@/test/renderApp'
import { currentSimulator, resetTenant, TEST_NOW } from '@mocks/node'

// The app's clock and the simulator's are one: the age of the configuration is counted between them.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(TEST_NOW)
  resetTenant({ now: () => Date.now() })
})
afterEach(() => vi.useRealTimers())

const MINUTE = 60_000
const entry = () => screen.findByRole('button', { name: /^Refetch Tenant Configuration/ })
/** Sign in and wait for the page itself, so no lazy page finishes loading after the test. */
async function open(path: string, as: string) {
  const view = await renderApp(path, { as })
  await screen.findByRole('heading', { level: 1 })
  return view
}

describe('Refetch Tenant Configuration', () => {
  it('says how long ago the configuration was fetched, and fetches it again on click', async () => {
    vi.setSystemTime(TEST_NOW + 7 * MINUTE)
    const { user } = await open('/tools/queues', 'admin')
    await waitFor(async () =>
      expect(await entry()).toHaveTextContent(
        'Refetch Tenant Configuration(last fetched 7 minutes ago)',
      ),
    )
    await user.click(await entry())
    expect(await screen.findByText('(last fetched less than a minute ago)')).toBeVisible()
    expect(currentSimulator().tenant().state.tenantConfigFetchedAt).toBe(TEST_NOW + 7 * MINUTE)
    expect(await screen.findByText(/^Tenant configuration fetched again/)).toBeVisible()
  })

  it('fetches it again on its own once 30 minutes have passed', async () => {
    vi.setSystemTime(TEST_NOW + 31 * MINUTE)
    await open('/tools/callback-search', 'supervisor')
    await waitFor(() =>
      expect(currentSimulator().tenant().state.tenantConfigFetchedAt).toBe(TEST_NOW + 31 * MINUTE),
    )
    expect(await entry()).toHaveTextContent('(last fetched less than a minute ago)')
  })

  it('does not fetch on its own before the 30 minutes are up', async () => {
    vi.setSystemTime(TEST_NOW + 29 * MINUTE)
    await open('/tools/queues', 'developer')
    await waitFor(async () =>
      expect(await entry()).toHaveTextContent('(last fetched 29 minutes ago)'),
    )
    expect(currentSimulator().tenant().state.tenantConfigFetchedAt).toBe(TEST_NOW)
  })

  it('shows the correlation ID when the refetch fails', async () => {
    const { user } = await open('/tools/queues', 'admin')
    currentSimulator().faults.set('POST /admin/v1/tenant-config/refetch', {
      kind: 'error',
      times: 1,
    })
    await user.click(await entry())
    const alert = await screen.findByText('The tenant configuration could not be fetched.')
    expect(alert.closest('[role="alert"]')).toHaveTextContent(/Correlation ID/)
  })
})
