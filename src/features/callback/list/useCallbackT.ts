import { useTranslation, type Translate } from '@/i18n/i18n'

export type CallbackT = Translate<'callback'>

/** The Callback tab's messages; `t` keeps its identity until the language changes. */
export function useCallbackT(): { t: CallbackT; language: string } {
  return useTranslation('callback')
}
