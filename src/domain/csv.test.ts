import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toCsv } from './csv'

/** One data cell, as written in the CSV (header "h", single row). */
const cell = (value: string | number | boolean | null | undefined) =>
  toCsv(['h'], [[value]]).split('\r\n')[1]

/** A minimal RFC 4180 reader, to check that what is written reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i)
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else field += c
  }
  if (field !== '' || row.length) throw new Error('CSV does not end with CRLF')
  return rows
}

describe('toCsv: layout', () => {
  it('writes a header and rows, every line ending in CRLF', () => {
    const csv = toCsv(
      ['Callback ID', 'State', 'Phone'],
      [
        ['cb-1', 'SCHEDULED', '+15065550100'],
        ['cb-2', 'COMPLETED', '+442079460958'],
      ],
    )
    expect(csv).toBe(
      'Callback ID,State,Phone\r\ncb-1,SCHEDULED,+15065550100\r\ncb-2,COMPLETED,+442079460958\r\n',
    )
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('a header with no rows is one line', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b\r\n')
  })

  it('numbers and booleans are written as text; null and undefined as empty cells', () => {
    expect(toCsv(['n', 'b', 'x', 'y'], [[42, true, null, undefined]])).toBe(
      'n,b,x,y\r\n42,true,,\r\n',
    )
  })
})

describe('toCsv: quoting', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ['line 1\nline 2', '"line 1\nline 2"'],
    ['line 1\r\nline 2', '"line 1\r\nline 2"'],
    ['', ''],
    [' spaced ', ' spaced '],
  ])('%j → %j', (value, written) => {
    expect(toCsv(['h'], [[value]])).toBe(`h\r\n${written}\r\n`)
  })
})

describe('toCsv: formula neutralising', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['=1+1', "'=1+1"],
    ['@x', "'@x"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-cmd', "'-cmd"],
    ['+cmd', "'+cmd"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['+1+cmd|x', "'+1+cmd|x"],
    ['\tindent', "'\tindent"],
    ['=HYPERLINK("http://evil","click")', `"'=HYPERLINK(""http://evil"",""click"")"`],
    ['=1,2', `"'=1,2"`],
  ])('%j is neutralised as %j', (value, written) => {
    expect(cell(value)).toBe(written)
  })

  it('a carriage return at the start is neutralised and quoted', () => {
    expect(toCsv(['h'], [['\r=cmd']])).toBe(`h\r\n"'\r=cmd"\r\n`)
  })

  it.each([
    '+15065550100',
    '+1 (506) 555 0100',
    '-5',
    '-42',
    '+44 20 7946 0958',
    '(506) 555 0100',
    '5065550100',
  ])('%j stays as it is', (value) => {
    expect(cell(value)).toBe(value)
  })

  it('negative numbers passed as numbers stay as they are', () => {
    expect(cell(-5)).toBe('-5')
  })

  it('formula characters later in the text are harmless and kept', () => {
    expect(cell('total=3')).toBe('total=3')
    expect(cell('a@b.example')).toBe('a@b.example')
    expect(cell('Sales - UK')).toBe('Sales - UK')
  })
})

describe('toCsv: properties', () => {
  const arbCell = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.stringMatching(/^[=+\-@\t\r"a-z0-9,\n ()]{0,12}$/),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
  )

  it('reads back to the same cells, with only the neutralising apostrophe added', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(arbCell, { minLength: 3, maxLength: 3 }), { maxLength: 5 }),
        (rows) => {
          const rowsRead = parseCsv(toCsv(['a', 'b', 'c'], rows))
          expect(rowsRead[0]).toEqual(['a', 'b', 'c'])
          expect(rowsRead).toHaveLength(rows.length + 1)
          rows.forEach((row, r) => {
            row.forEach((value, c) => {
              const text = value === null ? '' : String(value)
              const read = rowsRead[r + 1]?.[c] as string
              expect(read === text || read === `'${text}`).toBe(true)
            })
          })
        },
      ),
      { numRuns: 500 },
    )
  })

  it('no written cell starts with a character a spreadsheet would run, other than a plain signed number', () => {
    fc.assert(
      fc.property(arbCell, (value) => {
        const [read] = parseCsv(toCsv(['h'], [[value]]))[1] ?? []
        if (read === undefined) throw new Error('no cell')
        if (/^[=@\t\r]/.test(read)) expect.fail(`dangerous cell ${JSON.stringify(read)}`)
        if (/^[+-]/.test(read)) expect(read).toMatch(/^[+-][\d\s().-]*$/)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('numbers people write', () => {
  it('leaves formatted phone numbers and decimals alone', () => {
    expect(toCsv(['n'], [['+1 (506) 555-0100'], ['-5.5'], ['-cmd|calc']])).toBe(
      "n\r\n+1 (506) 555-0100\r\n-5.5\r\n'-cmd|calc\r\n",
    )
  })
})
