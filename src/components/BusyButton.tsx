import Button, { type ButtonProps } from '@mui/material/Button'
import CircularProgress from '@mui/material/CircularProgress'

/** The main action of a form: contained, and showing a spinner (and disabled) while it runs. */
export function BusyButton({ busy, disabled, ...props }: ButtonProps & { busy: boolean }) {
  return (
    <Button
      variant="contained"
      {...props}
      disabled={busy || disabled}
      startIcon={
        busy ? <CircularProgress size={16} color="inherit" aria-hidden /> : props.startIcon
      }
    />
  )
}
