import Dialog from '@mui/material/Dialog'
import { Fragment, useId, type ReactNode } from 'react'
import type { CallbackSummary } from '@/api/types'
import { DialogBody } from '@/components/DialogBody'
import { useRetained } from './useRetained'

interface CallbackDialogFrameProps {
  /** The callback the dialog is about; null closes it. */
  callback: CallbackSummary | null
  /** A request of the dialog is running: it cannot be closed until it answers. */
  busy: boolean
  onClose: () => void
  /** The dialog's content for the callback shown, labelled by `titleId`. */
  children: (shown: CallbackSummary, titleId: string) => ReactNode
}

/**
 * A dialog about one callback (edit, recreate): it keeps showing the callback while it closes, and
 * starts a fresh form for each callback opened.
 */
export function CallbackDialogFrame({
  callback,
  busy,
  onClose,
  children,
}: CallbackDialogFrameProps) {
  const titleId = useId()
  const shown = useRetained(callback)
  return (
    <Dialog
      open={callback !== null}
      onClose={busy ? undefined : onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
    >
      {shown && (
        <DialogBody>
          <Fragment key={shown.id}>{children(shown, titleId)}</Fragment>
        </DialogBody>
      )}
    </Dialog>
  )
}
