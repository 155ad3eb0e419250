import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import FormControl from '@mui/material/FormControl'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormGroup from '@mui/material/FormGroup'
import FormHelperText from '@mui/material/FormHelperText'
import FormLabel from '@mui/material/FormLabel'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useState } from 'react'
import type { Translate } from '@/i18n/i18n'

interface DisplayedQueuesDialogProps {
  /** Every queue the user may read, in display order. */
  names: readonly string[]
  /** The current choice; null = every queue. */
  shown: ReadonlySet<string> | null
  onApply: (shown: ReadonlySet<string> | null) => void
  onClose: () => void
  t: Translate<'toolsQueues'>
}

/** Filter Displayed Queues: tick the queues to show, for queues whose names share nothing. */
export function DisplayedQueuesDialog({
  names,
  shown,
  onApply,
  onClose,
  t,
}: DisplayedQueuesDialogProps) {
  const [selected, setSelected] = useState<Set<string>>(
    () => new Set(names.filter((name) => shown === null || shown.has(name))),
  )
  const [error, setError] = useState(false)
  const set = (next: Set<string>) => {
    setSelected(next)
    if (next.size > 0) setError(false)
  }
  const apply = () => {
    if (selected.size === 0) {
      setError(true)
      return
    }
    onApply(selected.size === names.length ? null : selected)
  }
  return (
    <Dialog open onClose={onClose} aria-labelledby="displayed-queues-title" fullWidth maxWidth="sm">
      <DialogTitle id="displayed-queues-title">{t('displayed.title')}</DialogTitle>
      <DialogContent dividers>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {t('displayed.help')}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center' }}>
          <Button size="small" onClick={() => set(new Set(names))}>
            {t('displayed.selectAll')}
          </Button>
          <Button size="small" onClick={() => set(new Set())}>
            {t('displayed.selectNone')}
          </Button>
          <Typography variant="body2" color="text.secondary" role="status">
            {t('displayed.count', { count: selected.size, total: names.length })}
          </Typography>
        </Stack>
        <FormControl component="fieldset" variant="standard" error={error}>
          <FormLabel component="legend">{t('displayed.legend')}</FormLabel>
          <FormGroup sx={{ columnCount: { sm: 2 }, display: 'block' }}>
            {names.map((name) => (
              <FormControlLabel
                key={name}
                sx={{ display: 'flex' }}
                control={
                  <Checkbox
                    size="small"
                    checked={selected.has(name)}
                    onChange={(_, checked) => {
                      const next = new Set(selected)
                      if (checked) next.add(name)
                      else next.delete(name)
                      set(next)
                    }}
                  />
                }
                label={name}
              />
            ))}
          </FormGroup>
          {error && <FormHelperText>{t('displayed.required')}</FormHelperText>}
        </FormControl>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('displayed.cancel')}</Button>
        <Button variant="contained" onClick={apply}>
          {t('displayed.apply')}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
