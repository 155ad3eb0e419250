import { describe, expect, it } from 'vitest'
import en from '@/i18n/locales/en/callback.json'
import fr from '@/i18n/locales/fr/callback.json'

type Messages = { [key: string]: string | Messages }

function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : keys(value, `${prefix}${key}.`),
  )
}

describe('callback messages', () => {
  it('has the same keys in English and French', () => {
    expect(keys(fr).sort()).toEqual(keys(en).sort())
  })

  it('has no empty message', () => {
    const values = (messages: Messages): string[] =>
      Object.values(messages).flatMap((v) => (typeof v === 'string' ? [v] : values(v)))
    expect([...values(en), ...values(fr)].filter((v) => v.trim() === '')).toEqual([])
  })
})
