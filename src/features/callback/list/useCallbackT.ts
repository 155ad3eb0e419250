import { useMemo } from 'react'
import { translate, useTranslation, type MessageKey } from '@/i18n/i18n'

export type CallbackT = (
  key: MessageKey<'callback'>,
  vars?: Record<string, string | number>,
) => string

/**
 * The Callback tab's messages with a translate function that keeps its identity until the
 * language changes, so memoised rows and cells are not re-rendered by a new function each time.
 */
export function useCallbackT(): { t: CallbackT; language: string } {
  const { language } = useTranslation('callback')
  const t = useMemo<CallbackT>(
    () => (key, vars) => translate(language, 'callback', key, vars),
    [language],
  )
  return { t, language }
}
