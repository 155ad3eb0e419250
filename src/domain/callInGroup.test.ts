import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ACCESS_CODE_LENGTH,
  addDnisProblem,
  DEFAULT_SETTINGS,
  descriptionProblem,
  dnisKey,
  dnisProblem,
  EXPIRY_SECONDS,
  groupNameProblem,
  groupProblem,
  matchesDnisFilter,
  MAX_POOL_SIZE,
  normalizeEntry,
  poolProblem,
  sameGroupName,
  settingProblem,
  type DnisEntry,
} from './callInGroup'
import { defined } from '@/test/defined'

const pool = (count: number, from = 0): DnisEntry[] =>
  Array.from({ length: count }, (_, i) => ({
    number: `+1800555${String(from + i).padStart(4, '0')}`,
  }))

describe('dnisProblem: E.164, "+" optional, at most 16 characters', () => {
  it.each([
    { number: '+18005555554', problem: null },
    { number: '18005555554', problem: null },
    { number: '  +18005555554 ', problem: null },
    { number: '+442079460123', problem: null },
    { number: '+1234567', problem: null }, // 7 digits: the shortest in service
    { number: '+123456789012345', problem: null }, // 15 digits, 16 characters
    { number: '123456789012345', problem: null },
    { number: '', problem: 'EMPTY' },
    { number: '   ', problem: 'EMPTY' },
    { number: '+1234567890123456', problem: 'TOO_LONG' }, // 17 characters
    { number: '1234567890123456', problem: 'FORMAT' }, // 16 digits: too many for E.164
    { number: '+123456', problem: 'FORMAT' },
    { number: '+08005555554', problem: 'FORMAT' },
    { number: '+1 800 555 5554', problem: 'FORMAT' },
    { number: '+1-800-5555554', problem: 'FORMAT' },
    { number: '++18005555554', problem: 'FORMAT' },
    { number: '1800555555+', problem: 'FORMAT' },
    { number: '<script>', problem: 'FORMAT' },
    { number: '１８００５５５５５５４', problem: 'FORMAT' }, // full-width digits are not digits here
    { number: 'x'.repeat(100_000), problem: 'TOO_LONG' },
  ])('$number → $problem', ({ number, problem }) => {
    expect(dnisProblem(number)).toBe(problem)
  })

  it('accepts every E.164 number and refuses everything longer than 16 characters', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.integer({ min: 1, max: 9 }),
        fc.stringMatching(/^\d{6,14}$/),
        (plus, first, rest) => dnisProblem(`${plus ? '+' : ''}${first}${rest}`) === null,
      ),
    )
    fc.assert(
      fc.property(fc.string({ minLength: 17, maxLength: 200 }), (text) => {
        fc.pre(text.trim().length > 16)
        return dnisProblem(text) === 'TOO_LONG'
      }),
    )
  })

  it('treats a number with and without "+" as one DNIS', () => {
    expect(dnisKey('+18005555554')).toBe(dnisKey('18005555554'))
    expect(dnisKey(' +18005555554 ')).toBe('18005555554')
    expect(dnisKey('+18005555554')).not.toBe(dnisKey('+18005555555'))
  })
})

describe('descriptionProblem: optional, at most 32 characters, no control characters', () => {
  it.each([
    { text: '', problem: null },
    { text: 'Claims', problem: null },
    { text: 'x'.repeat(32), problem: null },
    { text: `  ${'x'.repeat(32)}  `, problem: null },
    { text: 'é'.repeat(32), problem: null },
    { text: '📞'.repeat(32), problem: null }, // 64 UTF-16 units, 32 characters
    { text: '<script>alert(1)</script>', problem: null }, // text, shown as text
    { text: 'Robert"); DROP TABLE dnis;--', problem: null },
    { text: 'x'.repeat(33), problem: 'TOO_LONG' },
    { text: '📞'.repeat(33), problem: 'TOO_LONG' },
    { text: 'x'.repeat(1_000_000), problem: 'TOO_LONG' },
    { text: 'line\nbreak', problem: 'CONTROL' },
    { text: 'nul\u0000', problem: 'CONTROL' },
    { text: 'bell\u0007', problem: 'CONTROL' },
    { text: 'para\u2028graph', problem: 'CONTROL' },
  ])('$text → $problem', ({ text, problem }) => {
    expect(descriptionProblem(text)).toBe(problem)
  })

  it('stores entries trimmed, without an empty description', () => {
    expect(normalizeEntry({ number: ' +18005555554 ', description: '  Claims ' })).toEqual({
      number: '+18005555554',
      description: 'Claims',
    })
    expect(normalizeEntry({ number: '+18005555556', description: '   ' })).toEqual({
      number: '+18005555556',
    })
    expect(normalizeEntry({ number: '+18005555556', description: undefined })).toEqual({
      number: '+18005555556',
    })
  })
})

