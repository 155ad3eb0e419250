import { describe, expect, it } from 'vitest'
import {
  callbackDiagnostics,
  describeSeconds,
  type DiagnosticCallback,
  type DiagnosticQueue,
} from './callbackDiagnostics'

const NOW = Date.parse('2026-11-18T15:00:00.000Z')
const at = (minutesFromNow: number) => new Date(NOW + minutesFromNow * 60_000).toISOString()
const QUEUE: DiagnosticQueue = { maxDialAttempts: 3, purgeTimeMinutes: 120, openNow: true }

function facts(callback: Partial<DiagnosticCallback>, queue = QUEUE, live = {}) {
  const list = callbackDiagnostics(
    {
      state: 'SCHEDULED',
      origin: 'SCHEDULED',
      desiredTime: at(60),
      metrics: {},
      ...callback,
    },
    queue,
    live,
    NOW,
  )
  return Object.fromEntries(list.map((f) => [f.label, f.value]))
}

describe('describeSeconds', () => {
  it.each([
    [0, '0 s'],
    [45, '45 s'],
    [60, '1 min'],
    [250, '4 min 10 s'],
    [3600, '1 h'],
    [7500, '2 h 5 min'],
    [-5, '0 s'],
  ])('%i → %s', (seconds, text) => expect(describeSeconds(seconds)).toBe(text))
})

describe('callbackDiagnostics', () => {
  it('says a scheduled callback waits for its time, and how it was requested', () => {
    expect(
      facts({
        metrics: { originationChannel: 'WEB', createdBy: 'sam', createdAt: at(-30) },
      }),
    ).toEqual({
      'Callback type': 'Scheduled',
      'Requested through': 'Web or mobile app',
      Created: `sam at ${at(-30)}`,
      'Next step': 'Queued at its desired time',
    })
  })

  it.each([
    [true, /^Yes: the desired time passed 10 min ago and the callback is not queued yet$/],
    [false, /while the queue is closed; it is queued when the queue opens, or purged 2 h after/],
  ])('says a scheduled callback is past its desired window (queue open: %s)', (openNow, text) => {
    const result = facts({ desiredTime: at(-10) }, { ...QUEUE, openNow })
    expect(result['Past the desired window']).toMatch(text)
    expect(result['Next step']).toBeUndefined()
  })

  it('is not late within the two-minute desired window', () => {
    expect(facts({ desiredTime: at(-1) })['Past the desired window']).toBeUndefined()
  })

  it('gives a queued callback its position and wait, unknown when nobody is logged in', () => {
    const queued = {
      state: 'QUEUED',
      origin: 'IMMEDIATE',
      desiredTime: at(-5),
      metrics: { queuedAt: at(-5), ewtAtOffer: 300, agentsLoggedIn: 4 },
    } as const
    expect(facts(queued, QUEUE, { position: 3, estimatedWait: 250 })).toMatchObject({
      'Callback type': 'Immediate (wait for an agent)',
      'Queued at': at(-5),
      'Estimated wait when offered': '5 min',
      'Agents logged in when offered': '4',
      'Position in queue': '3',
      'Estimated wait now': '4 min 10 s',
    })
    expect(facts(queued, QUEUE, { position: 1, estimatedWait: -1 })['Estimated wait now']).toBe(
      'Unknown (no agents logged in)',
    )
  })

  it('lists every dial attempt with its result against the queue’s maximum', () => {
    const result = facts({
      state: 'COMPLETED',
      reason: 'REDIAL_LIMIT_REACHED',
      desiredTime: at(-60),
      metrics: {
        dialAttempts: 3,
        dialResults: [
          { at: at(-50), result: 'NO_ANSWER' },
          { at: at(-45), result: 'BUSY' },
          { at: at(-40), result: 'NO_ANSWER' },
        ],
        completedAt: at(-40),
      },
    })
    expect(result).toMatchObject({
      'Dial attempts': '3 of 3',
      'Dial attempt 1': `No answer at ${at(-50)}`,
      'Dial attempt 2': `Busy at ${at(-45)}`,
      'Dial attempt 3': `No answer at ${at(-40)}`,
      Outcome: 'Not reached: every dial attempt failed',
      'Completed at': at(-40),
    })
  })

  it('names where a connected callback was routed and who ended the call', () => {
    expect(
      facts({
        state: 'COMPLETED',
        reason: 'AGENT',
        desiredTime: at(-60),
        metrics: {
          dialAttempts: 1,
          dialResults: [{ at: at(-55), result: 'CONNECTED' }],
          routingNode: 'eu-west-1 (Ireland)',
          servedRegion: 'eu-west-1',
          regionDecision: 'Preferred region eu-west-1 was up',
          connectedAt: at(-55),
          callDirection: 'AGENT_TERMINATED',
        },
      }),
    ).toMatchObject({
      'Routing node': 'eu-west-1 (Ireland)',
      'Served region': 'eu-west-1',
      'Region decision': 'Preferred region eu-west-1 was up',
      'Connected at': at(-55),
      'Call ended by': 'The agent',
      Outcome: 'Handled by an agent',
    })
  })

  it.each([
    [
      'cancelled by a supervisor',
      { reason: 'CANCELLED_BY_ADMIN', metrics: { cancelledBy: 'sam', cancelledAt: at(-3) } },
      { Outcome: 'Cancelled by a supervisor', 'Cancelled by': `sam at ${at(-3)}` },
    ],
    [
      'rescheduled',
      {
        reason: 'RESCHEDULED',
        metrics: { rescheduledBy: 'ada', rescheduledAt: at(-3), rescheduledTo: 'new-id' },
      },
      { 'Rescheduled by': `ada at ${at(-3)}`, 'Replaced by callback': 'new-id' },
    ],
    [
      'purged',
      { reason: 'PURGED', metrics: {} },
      { Outcome: expect.stringMatching(/^Purged/), 'Purge time of the queue': '2 h' },
    ],
    [
      'recreated',
      {
        reason: 'AGENT',
        metrics: { recreatedFrom: 'old-id', recreatedBy: 'sam', recreatedAt: at(-9) },
      },
      { 'Recreated from callback': 'old-id', 'Recreated by': `sam at ${at(-9)}` },
    ],
  ] as const)('says who changed a callback that was %s', (_, callback, expected) => {
    expect(facts({ state: 'COMPLETED', desiredTime: at(-20), ...callback })).toMatchObject(expected)
  })

  it('leaves out what is not known rather than showing blanks', () => {
    const list = callbackDiagnostics(
      { state: 'QUEUED', origin: 'IMMEDIATE', desiredTime: at(-1), metrics: {} },
      QUEUE,
      {},
      NOW,
    )
    expect(list).toEqual([{ label: 'Callback type', value: 'Immediate (wait for an agent)' }])
  })
})
