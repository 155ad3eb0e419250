import { useCallback } from 'react'
import { controlCharacterIn } from '@/domain/controlCharacters'
import { useTranslation } from '@/i18n/i18n'

/**
 * The editors' own check of free text, before anything is sent: a control character or a lone
 * surrogate is named next to the field, with where it is (the tenant refuses it anyway).
 */
export function useControlCharacterProblem() {
  const { t } = useTranslation()
  return useCallback(
    (text: string): string | null => {
      const found = controlCharacterIn(text)
      return found
        ? t('errors.controlCharacters', { codePoint: found.codePoint, position: found.index + 1 })
        : null
    },
    [t],
  )
}
