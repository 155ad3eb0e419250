import { describe, expect, it } from 'vitest'
import type { CallbackEvent } from '@/domain/lifecycle'
import type { FirebaseCredentialsRecord } from '../store/types'
import { pushDeliveries, pushEventOf, UPCOMING_THRESHOLD_SECONDS } from './push'

const AT = Date.parse('2026-11-18T15:00:00.000Z')
const firebase: FirebaseCredentialsRecord = {
  id: 'firebase',
  version: 1,
  updatedAt: '2026-11-18T14:00:00.000Z',
  updatedBy: 'developer',
  projectName: 'fcm-client-11959',
  clientEmailHint: 'fire•••.com',
  privateKeyHint: '…x9Qw0b',
}
const targets = {
  parameters: {
    pushTargets: [
      { channel: 'FCM' as const, target: 'device-a' },
      { channel: 'FCM' as const, target: 'device-b' },
    ],
  },
}

describe('pushEventOf', () => {
  const long = { ewtAtOffer: UPCOMING_THRESHOLD_SECONDS }
  it.each<[CallbackEvent, object, string | null]>([
    ['RESERVE_AGENT', long, 'CALLBACK_UPCOMING'],
    ['RESERVE_AGENT', { ewtAtOffer: UPCOMING_THRESHOLD_SECONDS - 1 }, null],
    ['RESERVE_AGENT', { ...long, dialAttempts: 1 }, null],
    ['DIAL_FAILED', {}, 'CALLBACK_ATTEMPT_FAILED'],
    ['REDIAL_LIMIT', {}, 'CALLBACK_FINAL_ATTEMPT_FAILED'],
    ['PURGE', {}, 'CALLBACK_PURGED'],
    ['QUEUE', long, null],
    ['CONNECT', long, null],
    ['FINISH', long, null],
    ['CANCEL_BY_ADMIN', long, null],
    ['RESCHEDULE', long, null],
  ])('%s with %o sends %s', (event, metrics, expected) => {
    expect(pushEventOf(event, metrics)).toBe(expected)
  })
})

describe('pushDeliveries', () => {
  it('sends to every target with the saved project', () => {
    expect(pushDeliveries(targets, 'CALLBACK_PURGED', AT, { firebase })).toEqual([
      {
        at: '2026-11-18T15:00:00.000Z',
        event: 'CALLBACK_PURGED',
        channel: 'FCM',
        target: 'device-a',
        sent: true,
        project: 'fcm-client-11959',
      },
      expect.objectContaining({ target: 'device-b', sent: true }),
    ])
  })

  it('records why nothing was sent without credentials', () => {
    const [first] = pushDeliveries(targets, 'CALLBACK_UPCOMING', AT, { firebase: null })
    expect(first).toEqual({
      at: '2026-11-18T15:00:00.000Z',
      event: 'CALLBACK_UPCOMING',
      channel: 'FCM',
      target: 'device-a',
      sent: false,
      reason: 'NO_CREDENTIALS',
    })
  })

  it('sends nothing for a callback without targets', () => {
    expect(pushDeliveries({}, 'CALLBACK_PURGED', AT, { firebase })).toEqual([])
  })
})
