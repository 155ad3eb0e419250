/**
 * Where a text stops being JSON, and what was expected there. JSON.parse says so too, but in words
 * that differ between engines and versions (and it cannot be translated); this scanner gives the
 * same answer everywhere. It only runs after JSON.parse has refused the text, walks it once with an
 * explicit stack (no recursion, so deep nesting cannot overflow) and never throws.
 */
export type JsonExpectation =
  | 'value'
  | 'key'
  | 'colon'
  | 'commaOrBrace'
  | 'commaOrBracket'
  | 'end'
  | 'closingQuote'
  | 'escape'
  | 'digit'

export interface JsonSyntaxError {
  /** 0-based offset of the offending character (the text's length when it ended too early). */
  position: number
  /** 1-based line and column of that character. */
  line: number
  column: number
  expected: JsonExpectation
  /** The character found there, or '' at the end of the text. */
  found: string
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r'])
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9'
const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c)

export function locateJsonError(text: string): JsonSyntaxError | null {
  let pos = 0
  const fail = (expected: JsonExpectation): JsonSyntaxError => {
    let line = 1
    let lineStart = 0
    for (let i = 0; i < pos && i < text.length; i++) {
      if (text[i] === '\n') {
        line++
        lineStart = i + 1
      }
    }
    return { position: pos, line, column: pos - lineStart + 1, expected, found: text[pos] ?? '' }
  }
  const skipWhitespace = () => {
    while (WHITESPACE.has(text.charAt(pos))) pos++
  }

  /** Past a string starting at pos (on its quote); null when it is well formed. */
  const scanString = (): JsonSyntaxError | null => {
    pos++
    for (;;) {
      const c = text[pos]
      if (c === undefined) return fail('closingQuote')
      if (c === '"') {
        pos++
        return null
      }
      if (c < ' ') return fail('closingQuote')
      if (c === '\\') {
        pos++
        const e = text[pos]
        if (e === 'u') {
          for (let i = 1; i <= 4; i++) {
            if (!isHex(text[pos + i])) {
              pos += i
              return fail('escape')
            }
          }
          pos += 5
        } else if (e !== undefined && ESCAPES.has(e)) pos++
        else return fail('escape')
      } else pos++
    }
  }

  const scanNumber = (): JsonSyntaxError | null => {
    if (text[pos] === '-') pos++
    if (text[pos] === '0') pos++
    else if (isDigit(text[pos])) while (isDigit(text[pos])) pos++
    else return fail('digit')
    if (text[pos] === '.') {
      pos++
      if (!isDigit(text[pos])) return fail('digit')
      while (isDigit(text[pos])) pos++
    }
    if (text[pos] === 'e' || text[pos] === 'E') {
      pos++
      if (text[pos] === '+' || text[pos] === '-') pos++
      if (!isDigit(text[pos])) return fail('digit')
      while (isDigit(text[pos])) pos++
    }
    return null
  }

  const stack: Array<'object' | 'array'> = []
  // What the scanner is looking for next.
  let want: 'value' | 'key' | 'after' = 'value'
  for (;;) {
    skipWhitespace()
    const c = text[pos]
    if (want === 'after') {
      const top = stack.at(-1)
      if (top === undefined) return c === undefined ? null : fail('end')
      if (c === ',') {
        pos++
        want = top === 'object' ? 'key' : 'value'
      } else if ((top === 'object' && c === '}') || (top === 'array' && c === ']')) {
        pos++
        stack.pop()
      } else return fail(top === 'object' ? 'commaOrBrace' : 'commaOrBracket')
      continue
    }
    if (want === 'key') {
      if (c !== '"') return fail('key')
      const error = scanString()
      if (error) return error
      skipWhitespace()
      if (text[pos] !== ':') return fail('colon')
      pos++
      want = 'value'
      continue
    }
    // A value.
    if (c === '{') {
      pos++
      skipWhitespace()
      if (text[pos] === '}') {
        pos++
        want = 'after'
      } else {
        stack.push('object')
        want = 'key'
      }
      continue
    }
    if (c === '[') {
      pos++
      skipWhitespace()
      if (text[pos] === ']') {
        pos++
        want = 'after'
      } else stack.push('array')
      continue
    }
    let error: JsonSyntaxError | null = null
    if (c === '"') error = scanString()
    else if (c === '-' || isDigit(c)) error = scanNumber()
    else {
      const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, pos))
      if (!literal) return fail('value')
      pos += literal.length
    }
    if (error) return error
    want = 'after'
  }
}
