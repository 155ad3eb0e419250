import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import { LANGUAGES } from '@/domain/preferences'
import { changeLanguage, useTranslation } from '@/i18n/i18n'

/** Language choice before signing in: one button per language, each named in itself. */
export function LanguageSwitch() {
  const { t, language: active } = useTranslation()
  return (
    <Stack direction="row" spacing={0.5} role="group" aria-label={t('header.language')}>
      {LANGUAGES.map((language) => (
        <Button
          key={language}
          size="small"
          lang={language}
          variant={language === active ? 'outlined' : 'text'}
          aria-pressed={language === active}
          onClick={() => void changeLanguage(language)}
        >
          {t(`languages.${language}`)}
        </Button>
      ))}
    </Stack>
  )
}
