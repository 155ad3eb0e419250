import { describe, expect, it } from 'vitest'
import en from '@/i18n/locales/en/callbackDialogs.json'
import fr from '@/i18n/locales/fr/callbackDialogs.json'

type Messages = { [key: string]: string | Messages }

function entries(messages: Messages, prefix = ''): Array<[string, string]> {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value]] : entries(value, `${prefix}${key}.`),
  )
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort()

describe('callbackDialogs messages', () => {
  it('has the same keys in English and French', () => {
    expect(
      entries(fr)
        .map(([k]) => k)
        .sort(),
    ).toEqual(
      entries(en)
        .map(([k]) => k)
        .sort(),
    )
  })

  it('uses the same placeholders in both languages, and no message is empty', () => {
    const french = new Map(entries(fr))
    for (const [key, english] of entries(en)) {
      expect(english.trim(), key).not.toBe('')
      expect(placeholders(french.get(key) ?? ''), key).toEqual(placeholders(english))
    }
  })
})
