import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import CircularProgress from '@mui/material/CircularProgress'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import FormControl from '@mui/material/FormControl'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormGroup from '@mui/material/FormGroup'
import FormLabel from '@mui/material/FormLabel'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useTheme } from '@mui/material/styles'
import useMediaQuery from '@mui/material/useMediaQuery'
import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { usePreferences, useSavePreferences } from '@/api/preferences'
import { queuesQuery } from '@/api/queues'
import type { Preferences } from '@/api/types'
import { ErrorAlert } from '@/components/ErrorAlert'
import { CALLBACK_STATES, type CallbackState } from '@/domain/callback'
import type { CustomRange } from '@/domain/dateRanges'
import { showsTwelveHourClock } from '@/domain/preferences'
import {
  CustomRangesEditor,
  checkRangeDraft,
  type RangeDraft,
  type RangeDraftErrors,
} from './CustomRangesEditor'
import { useCallbackT } from './useCallbackT'
import { VisibilityChecklist } from './VisibilityChecklist'
import { BusyButton } from '@/components/BusyButton'

const COLUMN_OPTIONS = [
  'show24Hour',
  'showUtc',
  'includeCallbackId',
  'includeServiceName',
  'includeTimeUpdated',
] as const
type ColumnOption = (typeof COLUMN_OPTIONS)[number]

/** Empty means ALL; a dialog shows ALL as every option ticked. */
function selectedOf<T extends string>(saved: readonly T[], options: readonly T[]): Set<T> {
  return new Set(saved.length === 0 ? options : saved.filter((value) => options.includes(value)))
}

function savedOf<T extends string>(selected: ReadonlySet<T>, options: readonly T[]): T[] {
  return options.every((option) => selected.has(option))
    ? []
    : options.filter((o) => selected.has(o))
}

/**
 * Advanced Options (product.md §2.3): columns, custom date ranges, visible states and services.
 * Changes are a draft until Save; a failed save keeps the draft and says why.
 */
