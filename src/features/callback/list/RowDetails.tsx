import Box from '@mui/material/Box'
import CircularProgress from '@mui/material/CircularProgress'
import FormControlLabel from '@mui/material/FormControlLabel'
import Stack from '@mui/material/Stack'
import Switch from '@mui/material/Switch'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { callbackDetailQuery } from '@/api/callbacks'
import type { CallbackDetail, CallbackSummary } from '@/api/types'
import { ErrorAlert } from '@/components/ErrorAlert'
import { hasQueueFigures } from '@/domain/callback'
import { formatDuration } from '@/lib/time'
import { useListContext } from './ListContext'
import { MetricsList } from './MetricsList'
import { ParametersList } from './ParametersList'
import type { CallbackT } from './useCallbackT'

/** Position and wait, or why they do not apply to this callback now. */
function queueFigures(detail: CallbackDetail, t: CallbackT, locale: string) {
  if (!hasQueueFigures(detail.state)) {
    const why =
      detail.state === 'SCHEDULED'
        ? t('details.notQueuedScheduled')
        : t('details.notQueuedCompleted')
    return { position: '—', ewt: '—', why }
  }
  const ewt = detail.estimatedWaitTime
  return {
    // 0: an agent has it (ROUTING, PROCESSING).
    position:
      detail.positionInQueue === undefined
        ? '—'
        : detail.positionInQueue === 0
          ? t('details.withAgent')
          : detail.positionInQueue.toLocaleString(locale),
    ewt: ewt === undefined || ewt < 0 ? t('details.unknown') : formatDuration(ewt, locale),
    why: undefined,
  }
}

/** The expanded part of a row: fetched only for the rows a person opens. */
export function RowDetails({ callback }: { callback: CallbackSummary }) {
  const { t, locale } = useListContext()
  const query = useQuery(callbackDetailQuery(callback.id))
  const [advanced, setAdvanced] = useState(false)

  if (query.isPending) {
    return (
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', py: 1 }} role="status">
        <CircularProgress size={16} aria-hidden />
        <Typography variant="body2">{t('details.loading')}</Typography>
      </Stack>
    )
  }
  if (query.isError) {
    return (
      <ErrorAlert
        error={query.error}
        title={t('details.failed')}
        onRetry={() => void query.refetch()}
      />
    )
  }
  const detail = query.data
  const figures = queueFigures(detail, t, locale)
  return (
    // Sticky, and no wider than the window, so it stays in view when the table scrolls sideways.
    <Box
      sx={{
        py: 1,
        whiteSpace: 'normal',
        position: 'sticky',
        left: 16,
        maxWidth: 'calc(100vw - 96px)',
      }}
    >
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: 'max-content 1fr',
          columnGap: 2,
          rowGap: 0.5,
          m: 0,
          '& dt': { fontWeight: 600 },
          '& dd': { m: 0 },
        }}
      >
        <dt>{t('details.position')}</dt>
        <dd>{figures.position}</dd>
        <dt>{t('details.ewt')}</dt>
        <dd>{figures.ewt}</dd>
      </Box>
      {figures.why && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {figures.why}
        </Typography>
      )}
      <FormControlLabel
        sx={{ mt: 1 }}
        control={<Switch checked={advanced} onChange={(_, checked) => setAdvanced(checked)} />}
        label={t('details.advanced')}
      />
      {advanced && (
        <>
          <MetricsList metrics={detail.metrics} />
          {detail.parameters && <ParametersList parameters={detail.parameters} />}
        </>
      )}
    </Box>
  )
}