describe('groupNameProblem', () => {
  it.each([
    { name: 'auto_insurance', problem: null },
    { name: 'Sales & Service (EMEA) #2', problem: null },
    { name: 'a/b?c#d%20', problem: null }, // symbols are allowed; the name is URL-encoded
    { name: 'x'.repeat(64), problem: null },
    { name: '.hidden', problem: null },
    { name: '', problem: 'EMPTY' },
    { name: '   ', problem: 'EMPTY' },
    { name: 'x'.repeat(65), problem: 'TOO_LONG' },
    { name: 'two\nlines', problem: 'CONTROL' },
    { name: 'tab\there', problem: 'CONTROL' },
    { name: '.', problem: 'DOTS' },
    { name: ' .. ', problem: 'DOTS' },
  ])('$name → $problem', ({ name, problem }) => {
    expect(groupNameProblem(name)).toBe(problem)
  })

  it('compares names without regard to case or surrounding spaces', () => {
    expect(sameGroupName('Auto_Insurance ', 'auto_insurance')).toBe(true)
    expect(sameGroupName('auto_insurance', 'auto-insurance')).toBe(false)
  })
})

describe('settingProblem: whole numbers within the range', () => {
  it.each([
    { value: '6', range: ACCESS_CODE_LENGTH, problem: null },
    { value: ' 4 ', range: ACCESS_CODE_LENGTH, problem: null },
    { value: '12', range: ACCESS_CODE_LENGTH, problem: null },
    { value: 12, range: ACCESS_CODE_LENGTH, problem: null },
    { value: '3', range: ACCESS_CODE_LENGTH, problem: 'BELOW' },
    { value: '13', range: ACCESS_CODE_LENGTH, problem: 'ABOVE' },
    { value: '-6', range: ACCESS_CODE_LENGTH, problem: 'BELOW' },
    { value: '', range: ACCESS_CODE_LENGTH, problem: 'EMPTY' },
    { value: '6.5', range: ACCESS_CODE_LENGTH, problem: 'NOT_WHOLE' },
    { value: 6.5, range: ACCESS_CODE_LENGTH, problem: 'NOT_WHOLE' },
    { value: '1e1', range: ACCESS_CODE_LENGTH, problem: 'NOT_WHOLE' },
    { value: 'six', range: ACCESS_CODE_LENGTH, problem: 'NOT_WHOLE' },
    { value: '9'.repeat(400), range: ACCESS_CODE_LENGTH, problem: 'NOT_WHOLE' },
    { value: Number.NaN, range: ACCESS_CODE_LENGTH, problem: 'NOT_WHOLE' },
    { value: '10', range: EXPIRY_SECONDS, problem: null },
    { value: '1800', range: EXPIRY_SECONDS, problem: null },
    { value: '9', range: EXPIRY_SECONDS, problem: 'BELOW' },
    { value: '1801', range: EXPIRY_SECONDS, problem: 'ABOVE' },
    { value: 1e9, range: EXPIRY_SECONDS, problem: 'ABOVE' },
  ])('$value → $problem', ({ value, range, problem }) => {
    expect(settingProblem(value, range)).toBe(problem)
  })

  it('accepts exactly the whole numbers of the range', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5000, max: 5000 }), (n) => {
        const inRange = n >= EXPIRY_SECONDS.min && n <= EXPIRY_SECONDS.max
        return (settingProblem(String(n), EXPIRY_SECONDS) === null) === inRange
      }),
    )
  })
})

