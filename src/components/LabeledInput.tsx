import FormControl from '@mui/material/FormControl'
import FormHelperText from '@mui/material/FormHelperText'
import InputLabel from '@mui/material/InputLabel'
import OutlinedInput, { type OutlinedInputProps } from '@mui/material/OutlinedInput'
import { useId, type Ref } from 'react'

/**
 * A labelled text input with its error under it. Same look as MUI's TextField without TextField's
 * static dependency on Select, Menu and Popover, which keeps the sign-in page light.
 */
export function LabeledInput({
  label,
  error,
  inputRef,
  ...input
}: Omit<OutlinedInputProps, 'error' | 'label'> & {
  label: string
  error?: string | undefined
  inputRef?: Ref<HTMLInputElement>
}) {
  const id = useId()
  const helpId = `${id}-help`
  return (
    <FormControl variant="outlined" error={Boolean(error)} fullWidth>
      <InputLabel htmlFor={id}>{label}</InputLabel>
      <OutlinedInput
        id={id}
        label={label}
        inputRef={inputRef}
        aria-describedby={error ? helpId : undefined}
        {...input}
      />
      {error && <FormHelperText id={helpId}>{error}</FormHelperText>}
    </FormControl>
  )
}
