import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import TextField from '@mui/material/TextField'
import { useId, useState, type FormEvent } from 'react'
import { MAX_RULE_NAME } from '@/domain/numberRule'
import { useTranslation } from '@/i18n/i18n'

/**
 * Create New Rule starts with the name (the guide: it is what people pick from when assigning a
 * rule to a queue); countries and patterns follow in the editor, and nothing is saved until then.
 */
export function NewRuleDialog({
  open,
  takenNames,
  onCreate,
  onClose,
}: {
  open: boolean
  takenNames: readonly string[]
  onCreate: (name: string) => void
  onClose: () => void
}) {
  const { t } = useTranslation('numberRules')
  const { t: common } = useTranslation()
  const titleId = useId()
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = name.trim()
    if (trimmed === '') return setError(t('editor.errors.nameRequired'))
    if (trimmed.length > MAX_RULE_NAME)
      return setError(t('editor.errors.nameTooLong', { max: MAX_RULE_NAME }))
    if (takenNames.some((taken) => taken.trim().toLowerCase() === trimmed.toLowerCase()))
      return setError(t('editor.errors.nameTaken', { name: trimmed }))
    onCreate(trimmed)
    setName('')
    setError(null)
  }

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <Box component="form" noValidate onSubmit={submit} sx={{ display: 'contents' }}>
        <DialogTitle id={titleId}>{t('create.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('create.body')}</DialogContentText>
          <TextField
            autoFocus
            fullWidth
            required
            label={t('editor.name')}
            value={name}
            onChange={(event) => {
              setName(event.target.value)
              setError(null)
            }}
            error={error !== null}
            helperText={error ?? t('editor.nameHelp')}
            slotProps={{ htmlInput: { maxLength: MAX_RULE_NAME + 20 } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{common('actions.cancel')}</Button>
          <Button type="submit" variant="contained">
            {t('create.submit')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  )
}
