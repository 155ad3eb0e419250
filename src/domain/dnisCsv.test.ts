import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_POOL_SIZE, type DnisEntry } from './callInGroup'
import {
  checkDnisCsv,
  decodeCsv,
  fileRefusal,
  importOutcome,
  MAX_CSV_BYTES,
  poolDuplicates,
  problemLines,
} from './dnisCsv'

/** The Administrator's Guide's sample file (auto-insurance_dnis.csv). */
const GUIDE_SAMPLE = [
  '+18005555554,Claims',
  '+18005555555,Renewals',
  '+18005555556,',
  '+18005555557,Referrals',
  '+18005555558,Complaints',
  '+18005555559,Inquiries',
].join('\r\n')

const numbered = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => `+1800555${String(from + i).padStart(4, '0')}`)

describe('fileRefusal: decided from name and size, before reading', () => {
  it.each([
    { name: 'auto-insurance_dnis.csv', size: 200, refusal: null },
    { name: 'POOL.CSV', size: 200, refusal: null },
    { name: 'pool.csv', size: MAX_CSV_BYTES, refusal: null },
    { name: 'pool.csv', size: MAX_CSV_BYTES + 1, refusal: 'TOO_LARGE' },
    { name: 'pool.csv', size: 50 * 1024 * 1024, refusal: 'TOO_LARGE' },
    { name: 'pool.csv', size: 0, refusal: 'EMPTY' },
    { name: 'pool.xlsx', size: 200, refusal: 'NOT_CSV_NAME' },
    { name: 'pool.csv.exe', size: 200, refusal: 'NOT_CSV_NAME' },
    { name: 'pool', size: 200, refusal: 'NOT_CSV_NAME' },
  ])('$name, $size bytes → $refusal', ({ name, size, refusal }) => {
    expect(fileRefusal({ name, size })).toBe(refusal)
  })
})

describe('decodeCsv: text in the encodings spreadsheets write, binary refused', () => {
  const bytes = (...values: number[]) => new Uint8Array(values)
  const utf8 = (text: string) => new TextEncoder().encode(text)

  it.each([
    { label: 'UTF-8', input: utf8('+18005555554,Réclamations'), text: '+18005555554,Réclamations' },
    {
      label: 'UTF-8 with a byte-order mark',
      input: bytes(0xef, 0xbb, 0xbf, ...utf8('+18005555554,x')),
      text: '+18005555554,x',
    },
    {
      label: 'UTF-16LE with a byte-order mark',
      input: bytes(0xff, 0xfe, ...Array.from('1,é').flatMap((c) => [c.charCodeAt(0), 0])),
      text: '1,é',
    },
    {
      label: 'UTF-16BE with a byte-order mark',
      input: bytes(0xfe, 0xff, ...Array.from('1,é').flatMap((c) => [0, c.charCodeAt(0)])),
      text: '1,é',
    },
    {
      label: 'Windows-1252 (not UTF-8)',
      input: bytes(...utf8('1,R'), 0xe9, ...utf8('clamations')),
      text: '1,Réclamations',
    },
  ])('$label', ({ input, text }) => {
    expect(decodeCsv(input)).toBe(text)
  })

  it.each([
    {
      label: 'a PNG image',
      input: bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13),
    },
    { label: 'a zip (an .xlsx)', input: bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0) },
    { label: 'text with a NUL', input: utf8('+18005555554,a\u0000b') },
  ])('refuses $label', ({ input }) => {
    expect(decodeCsv(input)).toBeNull()
  })
})

