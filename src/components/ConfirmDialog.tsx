import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import { useId, type ReactNode } from 'react'
import { useTranslation } from '@/i18n/i18n'

interface ConfirmDialogProps {
  open: boolean
  title: string
  children: ReactNode
  confirmLabel: string
  /** The safe choice; "Cancel" unless that would read like the action itself. */
  cancelLabel?: string
  onConfirm: () => void
  onClose: () => void
  busy?: boolean
  destructive?: boolean
}

/** Asks before a destructive action; the safe choice has the focus. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation()
  const titleId = useId()
  return (
    <Dialog
      open={props.open}
      onClose={props.busy ? undefined : props.onClose}
      aria-labelledby={titleId}
    >
      <DialogTitle id={titleId}>{props.title}</DialogTitle>
      <DialogContent>
        {typeof props.children === 'string' ? (
          <DialogContentText>{props.children}</DialogContentText>
        ) : (
          props.children
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose} disabled={props.busy} autoFocus>
          {props.cancelLabel ?? t('actions.cancel')}
        </Button>
        <Button
          onClick={props.onConfirm}
          disabled={props.busy}
          color={props.destructive ? 'error' : 'primary'}
          variant="contained"
        >
          {props.confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
