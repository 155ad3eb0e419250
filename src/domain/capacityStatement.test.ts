import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { locateJsonError } from './capacityJson'
import {
  gridFromStatement,
  MAX_CAPACITY,
  rowCount,
  statementFromGrid,
  WEEKDAYS,
  type CapacityGrid,
  type CapacityStatement,
  type SlotLength,
} from './capacityRule'
import {
  describeCapacityProblem,
  MAX_STATEMENT_CHARS,
  parseCapacityStatement,
  serializeCapacityStatement,
  validateCapacityStatement,
  type CapacityProblem,
} from './capacityStatement'

const SPEC_EXAMPLE =
  '{"days":{"sun":{"02:00":2},"mon":{"05:00":2},"tue":{"07:00":3,"06:00":4}},"duration":60}'

function problemOf(text: string): CapacityProblem {
  const parsed = parseCapacityStatement(text)
  if (parsed.ok) throw new Error(`expected ${text} to be refused`)
  return parsed.problem
}

describe('parseCapacityStatement accepts', () => {
  it('the example of the spec, normalised (times in order)', () => {
    expect(parseCapacityStatement(SPEC_EXAMPLE)).toEqual({
      ok: true,
      value: {
        days: { sun: { '02:00': 2 }, mon: { '05:00': 2 }, tue: { '06:00': 4, '07:00': 3 } },
        duration: 60,
      },
    })
  })

  it.each([
    ['half-hour times with duration 30', '{"days":{"fri":{"07:30":1,"23:30":2}},"duration":30}'],
    ['no days at all', '{"days":{},"duration":60}'],
    ['a day with no times', '{"days":{"mon":{}},"duration":30}'],
    ['zeros (left out)', '{"days":{"mon":{"08:00":0}},"duration":60}'],
    ['the largest value', `{"days":{"mon":{"08:00":${MAX_CAPACITY}}},"duration":60}`],
    ['whitespace and new lines', '\n {\n "duration": 60,\n "days": { "sat": { "23:00": 7 } }\n}\n'],
    [
      'a whole rule copied from the API',
      '{"id":"x","name":"March","version":3,"days":{},"duration":60}',
    ],
    ['a value written with an exponent', '{"days":{"mon":{"08:00":1e2}},"duration":60}'],
  ])('%s', (_, text) => {
    expect(parseCapacityStatement(text).ok).toBe(true)
  })

  it('drops zero values and empty days', () => {
    expect(
      parseCapacityStatement('{"days":{"mon":{"08:00":0},"tue":{"09:00":1}},"duration":60}'),
    ).toEqual({ ok: true, value: { days: { tue: { '09:00': 1 } }, duration: 60 } })
  })
})

