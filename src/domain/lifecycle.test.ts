import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CALLBACK_STATES,
  isCancellable,
  isCompleted,
  isReschedulable,
  type CallbackState,
  type CompletionReason,
} from './callback'
import {
  allowedEvents,
  CALLBACK_EVENTS,
  transition,
  type CallbackEvent,
  type StateAfter,
} from './lifecycle'

/**
 * The expected machine, written out independently of the implementation: for every state, the events
 * it accepts and where they lead. Any (state, event) pair not listed here must be refused.
 */
const EXPECTED: Record<CallbackState, Partial<Record<CallbackEvent, StateAfter>>> = {
  SCHEDULED: {
    QUEUE: { state: 'QUEUED' },
    PURGE: { state: 'COMPLETED', reason: 'PURGED' },
    CANCEL: { state: 'COMPLETED', reason: 'CANCELLED' },
    CANCEL_BY_ADMIN: { state: 'COMPLETED', reason: 'CANCELLED_BY_ADMIN' },
    RESCHEDULE: { state: 'COMPLETED', reason: 'RESCHEDULED' },
  },
  QUEUED: {
    RESERVE_AGENT: { state: 'ROUTING' },
    ABANDON: { state: 'COMPLETED', reason: 'ABANDONED_IN_QUEUE' },
    PURGE: { state: 'COMPLETED', reason: 'PURGED' },
    CANCEL: { state: 'COMPLETED', reason: 'CANCELLED' },
    CANCEL_BY_ADMIN: { state: 'COMPLETED', reason: 'CANCELLED_BY_ADMIN' },
  },
  ROUTING: {
    CONNECT: { state: 'PROCESSING' },
    DIAL_FAILED: { state: 'QUEUED' },
    REDIAL_LIMIT: { state: 'COMPLETED', reason: 'REDIAL_LIMIT_REACHED' },
    CANCEL: { state: 'COMPLETED', reason: 'CANCELLED' },
    CANCEL_BY_ADMIN: { state: 'COMPLETED', reason: 'CANCELLED_BY_ADMIN' },
  },
  PROCESSING: {
    FINISH: { state: 'COMPLETED', reason: 'AGENT' },
  },
  COMPLETED: {},
}

const ALL_PAIRS = CALLBACK_STATES.flatMap((state) =>
  CALLBACK_EVENTS.map((event) => ({ state, event, expected: EXPECTED[state][event] ?? null })),
)

describe('transition: every (state, event) pair', () => {
  it('covers the whole product of states and events', () => {
    expect(ALL_PAIRS).toHaveLength(CALLBACK_STATES.length * CALLBACK_EVENTS.length)
    expect(ALL_PAIRS).toHaveLength(55)
  })

  it.each(ALL_PAIRS.filter((p) => p.expected !== null))(
    '$state + $event → allowed',
    ({ state, event, expected }) => {
      const result = transition(state, event)
      expect(result).toEqual({ ok: true, next: expected })
    },
  )

  it.each(ALL_PAIRS.filter((p) => p.expected === null))(
    '$state + $event → refused',
    ({ state, event }) => {
      expect(transition(state, event)).toEqual({ ok: false, from: state, event })
    },
  )
})

