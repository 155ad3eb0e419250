/**
 * Free text a person types (names, patterns, search terms, notes) never holds control characters:
 * C0 (U+0000–U+001F), DEL (U+007F), C1 (U+0080–U+009F), nor a lone half of a surrogate pair, which
 * is not a character at all. Such text breaks logs, CSV exports and the screens that show it back,
 * and NUL ends the string early in many consumers. The tenant refuses them in every field; the
 * editors say so before sending.
 */
const FORBIDDEN = /[\p{Cc}\p{Cs}]/u

export interface ControlCharacter {
  /** Position in the text, counted in UTF-16 code units as JavaScript counts them (from 0). */
  index: number
  /** e.g. "U+0000", "U+D800". */
  codePoint: string
}

/** The first control character or lone surrogate in the text, or null when there is none. */
export function controlCharacterIn(text: string): ControlCharacter | null {
  const match = FORBIDDEN.exec(text)
  if (!match) return null
  const code = match[0].codePointAt(0) ?? 0
  return {
    index: match.index,
    codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
  }
}

export const hasControlCharacters = (text: string): boolean => FORBIDDEN.test(text)