describe('parseCapacityStatement refuses, naming the problem', () => {
  it.each<[string, string, Partial<CapacityProblem>, RegExp]>([
    ['empty text', '  ', { code: 'empty' }, /empty/],
    [
      'bad JSON (trailing comma)',
      '{"days":{},"duration":60,}',
      { code: 'badJson', position: 25, line: 1, column: 26, expected: 'key', found: '}' },
      /line 1, column 26 \(position 25\): expected a property name in double quotes, found "}"/,
    ],
    [
      'bad JSON on a later line',
      '{\n  "days": {}\n  "duration": 60\n}',
      { code: 'badJson', line: 3, column: 3, expected: 'commaOrBrace', found: '"' },
      /line 3, column 3/,
    ],
    [
      'bad JSON that ends too early',
      '{"days":{"sun":',
      { code: 'badJson', position: 15, expected: 'value', found: '' },
      /found the end of the text/,
    ],
    ['a list', '[1,2]', { code: 'notObject' }, /JSON object/],
    ['a number', '5', { code: 'notObject' }, /JSON object/],
    ['missing duration', '{"days":{}}', { code: 'missingDuration' }, /"duration" is missing/],
    ['duration 45', '{"days":{},"duration":45}', { code: 'badDuration', value: '45' }, /45/],
    [
      'duration "60" (a string)',
      '{"days":{},"duration":"60"}',
      { code: 'badDuration', value: '"60"' },
      /"60"/,
    ],
    ['missing days', '{"duration":60}', { code: 'missingDays' }, /"days"/],
    ['days as a list', '{"days":[],"duration":60}', { code: 'daysNotObject' }, /weekdays/],
    [
      'unknown day "fri2"',
      '{"days":{"fri2":{"08:00":1}},"duration":60}',
      { code: 'unknownDay', day: 'fri2' },
      /Unknown day "fri2"/,
    ],
    [
      'a day named in full',
      '{"days":{"Monday":{}},"duration":60}',
      { code: 'unknownDay', day: 'Monday' },
      /Unknown day "Monday"/,
    ],
    [
      '__proto__ as a day',
      '{"days":{"__proto__":{"08:00":1}},"duration":60}',
      { code: 'unknownDay', day: '__proto__' },
      /__proto__/,
    ],
    [
      'a day that is a number',
      '{"days":{"mon":5},"duration":60}',
      { code: 'dayNotObject', day: 'mon' },
      /"mon" must be an object/,
    ],
    [
      'time "07:15" on the half-hour grid',
      '{"days":{"mon":{"07:15":1}},"duration":30}',
      { code: 'offGrid', day: 'mon', time: '07:15', duration: 30 },
      /"07:15" on mon is not on the half-hour grid/,
    ],
    [
      'time "07:30" in an hourly rule',
      '{"days":{"mon":{"07:30":1}},"duration":60}',
      { code: 'offGrid', day: 'mon', time: '07:30', duration: 60 },
      /not on the hour/,
    ],
    [
      'time "24:00"',
      '{"days":{"mon":{"24:00":1}},"duration":60}',
      { code: 'badTime', time: '24:00' },
      /not a time of day/,
    ],
    ['time "7:00"', '{"days":{"mon":{"7:00":1}},"duration":60}', { code: 'badTime' }, /"7:00"/],
    [
      'value -1',
      '{"days":{"mon":{"08:00":-1}},"duration":60}',
      { code: 'badValue', value: '-1', reason: 'negative' },
      /Value -1 at mon 08:00 .*cannot be negative/,
    ],
    [
      'value 2.5',
      '{"days":{"mon":{"08:00":2.5}},"duration":60}',
      { code: 'badValue', value: '2.5', reason: 'notInteger' },
      /whole numbers/,
    ],
    [
      'value "3" (a string)',
      '{"days":{"mon":{"08:00":"3"}},"duration":60}',
      { code: 'badValue', value: '"3"', reason: 'notNumber' },
      /Value "3" .*must be numbers/,
    ],
    [
      'value null',
      '{"days":{"mon":{"08:00":null}},"duration":60}',
      { code: 'badValue', value: 'null', reason: 'notNumber' },
      /null/,
    ],
    [
      'a value over the limit',
      `{"days":{"mon":{"08:00":${MAX_CAPACITY + 1}}},"duration":60}`,
      { code: 'badValue', reason: 'tooLarge' },
      /cannot exceed 100,000/,
    ],
  ])('%s', (_, text, expected, message) => {
    const problem = problemOf(text)
    expect(problem).toMatchObject(expected)
    expect(describeCapacityProblem(problem)).toMatch(message)
  })

  it('checks the duration before the times, so an off-grid time is judged on the right grid', () => {
    expect(problemOf('{"days":{"mon":{"07:30":1}},"duration":45}')).toMatchObject({
      code: 'badDuration',
    })
  })

  it('refuses text over the size limit at once, and quotes hostile keys shortened', () => {
    const huge = `{"days":{},"duration":60,"x":"${'a'.repeat(MAX_STATEMENT_CHARS)}"}`
    const started = performance.now()
    expect(problemOf(huge)).toMatchObject({ code: 'tooLarge', limit: MAX_STATEMENT_CHARS })
    expect(performance.now() - started).toBeLessThan(50)
    const longDay = problemOf(`{"days":{"${'d'.repeat(50_000)}":{}},"duration":60}`)
    expect(describeCapacityProblem(longDay).length).toBeLessThan(100)
  })

  it('survives deep nesting and other hostile shapes without throwing', () => {
    const deep = '['.repeat(90_000)
    expect(problemOf(deep)).toMatchObject({ code: 'badJson', expected: 'value', found: '' })
    expect(
      problemOf('{"days":' + '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000) + ',"duration":60}'),
    ).toMatchObject({ code: 'unknownDay', day: 'a' })
    expect(validateCapacityStatement(Object.create(null)).ok).toBe(false)
    expect(validateCapacityStatement(undefined)).toEqual({
      ok: false,
      problem: { code: 'notObject' },
    })
  })
})

