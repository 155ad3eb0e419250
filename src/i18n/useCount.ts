import { useTranslation } from './i18n'

/** Plural variables for a number: `count` picks the plural form, `n` is the number as readers write it. */
export function useCount(): (count: number) => { count: number; n: string } {
  const { language } = useTranslation()
  const format = new Intl.NumberFormat(language)
  return (count) => ({ count, n: format.format(count) })
}
