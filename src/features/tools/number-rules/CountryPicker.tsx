import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import Chip from '@mui/material/Chip'
import FormHelperText from '@mui/material/FormHelperText'
import InputAdornment from '@mui/material/InputAdornment'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import SearchIcon from '@mui/icons-material/Search'
import { memo, useCallback, useId, useMemo, useState } from 'react'
import { useTranslation } from '@/i18n/i18n'
import { countryLabel, countryOptions, filterCountries, type CountryOption } from './countries'

interface CountryPickerProps {
  selected: readonly string[]
  /** Stable across renders (it is handed to the memoised list): takes an update of the selection. */
  onChange: (update: (selected: string[]) => string[]) => void
  error?: string | undefined
}

/**
 * Allow Callbacks To: every country (240+) in a filtered list of checkboxes, with Select All
 * Countries, Clear, and the Currently Selected Countries as removable chips.
 */
export function CountryPicker({ selected, onChange, error }: CountryPickerProps) {
  const { t, language } = useTranslation('numberRules')
  const id = useId()
  const [query, setQuery] = useState('')
  const options = countryOptions(language)
  const shown = useMemo(() => filterCountries(options, query), [options, query])
  const chosen = useMemo(() => new Set(selected), [selected])
  const filtered = shown.length !== options.length

  const toggle = useCallback(
    (code: string, on: boolean) =>
      onChange((current) =>
        on ? [...current.filter((c) => c !== code), code] : current.filter((c) => c !== code),
      ),
    [onChange],
  )
  const selectShown = () =>
    onChange((current) => [
      ...current,
      ...shown.map((o) => o.code).filter((code) => !current.includes(code)),
    ])
  const sortedSelection = useMemo(
    () =>
      [...selected]
        .map((code) => ({ code, label: countryLabel(code, language) }))
        .sort((a, b) => a.label.localeCompare(b.label, language)),
    [selected, language],
  )

  return (
    <Box
      component="fieldset"
      aria-describedby={error ? `${id}-error` : undefined}
      sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}
    >
      <Typography component="legend" variant="subtitle1" sx={{ fontWeight: 500, mb: 1 }}>
        {t('countries.title')}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1fr) minmax(0, 1fr)' },
        }}
      >
        <Stack spacing={1} sx={{ minWidth: 0 }}>
          <TextField
            size="small"
            type="search"
            label={t('countries.filter')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            helperText={t('countries.filterHelp')}
            slotProps={{
              input: {
                startAdornment: (
                  <InputAdornment position="start">
                    <SearchIcon fontSize="small" aria-hidden />
                  </InputAdornment>
                ),
              },
            }}
          />
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
            <Button
              size="small"
              onClick={selectShown}
              disabled={shown.every((o) => chosen.has(o.code))}
            >
              {filtered
                ? t('countries.selectShown', { count: shown.length })
                : t('countries.selectAll')}
            </Button>
            <Button
              size="small"
              onClick={() => onChange(() => [])}
              disabled={selected.length === 0}
            >
              {t('countries.clear')}
            </Button>
          </Stack>
          <CountryList
            shown={shown}
            chosen={chosen}
            onToggle={toggle}
            label={t('countries.listLabel')}
            emptyText={t('countries.noMatch', { query: query.trim() })}
          />
        </Stack>
        <Box sx={{ minWidth: 0 }}>
          <Typography id={`${id}-selected`} variant="subtitle2" component="h3" sx={{ mb: 1 }}>
            {t('countries.selected', { count: selected.length })}
          </Typography>
          {selected.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {t('countries.noneSelected')}
            </Typography>
          ) : (
            <Box
              component="ul"
              aria-labelledby={`${id}-selected`}
              sx={{
                listStyle: 'none',
                p: 0,
                m: 0,
                display: 'flex',
                flexWrap: 'wrap',
                gap: 0.75,
                maxHeight: 336,
                overflowY: 'auto',
              }}
            >
              {sortedSelection.map(({ code, label }) => (
                <li key={code}>
                  <Chip
                    size="small"
                    label={label}
                    aria-label={t('countries.remove', { country: label })}
                    onClick={() => toggle(code, false)}
                    onDelete={() => toggle(code, false)}
                  />
                </li>
              ))}
            </Box>
          )}
        </Box>
      </Box>
      {error && (
        <FormHelperText id={`${id}-error`} error role="alert" sx={{ mx: 0 }}>
          {error}
        </FormHelperText>
      )}
    </Box>
  )
}

/**
 * The checkbox list. Memoised on what it shows, so typing in the rule's other fields does not
 * re-render 245 checkboxes.
 */
const CountryList = memo(function CountryList({
  shown,
  chosen,
  onToggle,
  label,
  emptyText,
}: {
  shown: CountryOption[]
  chosen: ReadonlySet<string>
  onToggle: (code: string, on: boolean) => void
  label: string
  emptyText: string
}) {
  return (
    <Box
      role="group"
      aria-label={label}
      sx={{
        height: 280,
        overflowY: 'auto',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        py: 0.5,
      }}
    >
      {shown.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ p: 1.5 }}>
          {emptyText}
        </Typography>
      ) : (
        shown.map((option) => (
          <Box
            component="label"
            key={option.code}
            sx={{
              display: 'flex',
              alignItems: 'center',
              px: 0.5,
              cursor: 'pointer',
              '&:hover': { bgcolor: 'action.hover' },
            }}
          >
            <Checkbox
              size="small"
              disableRipple
              checked={chosen.has(option.code)}
              onChange={(event) => onToggle(option.code, event.target.checked)}
              sx={{ p: 0.5 }}
            />
            <Typography variant="body2" component="span">
              {option.label}
            </Typography>
          </Box>
        ))
      )}
    </Box>
  )
})
