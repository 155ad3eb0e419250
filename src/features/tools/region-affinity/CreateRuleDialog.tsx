import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import TextField from '@mui/material/TextField'
import { useId, useState } from 'react'
import { useTranslation } from '@/i18n/i18n'
import { useNameProblem } from './ruleName'

interface CreateRuleDialogProps {
  open: boolean
  /** Names already taken (compared without case), so a clash shows before anything is sent. */
  takenNames: readonly string[]
  onCreate: (name: string) => void
  onClose: () => void
}

/** Name first: the rule then opens with every region under Ignored, not saved until Save. */
export function CreateRuleDialog({ open, takenNames, onCreate, onClose }: CreateRuleDialogProps) {
  const { t } = useTranslation('regionAffinity')
  const { t: tc } = useTranslation()
  const titleId = useId()
  const [name, setName] = useState('')
  const [submitted, setSubmitted] = useState(false)
  const problem = useNameProblem(name, takenNames)
  const close = () => {
    setName('')
    setSubmitted(false)
    onClose()
  }
  return (
    <Dialog open={open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          setSubmitted(true)
          if (problem) return
          onCreate(name.trim())
          setName('')
          setSubmitted(false)
        }}
      >
        <DialogTitle id={titleId}>{t('create.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('create.help')}</DialogContentText>
          <TextField
            autoFocus
            fullWidth
            required
            label={t('name.label')}
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={submitted && problem !== null}
            helperText={submitted ? problem : undefined}
            slotProps={{ htmlInput: { maxLength: 200 } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{tc('actions.cancel')}</Button>
          <Button type="submit" variant="contained">
            {t('create.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  )
}
