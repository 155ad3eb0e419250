import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import { useId, useState, type SubmitEvent } from 'react'
import { LabeledInput } from '@/components/LabeledInput'
import { pasteIntoGrid } from '@/domain/capacityPaste'
import { emptyGrid, type CapacityGrid } from '@/domain/capacityRule'
import { useTranslation } from '@/i18n/i18n'
import { problemText } from './problemText'

/**
 * The paste of a capacity JSON statement without the keyboard shortcut (touch screens, screen
 * readers, or simply discoverability): the same rules as Ctrl+V with no cell selected.
 */
export function JsonDialog({
  initial,
  onApply,
  onClose,
}: {
  initial: string
  onApply: (grid: CapacityGrid) => void
  onClose: () => void
}) {
  const { t } = useTranslation('capacity')
  const { t: tc } = useTranslation()
  const titleId = useId()
  const [text, setText] = useState(initial)
  const [error, setError] = useState<string | undefined>()

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    const result = pasteIntoGrid(emptyGrid(60), { kind: 'none' }, text)
    if (result.ok) onApply(result.grid)
    else setError(problemText(t, result.problem))
  }

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{t('jsonDialog.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('jsonDialog.help')}</DialogContentText>
          <LabeledInput
            label={t('jsonDialog.label')}
            multiline
            minRows={6}
            maxRows={16}
            value={text}
            error={error}
            autoFocus
            onFocus={(event) => event.currentTarget.select()}
            onChange={(event) => {
              setText(event.currentTarget.value)
              setError(undefined)
            }}
            inputProps={{ spellCheck: false, style: { fontFamily: 'monospace' } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{tc('actions.cancel')}</Button>
          <Button type="submit" variant="contained">
            {t('jsonDialog.apply')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  )
}
