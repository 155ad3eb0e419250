import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  chooseDnis,
  CONSUMER,
  maskAccessCode,
  matchCall,
  mistypedCode,
  newAccessCode,
  plannedCall,
  sameNumber,
  type CallInGroupPolicy,
  type PendingCallIn,
} from './callIn'
import { defined } from '@/test/defined'

/** A generator of values in [0, 1) from a list, repeating its last value. */
const sequence =
  (...values: number[]) =>
  () =>
    values.length > 1 ? defined(values.shift()) : defined(values[0])

const NOW = Date.parse('2026-11-18T15:00:00.000Z')
const iso = (t: number) => new Date(t).toISOString()

function request(over: Partial<PendingCallIn> & { id: string }): PendingCallIn {
  return {
    state: 'CREATED',
    dnis: '+18005555554',
    createdAt: iso(NOW),
    expiresAt: iso(NOW + 30_000),
    ...over,
  }
}

const GROUP: CallInGroupPolicy = {
  name: 'auto_insurance',
  dnis: [{ number: '+18005555554' }, { number: '+18005555555' }, { number: '18005555556' }],
  generateAccessCode: true,
  accessCodeLength: 6,
  expirySeconds: 30,
  uniqueDnis: true,
}

describe('access codes', () => {
  it('have exactly the group length in digits and survive the client reading them as a Number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 12 }),
        fc.array(fc.double({ min: 0, max: 0.999_999, noNaN: true }), { minLength: 1 }),
        (length, draws) => {
          const code = newAccessCode(sequence(...draws), length)
          expect(code).toMatch(new RegExp(`^[1-9]\\d{${length - 1}}$`))
          // What engagement-client-js does with it: parseFloat, then the app shows String(n).
          expect(String(parseFloat(code))).toBe(code)
          expect(Number.isSafeInteger(Number(code))).toBe(true)
        },
      ),
    )
  })

  it('never start with 0, even when the generator gives its lowest value', () => {
    expect(newAccessCode(() => 0, 4)).toBe('1000')
    expect(newAccessCode(() => 0.999_999, 6)).toBe('999999')
  })

  it('are mistyped into another code of the same length, never starting with 0', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9]\d{3,11}$/),
        fc.array(fc.double({ min: 0, max: 0.999_999, noNaN: true }), { minLength: 2 }),
        (code, draws) => {
          const wrong = mistypedCode(code, sequence(...draws))
          expect(wrong).not.toBe(code)
          expect(wrong).toHaveLength(code.length)
          expect(wrong).toMatch(/^[1-9]\d*$/)
        },
      ),
    )
  })

  it('are masked but for their last digits', () => {
    expect(maskAccessCode('123456')).toBe('••••56')
    expect(maskAccessCode('123456789012')).toBe('••••••••••12')
    expect(maskAccessCode('1234')).toBe('•••4')
  })
})

describe('numbers', () => {
  it('are the same with or without + and spaces, never when empty', () => {
    expect(sameNumber('+1 800 555 5554', '18005555554')).toBe(true)
    expect(sameNumber('+18005555554', '+18005555555')).toBe(false)
    expect(sameNumber('', '')).toBe(false)
  })
})

describe('choosing a DNIS', () => {
  it('draws any number of a non-unique pool, in use or not', () => {
    const group = { ...GROUP, uniqueDnis: false }
    expect(
      chooseDnis(
        group,
        () => true,
        () => 0,
      ),
    ).toBe('+18005555554')
    expect(
      chooseDnis(
        group,
        () => true,
        () => 0.99,
      ),
    ).toBe('18005555556')
  })

  it('draws only free numbers of a unique pool, and none when all are in use', () => {
    const busy = new Set(['+18005555554', '18005555556'])
    for (const draw of [0, 0.5, 0.99])
      expect(
        chooseDnis(
          GROUP,
          (n) => busy.has(n),
          () => draw,
        ),
      ).toBe('+18005555555')
    expect(
      chooseDnis(
        GROUP,
        () => true,
        () => 0,
      ),
    ).toBeNull()
    expect(
      chooseDnis(
        { ...GROUP, dnis: [] },
        () => false,
        () => 0,
      ),
    ).toBeNull()
  })
})