describe('transition: shape of the machine', () => {
  it('COMPLETED is terminal: it refuses every event', () => {
    for (const event of CALLBACK_EVENTS) {
      expect(transition('COMPLETED', event).ok).toBe(false)
    }
    expect(allowedEvents('COMPLETED')).toEqual([])
  })

  it('every move into COMPLETED carries a reason, every other move carries none', () => {
    for (const { state, event } of ALL_PAIRS) {
      const result = transition(state, event)
      if (!result.ok) continue
      if (result.next.state === 'COMPLETED') expect(result.next.reason).toBeDefined()
      else expect(result.next.reason).toBeUndefined()
    }
  })

  it('allowedEvents lists exactly the events transition accepts', () => {
    for (const state of CALLBACK_STATES) {
      const accepted = CALLBACK_EVENTS.filter((event) => transition(state, event).ok)
      expect([...allowedEvents(state)].sort()).toEqual([...accepted].sort())
    }
  })

  it('a person in the UI can cancel exactly the states the list offers Cancel for', () => {
    for (const state of CALLBACK_STATES) {
      expect(transition(state, 'CANCEL_BY_ADMIN').ok).toBe(isCancellable(state))
      expect(transition(state, 'CANCEL').ok).toBe(isCancellable(state))
    }
  })

  it('only a callback that can be rescheduled accepts RESCHEDULE', () => {
    for (const state of CALLBACK_STATES) {
      expect(transition(state, 'RESCHEDULE').ok).toBe(isReschedulable(state))
    }
  })

  it('a failed dial goes back to the queue and can be retried until the agent connects', () => {
    let state: CallbackState = 'SCHEDULED'
    const path: CallbackEvent[] = [
      'QUEUE',
      'RESERVE_AGENT',
      'DIAL_FAILED',
      'RESERVE_AGENT',
      'CONNECT',
      'FINISH',
    ]
    const visited: CallbackState[] = [state]
    for (const event of path) {
      const result = transition(state, event)
      if (!result.ok) throw new Error(`refused ${state} + ${event}`)
      state = result.next.state
      visited.push(state)
    }
    expect(visited).toEqual([
      'SCHEDULED',
      'QUEUED',
      'ROUTING',
      'QUEUED',
      'ROUTING',
      'PROCESSING',
      'COMPLETED',
    ])
    expect(transition('PROCESSING', 'FINISH')).toEqual({
      ok: true,
      next: { state: 'COMPLETED', reason: 'AGENT' },
    })
  })

  it('an agent on the call cannot be interrupted by a cancel, purge or abandon', () => {
    for (const event of ['CANCEL', 'CANCEL_BY_ADMIN', 'PURGE', 'ABANDON', 'RESCHEDULE'] as const) {
      expect(transition('PROCESSING', event).ok).toBe(false)
    }
  })

  it('every state except COMPLETED can still reach COMPLETED', () => {
    for (const start of CALLBACK_STATES) {
      const seen = new Set<CallbackState>([start])
      const queue: CallbackState[] = [start]
      while (queue.length) {
        const s = queue.shift() as CallbackState
        for (const event of allowedEvents(s)) {
          const r = transition(s, event)
          if (r.ok && !seen.has(r.next.state)) {
            seen.add(r.next.state)
            queue.push(r.next.state)
          }
        }
      }
      expect(seen.has('COMPLETED')).toBe(true)
    }
  })
})

describe('transition: random event sequences', () => {
  const arbEvents = fc.array(fc.constantFrom(...CALLBACK_EVENTS), { maxLength: 60 })
  const arbState = fc.constantFrom(...CALLBACK_STATES)

  it('never leaves the state space, and once COMPLETED stays COMPLETED with its first reason', () => {
    fc.assert(
      fc.property(arbState, arbEvents, (initial, events) => {
        let state: CallbackState = initial
        let reason: CompletionReason | undefined
        for (const event of events) {
          const before = state
          const result = transition(state, event)
          if (result.ok) {
            expect(before).not.toBe('COMPLETED')
            state = result.next.state
            reason = result.next.reason
          } else {
            expect(result).toEqual({ ok: false, from: before, event })
          }
          expect(CALLBACK_STATES).toContain(state)
          if (isCompleted(before)) {
            expect(state).toBe('COMPLETED')
          }
        }
        if (state === 'COMPLETED' && initial !== 'COMPLETED') expect(reason).toBeDefined()
      }),
    )
  })

  it('is a pure function: the same pair always gives the same answer', () => {
    fc.assert(
      fc.property(arbState, fc.constantFrom(...CALLBACK_EVENTS), (state, event) => {
        expect(transition(state, event)).toEqual(transition(state, event))
      }),
    )
  })
})
