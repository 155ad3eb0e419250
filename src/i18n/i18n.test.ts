import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { changeLanguage, currentLanguage, translate } from './i18n'

const LOCALES = join(import.meta.dirname, 'locales')

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

describe('translations', () => {
  const namespaces = readdirSync(join(LOCALES, 'en')).filter((f) => f.endsWith('.json'))

  it.each(namespaces)('French %s has exactly the English keys, none empty', (file) => {
    const en = JSON.parse(readFileSync(join(LOCALES, 'en', file), 'utf8')) as unknown
    const fr = JSON.parse(readFileSync(join(LOCALES, 'fr', file), 'utf8')) as unknown
    expect(keys(fr).sort()).toEqual(keys(en).sort())
    const empty = keys(fr).filter((k) => {
      const v = k
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], fr)
      return typeof v === 'string' && v.trim() === ''
    })
    expect(empty).toEqual([])
  })

  it('uses the same {{placeholders}} in both languages', () => {
    for (const file of namespaces) {
      const read = (lang: string) =>
        JSON.parse(readFileSync(join(LOCALES, lang, file), 'utf8')) as unknown
      const placeholders = (root: unknown) =>
        Object.fromEntries(
          keys(root).map((k) => {
            const v = k
              .split('.')
              .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], root)
            return [k, [...String(v).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort()]
          }),
        )
      expect(placeholders(read('fr')), file).toEqual(placeholders(read('en')))
    }
  })
})

describe('translate', () => {
  afterEach(async () => {
    await changeLanguage('en')
  })

  it('interpolates values and picks the plural form for the language', async () => {
    expect(translate('en', 'common', 'idle.body', { count: 1 })).toBe(
      'You will be signed out in 1 second because of inactivity.',
    )
    expect(translate('en', 'common', 'idle.body', { count: 30 })).toBe(
      'You will be signed out in 30 seconds because of inactivity.',
    )
    await changeLanguage('fr')
    // French uses the singular for 0 and 1.
    expect(translate('fr', 'common', 'idle.body', { count: 0 })).toBe(
      'Vous serez déconnecté dans 0 seconde pour inactivité.',
    )
    expect(currentLanguage()).toBe('fr')
    expect(document.documentElement.lang).toBe('fr')
  })

  it('shows the key of a missing message instead of failing, and leaves unknown placeholders', () => {
    expect(translate('en', 'common', 'no.such.key')).toBe('no.such.key')
    expect(translate('en', 'common', 'header.signedInAs', { name: 'ada' })).toBe(
      'Signed in as ada ({{role}})',
    )
  })

  it('renders values as text, never as markup', () => {
    expect(
      translate('en', 'common', 'header.userMenu', {
        name: '<img src=x onerror=alert(1)>',
        role: 'Administrator',
      }),
    ).toBe('<img src=x onerror=alert(1)>, Administrator: account menu')
  })
})
