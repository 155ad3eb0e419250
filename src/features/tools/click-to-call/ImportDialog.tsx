import UploadFile from '@mui/icons-material/UploadFile'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormLabel from '@mui/material/FormLabel'
import LinearProgress from '@mui/material/LinearProgress'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import Stack from '@mui/material/Stack'
import { useTheme } from '@mui/material/styles'
import Typography from '@mui/material/Typography'
import useMediaQuery from '@mui/material/useMediaQuery'
import { useId, useMemo, useRef, useState } from 'react'
import type { DnisEntry } from '@/domain/callInGroup'
import {
  importOutcome,
  poolDuplicates,
  problemLines,
  type DnisCsvCheck,
  type ImportMode,
} from '@/domain/dnisCsv'
import { useTranslation } from '@/i18n/i18n'
import { useCount } from '@/i18n/useCount'
import { csvProblemText } from './messages'
import { useDnisFileCheck } from './useDnisFileCheck'
import { VirtualList } from './VirtualList'

interface ImportDialogProps {
  pool: DnisEntry[]
  onClose: () => void
  onImport: (pool: DnisEntry[], imported: number, fileName: string) => void
}

/** A problem on one line where there is room; on a phone, up to three lines so the reason reads. */
const PROBLEM_ROW = 40
const PROBLEM_ROW_NARROW = 84

/**
 * Bulk Import From File: a .csv is read and checked in a Web Worker (with progress on a large
 * file), every invalid line is listed with its number and reason, and nothing reaches the pool
 * until the file is clean, unless the user takes only the valid lines. The pool changes in the
 * editor only; Save Group keeps it.
 */
