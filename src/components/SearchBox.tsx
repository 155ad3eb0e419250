import ClearIcon from '@mui/icons-material/Clear'
import SearchIcon from '@mui/icons-material/Search'
import IconButton from '@mui/material/IconButton'
import InputAdornment from '@mui/material/InputAdornment'
import MenuItem from '@mui/material/MenuItem'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import { useEffect, useState } from 'react'

/** Typing pauses this long before the list is asked again. */
export const SEARCH_DEBOUNCE_MS = 250

export interface SearchBoxLabels<F extends string> {
  /** "Search in" */
  field: string
  /** "Search" */
  term: string
  clear: string
  fieldName: (field: F) => string
  placeholder: (field: F) => string
  /** The choice that searches nothing, for fields searched by choosing ("All"). */
  anyChoice?: string
}

interface SearchBoxProps<F extends string> {
  fields: readonly F[]
  field: F
  term: string
  maxLength: number
  onSearch: (field: F, term: string) => void
  labels: SearchBoxLabels<F>
  /** Fields searched by picking one of a few values (a state) rather than by typing. */
  choices?: Partial<Record<F, ReadonlyArray<{ value: string; label: string }>>>
}

/**
 * A list's search: an attribute and a term. The text lives here while the user types, so a
 * keystroke redraws this box only; the list follows once typing pauses.
 */
export function SearchBox<F extends string>({
  fields,
  field,
  term,
  maxLength,
  onSearch,
  labels,
  choices,
}: SearchBoxProps<F>) {
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

  const options = choices?.[field]
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
        label={labels.field}
        value={field}
        onChange={(event) => {
          const next = event.target.value as F
          // A typed term means nothing to a field searched by choosing, and the other way round.
          const kept = Boolean(choices?.[next]) === Boolean(options) ? text : ''
          setText(kept)
          onSearch(next, kept)
        }}
        sx={{ minWidth: 150 }}
      >
        {fields.map((id) => (
          <MenuItem key={id} value={id}>
            {labels.fieldName(id)}
          </MenuItem>
        ))}
      </TextField>
      {options ? (
        <TextField
          select
          size="small"
          label={labels.term}
          value={options.some((o) => o.value === term) ? term : ''}
          onChange={(event) => onSearch(field, event.target.value)}
          sx={{ width: { xs: '100%', sm: 200 } }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">{labels.anyChoice ?? ''}</MenuItem>
          {options.map((option) => (
            <MenuItem key={option.value} value={option.value}>
              {option.label}
            </MenuItem>
          ))}
        </TextField>
      ) : (
        <TextField
          size="small"
          label={labels.term}
          placeholder={labels.placeholder(field)}
          value={text}
          onChange={(event) => setText(event.target.value.slice(0, maxLength))}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && text !== term) onSearch(field, text)
          }}
          sx={{ width: { xs: '100%', sm: 260 } }}
          slotProps={{
            htmlInput: { maxLength },
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
              // Always there, hidden while empty: mounting it on the first keystroke made that
              // keystroke insert styles and recalculate the whole page's style (about 10 ms).
              endAdornment: (
                <InputAdornment position="end" style={text ? undefined : { visibility: 'hidden' }}>
                  <IconButton
                    size="small"
                    edge="end"
                    aria-label={labels.clear}
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
      )}
    </Stack>
  )
}