describe('groupProblem and poolProblem', () => {
  const group = (dnis: DnisEntry[], settings = {}) => ({ ...DEFAULT_SETTINGS, dnis, ...settings })

  it('accepts the Guide example pool with the default settings', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      generateAccessCode: true,
      accessCodeLength: 6,
      expirySeconds: 30,
      uniqueDnis: false,
    })
    expect(
      groupProblem(
        group([{ number: '+18005555554', description: 'Claims' }, { number: '+18005555556' }]),
      ),
    ).toBeNull()
  })

  it.each([
    { dnis: [], problem: { field: 'dnis', error: 'EMPTY_POOL' } },
    { dnis: pool(MAX_POOL_SIZE + 1), problem: { field: 'dnis', error: 'TOO_MANY' } },
    {
      dnis: [{ number: '+18005555554' }, { number: 'abc' }],
      problem: { field: 'dnis', index: 1, error: 'FORMAT' },
    },
    {
      dnis: [{ number: '+18005555554', description: 'x'.repeat(33) }],
      problem: { field: 'description', index: 0, error: 'TOO_LONG' },
    },
    {
      dnis: [{ number: '+18005555554' }, { number: '+18005555555' }, { number: '18005555554' }],
      problem: { field: 'dnis', index: 2, error: 'DUPLICATE', first: 0 },
    },
  ])('a pool: $problem.error', ({ dnis, problem }) => {
    expect(groupProblem(group(dnis))).toEqual(problem)
  })

  it('accepts a full pool of 10,000 distinct numbers', () => {
    expect(poolProblem(pool(MAX_POOL_SIZE))).toBeNull()
  })

  it.each([
    { settings: { accessCodeLength: 3 }, problem: { field: 'accessCodeLength', error: 'BELOW' } },
    { settings: { accessCodeLength: 13 }, problem: { field: 'accessCodeLength', error: 'ABOVE' } },
    { settings: { expirySeconds: 9 }, problem: { field: 'expirySeconds', error: 'BELOW' } },
    { settings: { expirySeconds: 1801 }, problem: { field: 'expirySeconds', error: 'ABOVE' } },
    { settings: { expirySeconds: 30.5 }, problem: { field: 'expirySeconds', error: 'NOT_WHOLE' } },
  ])('settings: $problem.field $problem.error', ({ settings, problem }) => {
    expect(groupProblem(group(pool(2), settings))).toEqual(problem)
  })

  it('finds a duplicate wherever it is, and names the first of the pair', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 60 }),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        (size, a, b, plus) => {
          const first = a % size
          const second = b % size
          fc.pre(first !== second)
          const dnis = pool(size)
          const [lo, hi] = first < second ? [first, second] : [second, first]
          const digits = dnisKey(defined(dnis[lo]).number)
          dnis[hi] = { number: plus ? `+${digits}` : digits }
          expect(poolProblem(dnis)).toEqual({
            field: 'dnis',
            index: hi,
            error: 'DUPLICATE',
            first: lo,
          })
        },
      ),
    )
  })
})

describe('addDnisProblem: Add DNIS one at a time', () => {
  const current = [{ number: '+18005555554', description: 'Claims' }]
  it.each([
    { entry: { number: '+18005555555', description: 'Renewals' }, problem: null },
    { entry: { number: '+18005555555' }, problem: null },
    { entry: { number: '' }, problem: { field: 'number', error: 'EMPTY' } },
    { entry: { number: '800-555' }, problem: { field: 'number', error: 'FORMAT' } },
    { entry: { number: '18005555554' }, problem: { field: 'number', error: 'DUPLICATE' } },
    {
      entry: { number: '+18005555555', description: 'x'.repeat(40) },
      problem: { field: 'description', error: 'TOO_LONG' },
    },
  ])('$entry.number → $problem', ({ entry, problem }) => {
    expect(addDnisProblem(current, entry)).toEqual(problem)
  })

  it('refuses the 10,001st number', () => {
    expect(addDnisProblem(pool(MAX_POOL_SIZE), { number: '+442079460123' })).toEqual({
      field: 'number',
      error: 'FULL',
    })
  })
})

describe('matchesDnisFilter', () => {
  it.each([
    { filter: '', match: true },
    { filter: '5554', match: true },
    { filter: '+1 800', match: true },
    { filter: 'claim', match: true },
    { filter: 'CLAIMS', match: true },
    { filter: '5559', match: false },
    { filter: 'renewals', match: false },
    { filter: '.*', match: false },
  ])('"$filter" → $match', ({ filter, match }) => {
    expect(matchesDnisFilter({ number: '+18005555554', description: 'Claims' }, filter)).toBe(match)
  })
})
