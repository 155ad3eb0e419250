import Papa from 'papaparse'
import {
  descriptionProblem,
  dnisKey,
  dnisProblem,
  MAX_POOL_SIZE,
  normalizeEntry,
  type DescriptionError,
  type DnisEntry,
  type DnisError,
} from './callInGroup'

/**
 * Bulk Import From File (product.md §5.5): one .csv for one group, a line `number,description` per
 * DNIS (the comma stays when the description is empty). Every line is checked with the rules of
 * Add DNIS (src/domain/callInGroup.ts) and every invalid line is reported with its line number and
 * the reason; nothing is imported until the file is clean, unless only the valid lines are taken.
 */

/**
 * The largest file read: a valid file of 10,000 lines is at most about 1.2 MB (16-character numbers,
 * 32-character descriptions of three-byte characters, quoted, CRLF), so 2 MB leaves room for
 * headings, spaces and blank lines while refusing a wrong file before reading it.
 */
export const MAX_CSV_BYTES = 2 * 1024 * 1024

export type FileRefusal = 'NOT_CSV_NAME' | 'EMPTY' | 'TOO_LARGE' | 'NOT_TEXT'

/** Refusals decided from the name and size alone, before a byte is read. */
export function fileRefusal(file: { name: string; size: number }): FileRefusal | null {
  if (!/\.csv$/i.test(file.name.trim())) return 'NOT_CSV_NAME'
  if (file.size === 0) return 'EMPTY'
  if (file.size > MAX_CSV_BYTES) return 'TOO_LARGE'
  return null
}

// Control characters other than tab, line ends, form feed and escape: one is enough to call a file
// binary (a spreadsheet's or an image's bytes hold them; text does not).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BINARY = /[\u0000-\u0008\u000B\u000E-\u001A\u001C-\u001F]/

/**
 * The file's text, or null for a binary file (a spreadsheet, an image). UTF-8 (with or without
 * its byte-order mark) and UTF-16 with a byte-order mark are read as such; other bytes as
 * Windows-1252, which is what spreadsheet programs on Windows write as "CSV".
 */
export function decodeCsv(bytes: Uint8Array): string | null {
  let text: string
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes)
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes)
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes)
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  return BINARY.test(text) ? null : text
}

export type DnisCsvProblem =
  | { line: number; kind: 'QUOTES' }
  | { line: number; kind: 'COLUMNS'; found: number; semicolons: boolean }
  | { line: number; kind: 'NUMBER'; error: DnisError; value: string }
  | { line: number; kind: 'DESCRIPTION'; error: DescriptionError }
  | { line: number; kind: 'DUPLICATE_IN_FILE'; value: string; firstLine: number }
  | { line: number; kind: 'DUPLICATE_IN_POOL'; value: string }

export interface DnisCsvLine extends DnisEntry {
  line: number
}

export interface DnisCsvCheck {
  /** The valid lines, in file order. */
  entries: DnisCsvLine[]
  /** Every problem of the file itself, by line (a line may have a number and a description problem). */
  problems: DnisCsvProblem[]
  /** Lines holding a record, valid or not (blank lines and a heading not counted). */
  records: number
  /** Line 1 was a heading (e.g. "number,description") and was skipped. */
  heading: boolean
}

/** A value as quoted in a message: short enough to read. */
const shown = (value: string) => (value.length > 24 ? `${value.slice(0, 24)}…` : value)

/**
 * One record of a single line, quotes paired (RFC 4180): each field either quoted from its first
 * character (quotes inside doubled, spaces allowed after the closing one, as Papa Parse reads it)
 * or free of quotes. A field's form is told by its first character, so the check is linear.
 */
const WELL_QUOTED = /^(?:"(?:[^"]|"")*"[ \t]*|[^",]*)(?:,(?:"(?:[^"]|"")*"[ \t]*|[^",]*))*$/
/** A heading names its columns in words: letters, spaces, "_" and "-" only, in the number column. */
const HEADING = /^[\p{L}][\p{L} _-]*$/u

export interface CheckOptions {
  /** Told how many lines are done, now and then, on a large file. */
  onProgress?: (done: number, total: number) => void
}

/**
 * Reads and checks a DNIS file's text. A DNIS file has one record per line, so a line whose quotes
 * do not pair up is reported and left out before Papa Parse reads the rest: one stray quote cannot
 * swallow the lines after it, and every line number stays the line the user sees in an editor.
 */
