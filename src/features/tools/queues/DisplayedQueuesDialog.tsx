import Clear from '@mui/icons-material/Clear'
import Box from '@mui/material/Box'
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
import IconButton from '@mui/material/IconButton'
import InputAdornment from '@mui/material/InputAdornment'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useId, useMemo, useState } from 'react'
import { matchesName } from '@/domain/queueDisplay'
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

/**
 * Filter Displayed Queues: tick the queues to show, for queues whose names share nothing. With
 * many queues, the filter at the top narrows the list to the names containing what is typed; Select
 * All and Select None then apply to those, and the choice of the others is kept.
 */
export function DisplayedQueuesDialog({
  names,
  shown,
  onApply,
  onClose,
  t,
}: DisplayedQueuesDialogProps) {
  const id = useId()
  const [selected, setSelected] = useState<Set<string>>(
    () => new Set(names.filter((name) => shown === null || shown.has(name))),
  )
  const [find, setFind] = useState('')
  const [error, setError] = useState(false)
  const listed = useMemo(() => names.filter((name) => matchesName(name, find)), [names, find])
  const filtering = find.trim() !== ''

  const set = (next: Set<string>) => {
    setSelected(next)
    if (next.size > 0) setError(false)
  }
  const selectListed = (on: boolean) => {
    const next = new Set(selected)
    for (const name of listed) {
      if (on) next.add(name)
      else next.delete(name)
    }
    set(next)
  }
  const apply = () => {
    if (selected.size === 0) {
      setError(true)
      return
    }
    onApply(selected.size === names.length ? null : selected)
  }

  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby={`${id}-title`}
      fullWidth
      maxWidth="sm"
      // At the top, so the search stays put while the list under it grows and shrinks.
      sx={{ '& .MuiDialog-container': { alignItems: 'flex-start' } }}
    >
      <DialogTitle id={`${id}-title`}>{t('displayed.title')}</DialogTitle>
      {/* Help, search and buttons stay in view; only the list scrolls. */}
      <Box sx={{ px: 3, pb: 1 }}>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {t('displayed.help')}
        </Typography>
        <TextField
          type="search"
          size="small"
          fullWidth
          autoFocus
          label={t('displayed.find')}
          value={find}
          onChange={(event) => setFind(event.target.value)}
          onKeyDown={(event) => {
            // Escape empties the filter first; a second Escape closes the dialog.
            if (event.key === 'Escape' && find !== '') {
              event.stopPropagation()
              event.preventDefault()
              setFind('')
            }
          }}
          helperText={
            filtering
              ? t('displayed.matches', { count: listed.length, total: names.length })
              : t('displayed.findHelp')
          }
          slotProps={{
            htmlInput: { maxLength: 128, autoComplete: 'off', spellCheck: false },
            // Said when the count changes, as the user types.
            formHelperText: { role: 'status' },
            input: {
              endAdornment: find ? (
                <InputAdornment position="end">
                  <IconButton
                    size="small"
                    aria-label={t('displayed.clearFind')}
                    onClick={() => setFind('')}
                  >
                    <Clear fontSize="small" />
                  </IconButton>
                </InputAdornment>
              ) : undefined,
            },
          }}
          sx={{
            mb: 1.5,
            // The clear button below is labelled and works in every browser; not a second one.
            '& input::-webkit-search-cancel-button': { display: 'none' },
          }}
        />
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ alignItems: 'center', flexWrap: 'wrap' }}
        >
          <Button size="small" onClick={() => selectListed(true)} disabled={listed.length === 0}>
            {filtering ? t('displayed.selectAllShown') : t('displayed.selectAll')}
          </Button>
          <Button size="small" onClick={() => selectListed(false)} disabled={listed.length === 0}>
            {filtering ? t('displayed.selectNoneShown') : t('displayed.selectNone')}
          </Button>
          <Typography variant="body2" color="text.secondary" role="status">
            {t('displayed.count', { count: selected.size, total: names.length })}
          </Typography>
        </Stack>
      </Box>
      <DialogContent dividers>
        <FormControl component="fieldset" variant="standard" error={error} sx={{ width: 1 }}>
          <FormLabel component="legend">{t('displayed.legend')}</FormLabel>
          {listed.length === 0 ? (
            <Typography variant="body2" sx={{ py: 1 }}>
              {t('displayed.noMatch', { text: find.trim() })}
            </Typography>
          ) : (
            <FormGroup sx={{ columnCount: { sm: 2 }, display: 'block' }}>
              {listed.map((name) => (
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
          )}
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
