import Search from '@mui/icons-material/Search'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import type { ReactNode, SubmitEvent } from 'react'

interface SearchFormProps {
  label: string
  value: string
  /** Typing clears the problem shown: the caller forgets it here. */
  onChange: (value: string) => void
  /** Why the typed text cannot be searched, shown in place of `help`. */
  error: string | null
  help: string
  submitLabel: string
  onSubmit: () => void
  submitDisabled?: boolean
  /** A hard limit on the input; one past the search's own limit lets its "too long" message show. */
  maxLength?: number
  /** Further actions after the search button (show all, refresh). */
  children?: ReactNode
}

/**
 * A search that runs when it is submitted (an ID, a phone number) rather than while typing, as the
 * list filters of `SearchBox` do; the caller checks the text and shows its problem under the field.
 */
export function SearchForm({
  label,
  value,
  onChange,
  error,
  help,
  submitLabel,
  onSubmit,
  submitDisabled = false,
  maxLength,
  children,
}: SearchFormProps) {
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    onSubmit()
  }
  return (
    <Stack
      component="form"
      role="search"
      noValidate
      onSubmit={submit}
      direction={{ xs: 'column', sm: 'row' }}
      spacing={1.5}
      sx={{ alignItems: { sm: 'flex-start' } }}
    >
      <TextField
        label={label}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        error={error !== null}
        helperText={error ?? help}
        size="small"
        autoComplete="off"
        slotProps={{
          htmlInput: { spellCheck: false, ...(maxLength === undefined ? {} : { maxLength }) },
        }}
        sx={{ minWidth: { sm: 380 } }}
      />
      <Button type="submit" variant="contained" startIcon={<Search />} disabled={submitDisabled}>
        {submitLabel}
      </Button>
      {children}
    </Stack>
  )
}
