import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import { useId } from 'react'
import { useTranslation } from '@/i18n/i18n'
import { formatDateTime } from '@/lib/time'
import { useTimeDisplay } from '@/lib/useTimeDisplay'

export interface SavedVersion {
  updatedBy: string
  updatedAt: string
  version: number
}

interface ConflictDialogProps {
  open: boolean
  /** The version now saved on the backend (the 409's data.current). */
  saved: SavedVersion | null
  /** Save the user's draft over the newer version. */
  onOverwrite: () => void
  /** Replace the draft by the saved version. */
  onLoadSaved: () => void
  /** Keep the draft and decide later. */
  onClose: () => void
  /** What was changed, when it is not a rule (e.g. "This group was changed by someone else"). */
  title?: string | undefined
}

/**
 * Two people edited the same rule: the second save is told and chooses, never a silent overwrite.
 * Keeping the draft is the safe choice and has the focus.
 */
export function ConflictDialog({
  open,
  saved,
  onOverwrite,
  onLoadSaved,
  onClose,
  title,
}: ConflictDialogProps) {
  const { t } = useTranslation()
  const display = useTimeDisplay()
  const titleId = useId()
  return (
    <Dialog open={open && saved !== null} onClose={onClose} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{title ?? t('conflict.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>
          {saved
            ? t('conflict.body', {
                user: saved.updatedBy,
                time: formatDateTime(saved.updatedAt, display),
              })
            : null}
        </DialogContentText>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onClose} autoFocus>
          {t('conflict.keepEditing')}
        </Button>
        <Button onClick={onLoadSaved}>{t('conflict.loadSaved')}</Button>
        <Button onClick={onOverwrite} variant="contained" color="error">
          {t('conflict.overwrite')}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
