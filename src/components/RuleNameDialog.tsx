import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import TextField from '@mui/material/TextField'
import { useId, useState, type SubmitEvent } from 'react'
import { useTranslation } from '@/i18n/i18n'
import { useControlCharacterProblem } from './useControlCharacterProblem'

interface RuleNameDialogProps {
  open: boolean
  title: string
  /** What happens after the name (e.g. "every region then starts under Ignored"). */
  help: string
  label: string
  /** Shown under the field until there is a problem to show. */
  hint?: string | undefined
  submitLabel: string
  maxLength: number
  /** What is wrong with the trimmed name, in words, or null (required, length, taken). */
  problemOf: (name: string) => string | null
  onCreate: (name: string) => void
  onClose: () => void
}

/**
 * A new rule starts with its name, the thing people pick from when assigning rules to queues; the
 * rule's contents follow in its editor, and nothing is saved until then.
 */
export function RuleNameDialog(props: RuleNameDialogProps) {
  const controlProblem = useControlCharacterProblem()
  const { t } = useTranslation()
  const titleId = useId()
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)

  const close = () => {
    setName('')
    setError(null)
    props.onClose()
  }
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    const trimmed = name.trim()
    const problem = controlProblem(trimmed) ?? props.problemOf(trimmed)
    if (problem) {
      setError(problem)
      return
    }
    props.onCreate(trimmed)
    setName('')
    setError(null)
  }

  return (
    <Dialog open={props.open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <form noValidate onSubmit={submit}>
        <DialogTitle id={titleId}>{props.title}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{props.help}</DialogContentText>
          <TextField
            autoFocus
            fullWidth
            required
            label={props.label}
            value={name}
            onChange={(event) => {
              setName(event.target.value)
              setError(null)
            }}
            error={error !== null}
            helperText={error ?? props.hint}
            // A little over the limit, so a pasted name shows the length message instead of
            // being cut silently.
            slotProps={{ htmlInput: { maxLength: props.maxLength + 20 } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{t('actions.cancel')}</Button>
          <Button type="submit" variant="contained">
            {props.submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  )
}
