import Add from '@mui/icons-material/Add'
import UploadFile from '@mui/icons-material/UploadFile'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useDeferredValue, useId, useMemo, useState, type SyntheticEvent } from 'react'
import {
  addDnisProblem,
  MAX_DESCRIPTION_LENGTH,
  MAX_DNIS_LENGTH,
  matchesDnisFilter,
  normalizeEntry,
  type DnisEntry,
} from '@/domain/callInGroup'
import { useTranslation } from '@/i18n/i18n'
import { useCount } from '@/i18n/useCount'
import { addText } from './messages'
import { PoolList } from './PoolList'

interface DnisPoolProps {
  pool: DnisEntry[]
  onChange: (update: (pool: DnisEntry[]) => DnisEntry[]) => void
  readOnly: boolean
  /** What stops the pool being saved, said when a save was tried. */
  error?: string | undefined
  onImport: () => void
}

interface AddErrors {
  number?: string | undefined
  description?: string | undefined
}

/**
 * The DNIS Pool pane: the numbers (filtered, and drawn only where the list is scrolled, so a pool
 * of 10,000 stays quick), Add DNIS one at a time with the same checks as the tenant, removal, and
 * Bulk Import From File.
 */
export function DnisPool({ pool, onChange, readOnly, error, onImport }: DnisPoolProps) {
  const { t } = useTranslation('clickToCall')
  const count = useCount()
  const id = useId()
  const [number, setNumber] = useState('')
  const [description, setDescription] = useState('')
  const [addErrors, setAddErrors] = useState<AddErrors>({})
  const [filter, setFilter] = useState('')
  const [notice, setNotice] = useState('')
  const deferredFilter = useDeferredValue(filter)

  const shown = useMemo(
    () => pool.filter((entry) => matchesDnisFilter(entry, deferredFilter)),
    [pool, deferredFilter],
  )

  const add = (event: SyntheticEvent) => {
    event.preventDefault()
    const entry = normalizeEntry({ number, description })
    const problem = addDnisProblem(pool, entry)
    if (problem) {
      setAddErrors({ [problem.field]: addText(t, problem) })
      return
    }
    onChange((current) => [...current, entry])
    setNumber('')
    setDescription('')
    setAddErrors({})
    setNotice(t('pool.added', { number: entry.number }))
  }

  const remove = (entry: DnisEntry) => {
    onChange((current) => current.filter((e) => e.number !== entry.number))
    setNotice(t('pool.removed', { number: entry.number }))
  }

  return (
    <Stack component="section" spacing={2} aria-labelledby={`${id}-title`} sx={{ minWidth: 0 }}>
      <Stack direction="row" sx={{ alignItems: 'baseline', flexWrap: 'wrap', columnGap: 2 }}>
        <Typography id={`${id}-title`} variant="h6" component="h3">
          {t('pool.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {shown.length === pool.length
            ? t('pool.count', count(pool.length))
            : t('pool.shown', { shown: count(shown.length).n, total: count(pool.length).n })}
        </Typography>
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {t('pool.limits')}
      </Typography>
      {error && (
        <Typography role="alert" color="error" variant="body2">
          {error}
        </Typography>
      )}

      <TextField
        size="small"
        type="search"
        label={t('pool.filter')}
        helperText={t('pool.filterHelp')}
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        slotProps={{ htmlInput: { maxLength: 64 } }}
      />

      <PoolList
        entries={shown}
        emptyText={pool.length === 0 ? t('pool.empty') : t('pool.noMatch', { filter })}
        onRemove={readOnly ? undefined : remove}
      />

      {!readOnly && (
        <Box
          component="form"
          noValidate
          onSubmit={add}
          aria-label={t('pool.add')}
          sx={{
            display: 'grid',
            gap: 1.5,
            gridTemplateColumns: { xs: '1fr', sm: 'minmax(0, 1fr) minmax(0, 1fr) auto' },
            alignItems: 'start',
          }}
        >
          <TextField
            size="small"
            label={t('pool.newNumber')}
            value={number}
            onChange={(event) => {
              setNumber(event.target.value)
              setAddErrors((e) => ({ ...e, number: undefined }))
            }}
            error={Boolean(addErrors.number)}
            helperText={addErrors.number ?? t('pool.newNumberHelp')}
            slotProps={{
              htmlInput: { maxLength: MAX_DNIS_LENGTH + 20, inputMode: 'tel', autoComplete: 'off' },
            }}
          />
          <TextField
            size="small"
            label={t('pool.newDescription')}
            value={description}
            onChange={(event) => {
              setDescription(event.target.value)
              setAddErrors((e) => ({ ...e, description: undefined }))
            }}
            error={Boolean(addErrors.description)}
            helperText={addErrors.description ?? t('pool.newDescriptionHelp')}
            slotProps={{ htmlInput: { maxLength: MAX_DESCRIPTION_LENGTH + 20 } }}
          />
          <Button type="submit" variant="outlined" startIcon={<Add />} sx={{ mt: { sm: 0.25 } }}>
            {t('pool.add')}
          </Button>
        </Box>
      )}
      {!readOnly && (
        <Box>
          <Button startIcon={<UploadFile />} onClick={onImport}>
            {t('pool.import')}
          </Button>
        </Box>
      )}
      <Typography role="status" variant="body2" color="text.secondary" sx={{ minHeight: 20 }}>
        {notice}
      </Typography>
    </Stack>
  )
}