export function checkDnisCsv(text: string, options: CheckOptions = {}): DnisCsvCheck {
  const lines = text.split(/\r\n|\n|\r/)
  const problems: DnisCsvProblem[] = []
  const clean = lines.map((line, index) => {
    if (!line.includes('"') || WELL_QUOTED.test(line)) return line
    problems.push({ line: index + 1, kind: 'QUOTES' })
    return ''
  })

  const entries: DnisCsvLine[] = []
  const firstLineOf = new Map<string, number>()
  let records = problems.length // the lines of unpaired quotes
  let heading = false
  let row = 0
  const total = lines.length
  const progressEvery = Math.max(5000, Math.ceil(total / 20))

  const take = (fields: string[]) => {
    const line = ++row
    if (line % progressEvery === 0) options.onProgress?.(line, total)
    if (fields.length === 1 && (fields[0] ?? '').trim() === '') return // blank line
    if (line === 1 && fields.length === 2 && HEADING.test((fields[0] ?? '').trim())) {
      heading = true
      return
    }
    records++
    if (fields.length !== 2) {
      problems.push({
        line,
        kind: 'COLUMNS',
        found: fields.length,
        semicolons: fields.length === 1 && (fields[0] ?? '').includes(';'),
      })
      return
    }
    const entry = normalizeEntry({ number: fields[0] ?? '', description: fields[1] ?? '' })
    const numberError = dnisProblem(entry.number)
    const descriptionError = descriptionProblem(entry.description ?? '')
    if (numberError)
      problems.push({ line, kind: 'NUMBER', error: numberError, value: shown(entry.number) })
    if (descriptionError) problems.push({ line, kind: 'DESCRIPTION', error: descriptionError })
    if (numberError || descriptionError) return
    const key = dnisKey(entry.number)
    const firstLine = firstLineOf.get(key)
    if (firstLine !== undefined) {
      problems.push({ line, kind: 'DUPLICATE_IN_FILE', value: shown(entry.number), firstLine })
      return
    }
    firstLineOf.set(key, line)
    entries.push({ ...entry, line })
  }

  // Papa Parse reads the cleaned text: every line is now exactly one row, blank ones included.
  Papa.parse<string[]>(clean.join('\n'), {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: false,
    step: (result) => take(result.data),
  })
  options.onProgress?.(total, total)
  problems.sort((a, b) => a.line - b.line)
  return { entries, problems, records, heading }
}

/** The valid lines whose number is already in the pool (a problem only when adding to it). */
export function poolDuplicates(
  entries: readonly DnisCsvLine[],
  pool: readonly DnisEntry[],
): DnisCsvProblem[] {
  const inPool = new Set(pool.map((entry) => dnisKey(entry.number)))
  return entries
    .filter((entry) => inPool.has(dnisKey(entry.number)))
    .map((entry) => ({ line: entry.line, kind: 'DUPLICATE_IN_POOL', value: shown(entry.number) }))
}

/** Add the file's numbers after the pool's, or replace the pool with them. */
export type ImportMode = 'add' | 'replace'

export type ImportRefusal =
  | { reason: 'NO_RECORDS' }
  | { reason: 'HAS_PROBLEMS'; lines: number }
  | { reason: 'NOTHING_VALID' }
  | { reason: 'TOO_MANY'; size: number }

export type ImportOutcome =
  | { ok: true; pool: DnisEntry[]; imported: number; skippedLines: number }
  | ({ ok: false } & ImportRefusal)

/** Lines with at least one problem. */
export function problemLines(problems: readonly DnisCsvProblem[]): number {
  return new Set(problems.map((problem) => problem.line)).size
}

/**
 * What importing a checked file does to the pool: added to it or replacing it; refused while any
 * line has a problem unless only the valid lines are taken, and refused when the pool would hold
 * more than 10,000 numbers.
 */
export function importOutcome(
  check: DnisCsvCheck,
  pool: readonly DnisEntry[],
  mode: ImportMode,
  validOnly: boolean,
): ImportOutcome {
  if (check.records === 0) return { ok: false, reason: 'NO_RECORDS' }
  const duplicates = mode === 'add' ? poolDuplicates(check.entries, pool) : []
  const problems = [...check.problems, ...duplicates]
  const skippedLines = problemLines(problems)
  if (skippedLines > 0 && !validOnly)
    return { ok: false, reason: 'HAS_PROBLEMS', lines: skippedLines }
  const skipped = new Set(duplicates.map((problem) => problem.line))
  const taken: DnisEntry[] = check.entries
    .filter((entry) => !skipped.has(entry.line))
    .map(({ number, description }) => (description ? { number, description } : { number }))
  if (taken.length === 0) return { ok: false, reason: 'NOTHING_VALID' }
  const size = (mode === 'add' ? pool.length : 0) + taken.length
  if (size > MAX_POOL_SIZE) return { ok: false, reason: 'TOO_MANY', size }
  return {
    ok: true,
    pool: mode === 'add' ? [...pool, ...taken] : taken,
    imported: taken.length,
    skippedLines,
  }
}
