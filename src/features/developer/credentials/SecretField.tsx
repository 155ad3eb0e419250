import TextField from '@mui/material/TextField'

interface SecretFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  /** What is wrong with it; shown in place of `help`. */
  error: string | undefined
  /** What to type, or a hint of the saved secret (a few characters of it). */
  help: string
  required: boolean
}

/**
 * A write-only secret (a password, a secret key): masked, never read back from the tenant, so it is
 * empty until typed again. `new-password` keeps the browser from filling in a password it stored
 * for signing in.
 */
export function SecretField({ label, value, onChange, error, help, required }: SecretFieldProps) {
  return (
    <TextField
      label={label}
      type="password"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={Boolean(error)}
      helperText={error ?? help}
      required={required}
      autoComplete="new-password"
    />
  )
}