describe('locateJsonError agrees with JSON.parse', () => {
  it.each([
    ['{"a":1}', null],
    ['{"a":1', { position: 6, expected: 'commaOrBrace' }],
    ['{"a" 1}', { position: 5, expected: 'colon' }],
    ["{'a':1}", { position: 1, expected: 'key' }],
    ['{"a":01}', { position: 6, expected: 'commaOrBrace' }],
    ['{"a":1.}', { position: 7, expected: 'digit' }],
    ['{"a":"\\x"}', { position: 7, expected: 'escape' }],
    ['{"a":"b', { position: 7, expected: 'closingQuote' }],
    ['{"a":tru}', { position: 5, expected: 'value' }],
    ['[1,]', { position: 3, expected: 'value' }],
    ['{} {}', { position: 3, expected: 'end' }],
  ])('%s', (text, expected) => {
    const located = locateJsonError(text)
    if (expected === null) expect(located).toBeNull()
    else expect(located).toMatchObject(expected)
  })

  const accepts = (text: string) => {
    try {
      JSON.parse(text)
      return true
    } catch {
      return false
    }
  }

  it('finds an error exactly when JSON.parse refuses the text (property)', () => {
    const mutated = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', '{', '}', '"', ',', ':', '[', ']', '\\', 'x', '0', ' '),
      )
      .map(([json, at, insert]) => {
        const i = at % (json.length + 1)
        return json.slice(0, i) + insert + json.slice(i + (at % 2))
      })
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), mutated), (text) => {
        expect(locateJsonError(text) === null).toBe(accepts(text))
      }),
      { numRuns: 2000 },
    )
  })
})

const arbDuration = fc.constantFrom<SlotLength>(60, 30)
const arbGrid: fc.Arbitrary<CapacityGrid> = arbDuration.chain((duration) =>
  fc
    .array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: MAX_CAPACITY })), {
      minLength: rowCount(duration) * 7,
      maxLength: rowCount(duration) * 7,
    })
    .map((cells) => ({ duration, cells })),
)

const arbStatement: fc.Arbitrary<CapacityStatement> = arbDuration.chain((duration) => {
  const times = Array.from({ length: rowCount(duration) }, (_, row) => {
    const minutes = row * duration
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
  })
  const day = fc.dictionary(fc.constantFrom(...times), fc.integer({ min: 0, max: MAX_CAPACITY }))
  return fc
    .record(Object.fromEntries(WEEKDAYS.map((d) => [d, day])), { requiredKeys: [] })
    .map((days) => ({ days, duration }))
})

describe('round trip (properties)', () => {
  it('grid → statement → JSON → statement → grid is the same grid', () => {
    fc.assert(
      fc.property(arbGrid, (grid) => {
        const text = serializeCapacityStatement(statementFromGrid(grid))
        const parsed = parseCapacityStatement(text)
        expect(parsed.ok).toBe(true)
        if (parsed.ok) expect(gridFromStatement(parsed.value)).toEqual(grid)
      }),
      { numRuns: 300 },
    )
  })

  it('any valid statement parses back from its JSON, and writing is stable', () => {
    fc.assert(
      fc.property(arbStatement, (statement) => {
        const text = serializeCapacityStatement(statement)
        const parsed = parseCapacityStatement(text)
        expect(parsed.ok).toBe(true)
        if (!parsed.ok) return
        expect(serializeCapacityStatement(parsed.value)).toBe(text)
        expect(gridFromStatement(parsed.value)).toEqual(gridFromStatement(statement))
      }),
      { numRuns: 300 },
    )
  })

  it('writes the spec layout: days Sunday first, times in order, zeros left out', () => {
    expect(
      serializeCapacityStatement({
        days: {
          tue: { '07:00': 3, '06:00': 4, '05:00': 0 },
          sun: { '02:00': 2 },
          wed: { '01:00': 0 },
        },
        duration: 60,
      }),
    ).toBe('{"days":{"sun":{"02:00":2},"tue":{"06:00":4,"07:00":3}},"duration":60}')
  })

  it('never throws on any text, and answers a statement or a named problem', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ days: v, duration: 30 })),
        ),
        (text) => {
          const parsed = parseCapacityStatement(text)
          if (!parsed.ok) expect(describeCapacityProblem(parsed.problem)).toMatch(/\S/)
        },
      ),
      { numRuns: 1000 },
    )
  })
})
