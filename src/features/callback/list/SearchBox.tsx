import ClearIcon from '@mui/icons-material/Clear'
import SearchIcon from '@mui/icons-material/Search'
import IconButton from '@mui/material/IconButton'
import InputAdornment from '@mui/material/InputAdornment'
import MenuItem from '@mui/material/MenuItem'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import { useEffect, useState } from 'react'
import { MAX_SEARCH_TERM, SEARCH_FIELDS, type SearchField } from '@/domain/callbackQuery'
import type { CallbackT } from './useCallbackT'

/** Typing pauses this long before the list is asked again. */
export const SEARCH_DEBOUNCE_MS = 250

interface SearchBoxProps {
  field: SearchField
  term: string
  onSearch: (field: SearchField, term: string) => void
  t: CallbackT
}

/**
 * A column and a term. The text lives here while the user types, so a keystroke redraws this box
 * only; the list follows once typing pauses.
 */
export function SearchBox({ field, term, onSearch, t }: SearchBoxProps) {
  const [text, setText] = useState(term)
  const [shownTerm, setShownTerm] = useState(term)
  // The URL changed under us (back button, a link): show its term.
  if (term !== shownTerm) {
    setShownTerm(term)
    setText(term)
  }

  useEffect(() => {
    if (text === term) return
    const timer = setTimeout(() => onSearch(field, text), SEARCH_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [text, term, field, onSearch])

  return (
    <Stack
      role="search"
      direction="row"
      useFlexGap
      spacing={1}
      sx={{ flexWrap: 'wrap', rowGap: 1.5 }}
    >
      <TextField
        select
        size="small"
        label={t('search.field')}
        value={field}
        onChange={(event) => onSearch(event.target.value as SearchField, text)}
        sx={{ minWidth: 150 }}
      >
        {SEARCH_FIELDS.map((id) => (
          <MenuItem key={id} value={id}>
            {t(`search.fields.${id}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        label={t('search.label')}
        placeholder={t(`search.placeholders.${field}`)}
        value={text}
        onChange={(event) => setText(event.target.value.slice(0, MAX_SEARCH_TERM))}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && text !== term) onSearch(field, text)
        }}
        sx={{ width: { xs: '100%', sm: 260 } }}
        slotProps={{
          htmlInput: { maxLength: MAX_SEARCH_TERM },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
            // Always there, hidden while empty: mounting it on the first keystroke made that keystroke
            // insert styles and recalculate the whole page's style (about 10 ms).
            endAdornment: (
              <InputAdornment position="end" style={text ? undefined : { visibility: 'hidden' }}>
                <IconButton
                  size="small"
                  edge="end"
                  aria-label={t('search.clear')}
                  onClick={() => {
                    setText('')
                    onSearch(field, '')
                  }}
                >
                  <ClearIcon fontSize="small" />
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
    </Stack>
  )
}