describe('checkDnisCsv: the Guide sample and well-formed files', () => {
  it('reads the Guide sample: six numbers, one without a description', () => {
    const check = checkDnisCsv(GUIDE_SAMPLE)
    expect(check.problems).toEqual([])
    expect(check.records).toBe(6)
    expect(check.heading).toBe(false)
    expect(check.entries[0]).toEqual({ line: 1, number: '+18005555554', description: 'Claims' })
    expect(check.entries[2]).toEqual({ line: 3, number: '+18005555556' })
  })

  it('reads quoted values, with commas and doubled quotes inside, and trims spaces', () => {
    const check = checkDnisCsv(
      ['"+18005555554","Claims, north"', ' 18005555555 ,"Say ""hi"""  ', '+18005555556,;'].join(
        '\n',
      ),
    )
    expect(check.problems).toEqual([])
    expect(check.entries).toEqual([
      { line: 1, number: '+18005555554', description: 'Claims, north' },
      { line: 2, number: '18005555555', description: 'Say "hi"' },
      { line: 3, number: '+18005555556', description: ';' },
    ])
  })

  it('skips blank lines and a heading, and keeps counting lines as an editor does', () => {
    const check = checkDnisCsv('number,description\r\n\r\n+18005555554,a\n   \n\r+18005555555,b\n')
    expect(check.heading).toBe(true)
    expect(check.records).toBe(2)
    expect(check.entries.map((e) => e.line)).toEqual([3, 6])
  })

  it('refuses a quote that does not open its value (RFC 4180), as a quotes problem', () => {
    expect(checkDnisCsv('+18005555554, "Claims"\n+18005555555,Re"new"als').problems).toEqual([
      { line: 1, kind: 'QUOTES' },
      { line: 2, kind: 'QUOTES' },
    ])
  })

  it('keeps hostile text as text: it is a description like any other', () => {
    const check = checkDnisCsv('+18005555554,<img src=x onerror=alert(1)>\n+18005555555,=cmd|x')
    expect(check.problems).toEqual([])
    expect(check.entries.map((e) => e.description)).toEqual([
      '<img src=x onerror=alert(1)>',
      '=cmd|x',
    ])
  })
})

describe('checkDnisCsv: every invalid line, with its line number and reason', () => {
  it('lists each kind of problem on its own line', () => {
    const text = [
      '+18005555554,Claims', // 1
      '+1800555555x,Bad', // 2 format
      '+12345678901234567,Long', // 3 too long
      ',Nothing', // 4 empty number
      '+18005555555,This description is far too long to be kept', // 5 description too long
      '+18005555556', // 6 one column
      '+18005555557,a,b', // 7 three columns
      '+18005555558;Semicolons', // 8 one column, semicolons
      '18005555554,Again', // 9 duplicate of line 1
      '"+18005555559,Unclosed', // 10 quotes
      '+18005555560,"bad"quote', // 11 quotes
      'abc,x'.repeat(1), // 12 format (not line 1, so not a heading)
      '+18005555561,ok', // 13
    ].join('\n')
    const check = checkDnisCsv(text)
    expect(check.problems).toEqual([
      { line: 2, kind: 'NUMBER', error: 'FORMAT', value: '+1800555555x' },
      { line: 3, kind: 'NUMBER', error: 'TOO_LONG', value: '+12345678901234567' },
      { line: 4, kind: 'NUMBER', error: 'EMPTY', value: '' },
      { line: 5, kind: 'DESCRIPTION', error: 'TOO_LONG' },
      { line: 6, kind: 'COLUMNS', found: 1, semicolons: false },
      { line: 7, kind: 'COLUMNS', found: 3, semicolons: false },
      { line: 8, kind: 'COLUMNS', found: 1, semicolons: true },
      { line: 9, kind: 'DUPLICATE_IN_FILE', value: '18005555554', firstLine: 1 },
      { line: 10, kind: 'QUOTES' },
      { line: 11, kind: 'QUOTES' },
      { line: 12, kind: 'NUMBER', error: 'FORMAT', value: 'abc' },
    ])
    expect(check.entries.map((e) => e.line)).toEqual([1, 13])
    expect(check.records).toBe(13)
  })

  it('reports a number and a description problem of the same line, both', () => {
    const check = checkDnisCsv(`12,${'d'.repeat(40)}`)
    expect(check.problems.map((p) => p.kind)).toEqual(['NUMBER', 'DESCRIPTION'])
    expect(problemLines(check.problems)).toBe(1)
  })

  it('does not let a stray quote swallow the lines after it', () => {
    const check = checkDnisCsv(
      ['"+18005555554,Claims', ...numbered(5).map((n) => `${n},x`)].join('\n'),
    )
    expect(check.problems).toEqual([{ line: 1, kind: 'QUOTES' }])
    expect(check.entries.map((e) => e.line)).toEqual([2, 3, 4, 5, 6])
  })

  it('reports a value running over a line break on each of its lines', () => {
    const check = checkDnisCsv('+18005555554,"Two\nlines"\n+18005555555,ok')
    expect(check.problems).toEqual([
      { line: 1, kind: 'QUOTES' },
      { line: 2, kind: 'QUOTES' },
    ])
    expect(check.entries.map((e) => e.line)).toEqual([3])
  })

  it('names the line of every problem, whatever the line ends', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('good', 'bad', 'blank'), { minLength: 1, maxLength: 60 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        (kinds, newline) => {
          const lines = kinds.map((kind, i) =>
            kind === 'good'
              ? `+1800555${String(i).padStart(4, '0')},d${i}`
              : kind === 'bad'
                ? `x${i},d`
                : '',
          )
          const check = checkDnisCsv(lines.join(newline))
          const expectedBad = kinds.flatMap((kind, i) => (kind === 'bad' ? [i + 1] : []))
          const expectedGood = kinds.flatMap((kind, i) => (kind === 'good' ? [i + 1] : []))
          expect(check.problems.map((p) => p.line)).toEqual(expectedBad)
          expect(check.entries.map((e) => e.line)).toEqual(expectedGood)
          expect(check.records).toBe(expectedBad.length + expectedGood.length)
        },
      ),
    )
  })

  it('never throws on arbitrary text, and accounts for every record', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (text) => {
        const check = checkDnisCsv(text)
        const goodLines = new Set(check.entries.map((e) => e.line))
        for (const problem of check.problems) expect(goodLines.has(problem.line)).toBe(false)
        // Each record is either taken or has a problem.
        expect(check.entries.length + problemLines(check.problems)).toBe(check.records)
      }),
      { numRuns: 60 },
    )
  }, 30_000)

  it('reads a 10,000-line file completely, telling of its progress', () => {
    const progress: number[] = []
    const text = numbered(10_000)
      .map((n, i) => `${n},Desk ${i}`)
      .join('\r\n')
    const check = checkDnisCsv(text, { onProgress: (done) => progress.push(done) })
    expect(check.entries).toHaveLength(10_000)
    expect(check.problems).toEqual([])
    expect(progress.at(-1)).toBe(10_000)
    expect(progress.length).toBeGreaterThan(1)
  })
})

