import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { api, call } from '@/api/client'
import { saveFirebaseCredentials } from '@/api/credentials'
import { DAY_MS } from '@/domain/zonedTime'
import '../testing/setup'
import { keepsContract } from '../testing/expectations'
import { rsaPrivateKeyPem, TEST_CLIENT_EMAIL, TEST_PROJECT } from '../testing/serviceAccount'
import { signInAs } from '../testing/signIn'
import { resetTenant, TEST_NOW } from '../node'
import { DEMO_API_KEY } from '../seed/tenant'

keepsContract()

let clock = TEST_NOW
let privateKey: string
beforeAll(async () => {
  privateKey = await rsaPrivateKeyPem()
})
beforeEach(() => {
  clock = TEST_NOW
  resetTenant({ now: () => clock })
})

/** Callbacks booked with a device to notify, then a day of the clock for them to run their course. */
async function bookAndRun(count: number) {
  const ids: string[] = []
  for (let i = 0; i < count; i++) {
    const booked = await call((init) =>
      api().POST('/engagement/v3/callbacks/create', {
        body: {
          serviceName: 'Service 24x7 VQ_CB',
          phoneNumber: `+4420794607${String(i).padStart(2, '0')}`,
          pushTargets: [{ channel: 'FCM', target: `device-${i}` }],
        },
        headers: { 'x-api-key': DEMO_API_KEY },
        ...init,
      }),
    )
    ids.push(booked.id)
  }
  clock += DAY_MS
  await signInAs('admin')
  return Promise.all(
    ids.map((id) =>
      call((init) => api().GET('/admin/v1/callbacks/{id}', { params: { path: { id } }, ...init })),
    ),
  )
}

/** The push events a callback's recorded life calls for, from its dial results and outcome. */
function expectedEvents(detail: Awaited<ReturnType<typeof bookAndRun>>[number]): string[] {
  const m = detail.metrics
  const dials = m.dialResults ?? []
  const events: string[] = []
  if (dials.length > 0 && (m.ewtAtOffer ?? 0) >= 300) events.push('CALLBACK_UPCOMING')
  dials.forEach((dial, index) => {
    if (dial.result === 'CONNECTED') return
    const last = index === dials.length - 1 && detail.reason === 'REDIAL_LIMIT_REACHED'
    events.push(last ? 'CALLBACK_FINAL_ATTEMPT_FAILED' : 'CALLBACK_ATTEMPT_FAILED')
  })
  if (detail.reason === 'PURGED') events.push('CALLBACK_PURGED')
  return events
}

describe('push deliveries of callbacks booked with pushTargets', () => {
  it('records each event as not sent while no Firebase credentials are saved', async () => {
    const details = await bookAndRun(12)
    const deliveries = details.flatMap((d) => d.metrics.pushDeliveries ?? [])
    expect(deliveries.length).toBeGreaterThan(0)
    for (const detail of details) {
      expect((detail.metrics.pushDeliveries ?? []).map((p) => p.event)).toEqual(
        expectedEvents(detail),
      )
    }
    expect(deliveries.every((p) => !p.sent && p.reason === 'NO_CREDENTIALS')).toBe(true)
  })

  it('sends them with the saved project once credentials are saved', async () => {
    await signInAs('developer')
    await saveFirebaseCredentials({
      projectName: TEST_PROJECT,
      clientEmail: TEST_CLIENT_EMAIL,
      privateKey,
      version: 0,
    })
    const details = await bookAndRun(12)
    const deliveries = details.flatMap((d) => d.metrics.pushDeliveries ?? [])
    expect(deliveries.length).toBeGreaterThan(0)
    expect(deliveries.every((p) => p.sent && p.project === TEST_PROJECT)).toBe(true)
    expect(new Set(deliveries.map((p) => p.target)).size).toBeGreaterThan(1)
  })
})