export function ImportDialog({ pool, onClose, onImport }: ImportDialogProps) {
  const { t } = useTranslation('clickToCall')
  const { t: tc } = useTranslation()
  const count = useCount()
  const n = (value: number) => count(value).n
  const id = useId()
  const [mode, setMode] = useState<ImportMode>('add')
  const [validOnly, setValidOnly] = useState(false)
  const fileInput = useRef<HTMLInputElement>(null)
  const narrow = useMediaQuery(useTheme().breakpoints.down('sm'))
  const problemRow = narrow ? PROBLEM_ROW_NARROW : PROBLEM_ROW
  const { state, check } = useDnisFileCheck()
  const checked: DnisCsvCheck | null =
    state.status === 'done' && state.result.kind === 'checked' ? state.result.check : null

  // The file's own problems, and when adding, the numbers the pool already has: in line order.
  const problems = useMemo(() => {
    if (!checked) return []
    if (mode === 'replace') return checked.problems
    const duplicates = poolDuplicates(checked.entries, pool)
    if (duplicates.length === 0) return checked.problems
    return [...checked.problems, ...duplicates].sort((a, b) => a.line - b.line)
  }, [checked, mode, pool])
  // Each goes over up to 10,000 lines: once per file and choice, not on every render.
  const outcome = useMemo(
    () => (checked ? importOutcome(checked, pool, mode, validOnly) : null),
    [checked, pool, mode, validOnly],
  )
  const invalidLines = useMemo(() => problemLines(problems), [problems])

  return (
    <Dialog open onClose={onClose} aria-labelledby={`${id}-title`} fullWidth maxWidth="md">
      <DialogTitle id={`${id}-title`}>{t('import.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>{t('import.intro')}</DialogContentText>
          <Box>
            <FormLabel id={`${id}-mode`}>{t('import.mode')}</FormLabel>
            <RadioGroup
              row
              aria-labelledby={`${id}-mode`}
              value={mode}
              onChange={(event) => setMode(event.target.value as ImportMode)}
            >
              <FormControlLabel value="add" control={<Radio />} label={t('import.add')} />
              <FormControlLabel value="replace" control={<Radio />} label={t('import.replace')} />
            </RadioGroup>
          </Box>
          <Box>
            {/* The button opens the file picker; a label around the input would nest two controls. */}
            <Button
              variant="outlined"
              startIcon={<UploadFile />}
              onClick={() => fileInput.current?.click()}
            >
              {t('import.choose')}
            </Button>
            <input
              ref={fileInput}
              type="file"
              accept=".csv,text/csv"
              hidden
              aria-label={t('import.choose')}
              onChange={(event) => {
                const file = event.target.files?.[0]
                // The same file chosen again (after fixing it) must be read again.
                event.target.value = ''
                if (!file) return
                setValidOnly(false)
                check(file)
              }}
            />
            {state.status !== 'idle' && (
              <Typography variant="body2" sx={{ mt: 1 }}>
                {t('import.chosen', { name: state.file.name })}
              </Typography>
            )}
          </Box>

          <Box role="status" aria-live="polite">
            {state.status === 'checking' && (
              <Stack spacing={1}>
                <Typography variant="body2">
                  {state.total > 0
                    ? t('import.checking', { done: n(state.done), total: n(state.total) })
                    : t('import.reading', { name: state.file.name })}
                </Typography>
                <LinearProgress
                  aria-label={t('import.reading', { name: state.file.name })}
                  variant={state.total > 0 ? 'determinate' : 'indeterminate'}
                  value={state.total > 0 ? (100 * state.done) / state.total : 0}
                />
              </Stack>
            )}
            {checked && (
              <Typography>
                {t('import.summary', {
                  ...count(checked.records),
                  valid: n(checked.records - invalidLines),
                  invalid: n(invalidLines),
                })}
                {checked.heading && ` ${t('import.heading')}`}
              </Typography>
            )}
          </Box>

          {state.status === 'done' && state.result.kind === 'refused' && (
            <Alert severity="error" role="alert">
              {t(`import.refused.${state.result.refusal}`, { name: state.file.name })}
            </Alert>
          )}
          {state.status === 'failed' && (
            <Alert severity="error" role="alert">
              {t('import.failed')}: {state.message}
            </Alert>
          )}

          {checked && problems.length > 0 && (
            <VirtualList
              count={problems.length}
              rowHeight={problemRow}
              maxHeight={problemRow * (narrow ? 5 : 8)}
              label={t('import.problemsLabel')}
              renderRow={(index) => {
                const problem = problems[index]
                if (!problem) return null
                return (
                  <Typography
                    variant="body2"
                    title={csvProblemText(t, problem)}
                    sx={{
                      overflow: 'hidden',
                      display: '-webkit-box',
                      WebkitBoxOrient: 'vertical',
                      WebkitLineClamp: narrow ? 3 : 1,
                      overflowWrap: 'anywhere',
                    }}
                  >
                    <Box component="span" sx={{ fontWeight: 600, mr: 1 }}>
                      {t('import.lineColumn')} {problem.line}
                    </Box>
                    {csvProblemText(t, problem)}
                  </Typography>
                )
              }}
            />
          )}
          {checked && invalidLines > 0 && (
            <FormControlLabel
              control={
                <Checkbox
                  checked={validOnly}
                  onChange={(event) => setValidOnly(event.target.checked)}
                />
              }
              label={t('import.validOnly', count(checked.records - invalidLines))}
            />
          )}
          {outcome && !outcome.ok && (
            <Alert severity="warning" role="alert">
              {outcome.reason === 'HAS_PROBLEMS'
                ? t('import.outcome.HAS_PROBLEMS', count(outcome.lines))
                : outcome.reason === 'TOO_MANY'
                  ? t('import.outcome.TOO_MANY', { size: n(outcome.size) })
                  : t(`import.outcome.${outcome.reason}`)}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{tc('actions.cancel')}</Button>
        <Button
          variant="contained"
          disabled={!outcome?.ok}
          onClick={() => {
            if (outcome?.ok && state.status === 'done')
              onImport(outcome.pool, outcome.imported, state.file.name)
          }}
        >
          {t('import.import')}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