describe('poolDuplicates and importOutcome', () => {
  const pool: DnisEntry[] = [{ number: '+18005555554', description: 'Claims' }]

  it('finds the numbers already in the pool, with or without "+"', () => {
    const check = checkDnisCsv('18005555554,Again\n+18005555555,New')
    expect(poolDuplicates(check.entries, pool)).toEqual([
      { line: 1, kind: 'DUPLICATE_IN_POOL', value: '18005555554' },
    ])
  })

  it('adds a clean file after the pool, or replaces the pool with it', () => {
    const check = checkDnisCsv('+18005555555,Renewals\n+18005555556,')
    expect(importOutcome(check, pool, 'add', false)).toEqual({
      ok: true,
      pool: [
        ...pool,
        { number: '+18005555555', description: 'Renewals' },
        { number: '+18005555556' },
      ],
      imported: 2,
      skippedLines: 0,
    })
    expect(importOutcome(check, pool, 'replace', false)).toMatchObject({
      ok: true,
      pool: [{ number: '+18005555555', description: 'Renewals' }, { number: '+18005555556' }],
    })
  })

  it('imports nothing while a line has a problem, unless only the valid lines are taken', () => {
    const check = checkDnisCsv('+18005555555,ok\nbad,x\n18005555554,in the pool')
    expect(importOutcome(check, pool, 'add', false)).toEqual({
      ok: false,
      reason: 'HAS_PROBLEMS',
      lines: 2,
    })
    expect(importOutcome(check, pool, 'add', true)).toEqual({
      ok: true,
      pool: [...pool, { number: '+18005555555', description: 'ok' }],
      imported: 1,
      skippedLines: 2,
    })
    // Replacing the pool, a number already in it is no duplicate.
    expect(importOutcome(check, pool, 'replace', true)).toMatchObject({
      ok: true,
      imported: 2,
      skippedLines: 1,
    })
  })

  it('refuses a file with no records, or no valid line', () => {
    expect(importOutcome(checkDnisCsv('number,description\n\n'), pool, 'add', true)).toEqual({
      ok: false,
      reason: 'NO_RECORDS',
    })
    expect(importOutcome(checkDnisCsv('12,x'), pool, 'add', true)).toEqual({
      ok: false,
      reason: 'NOTHING_VALID',
    })
  })

  it('refuses a pool over 10,000 numbers, saying how many it would hold', () => {
    const full = numbered(MAX_POOL_SIZE - 1, 0).map((number) => ({ number }))
    const check = checkDnisCsv(
      numbered(2, 20_000)
        .map((n) => `${n},`)
        .join('\n'),
    )
    expect(importOutcome(check, full, 'add', false)).toEqual({
      ok: false,
      reason: 'TOO_MANY',
      size: MAX_POOL_SIZE + 1,
    })
    expect(importOutcome(check, full, 'replace', false)).toMatchObject({ ok: true, imported: 2 })
  })
})