describe('matching a call', () => {
  const coded = request({ id: 'a', accessCode: '123456', fromPhoneNumber: '+14155550100' })

  it.each([
    [{ dnis: '18005555554', ani: '+1 415 555 0100', accessCode: '123456' }, 'COMPLETED'],
    [{ dnis: '+18005555555', ani: '+14155550100', accessCode: '123456' }, 'NO_PENDING_REQUEST'],
    [{ dnis: '+18005555554', ani: '+14155550100' }, 'ACCESS_CODE_REQUIRED'],
    [{ dnis: '+18005555554', ani: '+14155550100', accessCode: '123457' }, 'WRONG_ACCESS_CODE'],
    [{ dnis: '+18005555554', ani: '+14155550199', accessCode: '123456' }, 'ANI_MISMATCH'],
    [{ dnis: '+18005555554', accessCode: '123456' }, 'ANI_MISMATCH'],
  ] as const)('%o → %s', (call, outcome) => {
    const result = matchCall([coded], call, NOW + 1000)
    expect(result.outcome).toBe(outcome)
    expect(result.match?.id).toBe(outcome === 'COMPLETED' ? 'a' : undefined)
  })

  it('needs no code or caller number when the request has none', () => {
    const open = request({ id: 'b' })
    expect(matchCall([open], { dnis: '+18005555554' }, NOW).outcome).toBe('COMPLETED')
    expect(matchCall([open], { dnis: '+18005555554', accessCode: '99' }, NOW).outcome).toBe(
      'COMPLETED',
    )
  })

  it('ignores requests that are completed, expired, or past their expiry time', () => {
    const requests = [
      request({ id: 'done', state: 'COMPLETED' }),
      request({ id: 'gone', state: 'EXPIRED' }),
      request({ id: 'late' }),
    ]
    expect(matchCall(requests, { dnis: '+18005555554' }, NOW + 30_000).outcome).toBe(
      'NO_PENDING_REQUEST',
    )
    expect(matchCall(requests, { dnis: '+18005555554' }, NOW + 29_999).match?.id).toBe('late')
  })

  it('completes the oldest of the requests sharing a DNIS that match', () => {
    const requests = [
      request({ id: 'newer', createdAt: iso(NOW + 2000) }),
      request({ id: 'older', createdAt: iso(NOW + 1000) }),
      request({ id: 'oldest-coded', createdAt: iso(NOW), accessCode: '5555' }),
    ]
    expect(matchCall(requests, { dnis: '+18005555554' }, NOW + 3000).match?.id).toBe('older')
    expect(
      matchCall(requests, { dnis: '+18005555554', accessCode: '5555' }, NOW + 3000).match?.id,
    ).toBe('oldest-coded')
  })
})

describe('the simulated consumer', () => {
  const pending = request({ id: 'c', accessCode: '123456', fromPhoneNumber: '+14155550100' })

  it('does not call at all for a share of requests', () => {
    expect(plannedCall(pending, 0, NOW, () => CONSUMER.calls, '+1', '+2')).toBeNull()
    expect(plannedCall(pending, 1, NOW, () => CONSUMER.retries, '+1', '+2')).toBeNull()
  })

  it('calls the DNIS before expiry, mostly with the right code from the expected phone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 0.999_999, noNaN: true }), { minLength: 8 }),
        fc.integer({ min: 0, max: 25_000 }),
        (draws, elapsed) => {
          const from = NOW + elapsed
          const plan = plannedCall(pending, 0, from, sequence(...draws), '+14155550100', '+1555')
          if (!plan) return
          expect(plan.at).toBeGreaterThanOrEqual(from + CONSUMER.minDelayMs)
          expect(plan.at).toBeLessThan(Date.parse(pending.expiresAt))
          expect(plan.call.dnis).toBe(pending.dnis)
          expect(plan.call.accessCode).toHaveLength(6)
          expect(['+14155550100', '+1555']).toContain(plan.call.ani)
        },
      ),
    )
  })

  it('mistypes the code when the draw says so', () => {
    // calls, time, same phone, mistypes, then which digit and by how much.
    const plan = plannedCall(pending, 0, NOW, sequence(0, 0.5, 0.5, 0, 0, 0), '+14155550100', '+2')
    expect(plan?.call.accessCode).not.toBe('123456')
    expect(plan?.call.ani).toBe('+14155550100')
  })

  it('sends no code when the request has none', () => {
    const open = request({ id: 'd' })
    expect(plannedCall(open, 0, NOW, () => 0, '+14155550100', '+2')?.call).toEqual({
      dnis: open.dnis,
      ani: '+14155550100',
    })
  })

  it('cannot call once too little time is left', () => {
    expect(plannedCall(pending, 0, NOW + 29_000, () => 0, '+1', '+2')).toBeNull()
  })
})