export function AdvancedOptionsDialog({ onClose }: { onClose: () => void }) {
  const { t, language } = useCallbackT()
  const titleId = useId()
  const theme = useTheme()
  const fullScreen = useMediaQuery(theme.breakpoints.down('sm'))
  const prefs = usePreferences()
  const save = useSavePreferences()
  const queues = useQuery(queuesQuery())
  const serviceNames = queues.data?.map((queue) => queue.name) ?? []

  const [columns, setColumns] = useState<Pick<Preferences, ColumnOption>>(() => ({
    show24Hour: prefs.show24Hour,
    showUtc: prefs.showUtc,
    includeCallbackId: prefs.includeCallbackId,
    includeServiceName: prefs.includeServiceName,
    includeTimeUpdated: prefs.includeTimeUpdated,
  }))
  const [ranges, setRanges] = useState(prefs.customRanges)
  const [rangeDraft, setRangeDraft] = useState<RangeDraft | null>(null)
  const [rangeErrors, setRangeErrors] = useState<RangeDraftErrors>({})
  const [states, setStates] = useState(() => selectedOf(prefs.visibleStates, CALLBACK_STATES))
  // Null until the user touches the services: the queue list may still be loading.
  const [services, setServices] = useState<Set<string> | null>(null)

  const shownServices = services ?? selectedOf(prefs.visibleServices, serviceNames)
  // Untouched, Show Time in 24 Hour shows the language's clock and stays unset when saved, so the
  // clock keeps following the language; ticking or unticking it makes it the user's own choice.
  const checkedOf = (option: ColumnOption): boolean =>
    option === 'show24Hour' ? !showsTwelveHourClock(columns.show24Hour, language) : columns[option]
  const statesError = states.size === 0 ? t('options.atLeastOneState') : undefined
  const servicesError =
    queues.isSuccess && shownServices.size === 0 ? t('options.atLeastOneService') : undefined

  /** Adds the pending range; the ranges after it, or null when it has errors (now shown). */
  const addPendingRange = (): CustomRange[] | null => {
    if (rangeDraft === null) return ranges
    const checked = checkRangeDraft(rangeDraft, ranges)
    if ('errors' in checked) {
      setRangeErrors(checked.errors)
      return null
    }
    const next = [...ranges, checked.range]
    setRanges(next)
    setRangeDraft(null)
    setRangeErrors({})
    return next
  }

  const submit = () => {
    const customRanges = rangeDraft && isBlank(rangeDraft) ? ranges : addPendingRange()
    if (customRanges === null || statesError || servicesError) return
    save.mutate(
      {
        ...prefs,
        ...columns,
        customRanges,
        visibleStates: savedOf(states, CALLBACK_STATES),
        visibleServices:
          services === null ? prefs.visibleServices : savedOf(services, serviceNames),
      },
      { onSuccess: onClose },
    )
  }

  return (
    <Dialog
      open
      onClose={save.isPending ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="md"
      fullWidth
      fullScreen={fullScreen}
    >
      <DialogTitle id={titleId}>{t('options.title')}</DialogTitle>
      <DialogContent dividers>
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
            gap: 3,
          }}
        >
          <Stack spacing={3}>
            <FormControl component="fieldset" variant="standard">
              <FormLabel component="legend">{t('options.columns')}</FormLabel>
              <FormGroup>
                {COLUMN_OPTIONS.map((option) => (
                  <FormControlLabel
                    key={option}
                    control={
                      <Checkbox
                        size="small"
                        checked={checkedOf(option)}
                        onChange={(_, checked) => setColumns({ ...columns, [option]: checked })}
                      />
                    }
                    label={t(`options.${option}`)}
                  />
                ))}
              </FormGroup>
            </FormControl>
            <Box component="section" aria-labelledby={`${titleId}-ranges`}>
              <Typography
                id={`${titleId}-ranges`}
                component="h3"
                variant="body1"
                sx={{ color: 'text.secondary' }}
              >
                {t('options.customRanges')}
              </Typography>
              <CustomRangesEditor
                ranges={ranges}
                onRemove={(id) => setRanges(ranges.filter((range) => range.id !== id))}
                draft={rangeDraft}
                errors={rangeErrors}
                onDraftChange={(draft) => {
                  setRangeDraft(draft)
                  if (draft === null) setRangeErrors({})
                }}
                onAdd={() => void addPendingRange()}
                t={t}
              />
            </Box>
          </Stack>
          <Stack spacing={3}>
            <VisibilityChecklist<CallbackState>
              legend={t('options.states')}
              allLabel={t('options.all')}
              options={CALLBACK_STATES}
              selected={states}
              onChange={setStates}
              error={statesError}
            />
            {queues.isPending ? (
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} role="status">
                <CircularProgress size={16} aria-hidden />
                <Typography variant="body2">{t('options.servicesLoading')}</Typography>
              </Stack>
            ) : queues.isError ? (
              <ErrorAlert
                error={queues.error}
                title={t('options.servicesFailed')}
                onRetry={() => void queues.refetch()}
              />
            ) : (
              <VisibilityChecklist
                legend={t('options.services')}
                allLabel={t('options.all')}
                options={serviceNames}
                selected={shownServices}
                onChange={setServices}
                error={servicesError}
              />
            )}
          </Stack>
        </Box>
        {save.isError && (
          <Box sx={{ mt: 2 }}>
            <ErrorAlert error={save.error} title={t('options.saveFailed')} onRetry={submit} />
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={save.isPending}>
          {t('options.cancel')}
        </Button>
        <BusyButton onClick={submit} busy={save.isPending}>
          {save.isPending ? t('options.saving') : t('options.save')}
        </BusyButton>
      </DialogActions>
    </Dialog>
  )
}

function isBlank(draft: RangeDraft): boolean {
  return draft.name.trim() === '' && draft.start.trim() === '' && draft.end.trim() === ''
}
