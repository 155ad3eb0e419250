import TranslateIcon from '@mui/icons-material/Translate'
import Button from '@mui/material/Button'
import Menu from '@mui/material/Menu'
import MenuItem from '@mui/material/MenuItem'
import { useId, useState } from 'react'
import { useTranslation } from '@/i18n/i18n'
import { LANGUAGES, type Language } from '@/domain/preferences'

/** Pick the UI language; each language is named in itself. */
export function LanguageMenu({
  value,
  onChange,
}: {
  value: Language
  onChange: (language: Language) => void
}) {
  const { t } = useTranslation()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const menuId = useId()
  return (
    <>
      <Button
        color="inherit"
        startIcon={<TranslateIcon />}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        aria-label={`${t('header.language')}: ${t(`languages.${value}`)}`}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        {value.toUpperCase()}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {LANGUAGES.map((language) => (
          <MenuItem
            key={language}
            lang={language}
            selected={language === value}
            onClick={() => {
              setAnchor(null)
              onChange(language)
            }}
          >
            {t(`languages.${language}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  )
}
