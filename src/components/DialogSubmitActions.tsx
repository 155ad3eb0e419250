import Button from '@mui/material/Button'
import DialogActions from '@mui/material/DialogActions'
import { useTranslation } from '@/i18n/i18n'
import { BusyButton } from './BusyButton'

interface DialogSubmitActionsProps {
  /** The request is running: its answer must be seen, so the dialog cannot be left meanwhile. */
  busy: boolean
  onCancel: () => void
  /** "Cancel" unless given ("Close" where nothing is undone). */
  cancelLabel?: string
  submitLabel: string
  /** False where there is nothing to send (a callback that cannot be recreated). */
  canSubmit?: boolean
}

/** The foot of a dialog's form (inside `DialogForm`): leave, or submit with a spinner while sent. */
export function DialogSubmitActions({
  busy,
  onCancel,
  cancelLabel,
  submitLabel,
  canSubmit = true,
}: DialogSubmitActionsProps) {
  const { t } = useTranslation()
  return (
    <DialogActions>
      <Button onClick={onCancel} disabled={busy}>
        {cancelLabel ?? t('actions.cancel')}
      </Button>
      {canSubmit && (
        <BusyButton type="submit" busy={busy}>
          {submitLabel}
        </BusyButton>
      )}
    </DialogActions>
  )
}
