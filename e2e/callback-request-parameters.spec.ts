import { DEMO_API_KEY } from '@mocks/seed/tenant'
import { create, OFFICIAL_CLIENT_USER_AGENT } from '@mocks/testing/officialClient'
import { ALWAYS_OPEN_QUEUE, callbackRows, searchFor } from './callbackPage'
import {
  chooseLanguage,
  DEFAULT_SIM_CONFIG,
  expect,
  expectNoA11yViolations,
  signIn,
  test,
} from './fixtures'

/**
 * A callback an integrator's app booked through the official engagement client, with user data,
 * seen in the Callback tab's Advanced Callback Metrics. The booking goes through the page's own
 * demo tenant (the service worker), exactly as the client writes it.
 */
test.use({ simConfig: { ...DEFAULT_SIM_CONFIG, seedSize: 500 } })

const WIRE = create(DEMO_API_KEY, ALWAYS_OPEN_QUEUE, '+442079460150', {
  language: 'fr-CA',
  priority: 20,
  offerThreshold: 300,
  routePoint: '5001',
  inboundVQ: 'Service_Inbound_VQ',
  cbOriginationIxnId: '00A1B2C3D4E5F607',
  pushTargets: [{ channel: 'FCM', target: 'fcm-registration-token-of-the-customer-phone' }],
  userData: { orderId: 'A-1042', vip: true, basket: 129.5, note: 'Call about the late delivery' },
})

test('shows what the app sent with the booking, user data as a table, in English and French', async ({
  page,
}) => {
  await signIn(page, 'supervisor')
  const id = await page.evaluate(async (wire) => {
    // A browser sets its own User-Agent.
    const { 'User-Agent': _agent, ...headers } = wire.headers
    const response = await fetch(wire.path, {
      method: wire.method,
      headers,
      body: wire.body ?? null,
    })
    return ((await response.json()) as { data: { id: string } }).data.id
  }, WIRE)
  expect(WIRE.headers['User-Agent']).toBe(OFFICIAL_CLIENT_USER_AGENT)

  await searchFor(page, 'Callback ID', id)
  const row = callbackRows(page).first()
  const details = row.getByRole('button', { name: /^Details of the callback for / })
  await details.click()
  const region = page.locator(`[id="${await details.getAttribute('aria-controls')}"]`)
  await region.getByRole('switch', { name: 'Advanced Callback Metrics' }).check()

  const sent = region.getByRole('region', { name: 'Sent with the request' })
  await expect(sent.getByText('Offer threshold')).toBeVisible()
  await expect(sent.getByText('5 min', { exact: true })).toBeVisible()
  const userData = sent.getByRole('table', { name: 'User data' })
  await expect(userData.getByRole('row')).toHaveCount(5)
  await expect(
    userData.getByRole('row', { name: 'note Call about the late delivery' }),
  ).toBeVisible()
  await expectNoA11yViolations(page)

  await chooseLanguage(page, 'Français')
  const envoye = region.getByRole('region', { name: 'Transmis avec la demande' })
  await expect(envoye.getByRole('table', { name: 'Données utilisateur' })).toBeVisible()
  await expect(envoye.getByText('Seuil d’offre')).toBeVisible()
  await expectNoA11yViolations(page)
})
