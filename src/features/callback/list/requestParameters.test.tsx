import { configure, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '@/test/renderApp'
import { DEFAULT_PREFERENCES } from '@/domain/preferences'
import { currentSimulator, TEST_NOW } from '@mocks/node'
import { DEMO_API_KEY } from '@mocks/seed/tenant'
import { create, toFetchRequest } from '@mocks/testing/officialClient'
import { TEST_ORIGIN } from '@mocks/testing/setup'
import { defined } from '@/test/defined'

// The first render loads the Callback tab's code and messages: slow on a busy machine.
configure({ asyncUtilTimeout: 15_000 })
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(TEST_NOW)
})
afterEach(() => vi.useRealTimers())

/** A callback booked by an integrator's app through the official client, with user data. */
async function bookedByAnApp(): Promise<string> {
  const wire = create(DEMO_API_KEY, 'Service 24x7 VQ_CB', '+442079460140', {
    language: 'fr-CA',
    priority: 1500,
    offerThreshold: 240,
    routePoint: '5001',
    pushTargets: [{ channel: 'FCM', target: 'device-token-1' }],
    userData: { orderId: 'A-1042', vip: true, basket: 1234.5, 'not-kept': 'x' },
  })
  const response = await fetch(toFetchRequest(wire, TEST_ORIGIN))
  return ((await response.json()) as { data: { id: string } }).data.id
}

async function openAdvancedMetrics(
  user: Awaited<ReturnType<typeof renderApp>>['user'],
  switchName: string,
) {
  const table = await screen.findByRole('table', { name: /^(Callbacks|Rappels), / })
  const row = defined(within(table).getAllByRole('row')[1])
  const toggle = within(row).getByRole('button', { name: /^(Details of the callback|Détails)/ })
  await user.click(toggle)
  const details = defined(document.getElementById(toggle.getAttribute('aria-controls') ?? ''))
  await user.click(await within(details).findByRole('switch', { name: switchName }))
  return details
}

describe('what the booking request carried', () => {
  it('shows the fields and the user data as a key/value table in the advanced metrics', async () => {
    const id = await bookedByAnApp()
    const { user } = await renderApp(`/callback?range=today&field=callbackId&q=${id}`, {
      as: 'supervisor',
    })
    const details = await openAdvancedMetrics(user, 'Advanced Callback Metrics')
    const section = within(details).getByRole('region', { name: 'Sent with the request' })
    const facts = within(section)
      .getAllByRole('term')
      .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent])
    expect(facts).toEqual([
      ['Offer type', expect.stringMatching(/^ASAP if the request does not include/)],
      ['Language', 'fr-CA'],
      ['Priority', '1,500'],
      ['Offer threshold', '4 min'],
      ['Route point', '5001'],
      ['Push targets', 'FCM: device-token-1'],
    ])
    const userData = within(section).getByRole('table', { name: 'User data' })
    expect(
      within(userData)
        .getAllByRole('row')
        .map((row) => [...row.children].map((cell) => cell.textContent)),
    ).toEqual([
      ['Key', 'Value'],
      ['orderId', 'A-1042'],
      ['vip', 'true'],
      ['basket', '1234.5'],
    ])
  })

  it('speaks French', async () => {
    const id = await bookedByAnApp()
    currentSimulator().tenant().state.preferences.supervisor = {
      ...DEFAULT_PREFERENCES,
      language: 'fr',
    }
    const { user } = await renderApp(`/callback?range=today&field=callbackId&q=${id}`, {
      as: 'supervisor',
    })
    const details = await openAdvancedMetrics(user, 'Métriques avancées du rappel')
    const section = within(details).getByRole('region', { name: 'Transmis avec la demande' })
    expect(within(section).getByText('Seuil d’offre')).toBeInTheDocument()
    expect(within(section).getByText('FCM : device-token-1')).toBeInTheDocument()
    const userData = within(section).getByRole('table', { name: 'Données utilisateur' })
    expect(within(userData).getByRole('columnheader', { name: 'Clé' })).toBeInTheDocument()
  })

  it('shows no such section for a callback created in the UI', async () => {
    const { user } = await renderApp('/callback?field=completedReason&q=AGENT', {
      as: 'supervisor',
    })
    const details = await openAdvancedMetrics(user, 'Advanced Callback Metrics')
    expect(within(details).getByText('Dial attempts')).toBeInTheDocument()
    expect(within(details).queryByRole('region')).not.toBeInTheDocument()
  })
})
