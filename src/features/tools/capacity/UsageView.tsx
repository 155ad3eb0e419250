import ChevronLeft from '@mui/icons-material/ChevronLeft'
import ChevronRight from '@mui/icons-material/ChevronRight'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import LinearProgress from '@mui/material/LinearProgress'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { capacityRulesQuery, capacityUsageQuery } from '@/api/capacityRules'
import { queuesQuery } from '@/api/queues'
import { ErrorAlert } from '@/components/ErrorAlert'
import { Loading } from '@/components/Loading'
import { weekStartOf } from '@/domain/capacityRule'
import { addDays } from '@/domain/zonedTime'
import { useTranslation } from '@/i18n/i18n'
import { UsageTable } from './UsageTable'
import { USAGE_COLOURS, USAGE_LEVELS } from './usageScale'

/**
 * Beyond the original: for a chosen queue and week, the scheduled callbacks booked in each slot
 * against the slot's capacity (the queue's rule, or its slot capacity), in the queue's zone.
 */
export function UsageView() {
  const { t, language } = useTranslation('capacity')
  const queues = useQuery(queuesQuery())
  const rules = useQuery(capacityRulesQuery())
  const [chosen, setChosen] = useState<string | null>(null)
  const [weekStart, setWeekStart] = useState<string | null>(null)
  // "This week" as of opening the view: it does not move under the user while they look.
  const [now] = useState(() => Date.now())

  const list = useMemo(() => queues.data ?? [], [queues.data])
  const queue =
    list.find((q) => q.name === chosen) ??
    list.find((q) => q.capacityRuleId && q.scheduledEnabled) ??
    list[0]
  const thisWeek = queue ? weekStartOf(now, queue.timeZone) : null
  const week = weekStart ?? thisWeek
  const usage = useQuery({
    ...capacityUsageQuery(queue?.name ?? '', week ?? ''),
    enabled: Boolean(queue?.scheduledEnabled && week),
    placeholderData: keepPreviousData,
  })
  const dateLabel = useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' })
    return (date: string) => format.format(Date.parse(`${date}T12:00:00Z`))
  }, [language])

  if (queues.isPending) return <Loading label={t('loading')} />
  if (queues.isError) {
    return (
      <ErrorAlert
        error={queues.error}
        title={t('usage.loadFailed')}
        onRetry={() => void queues.refetch()}
      />
    )
  }
  if (!queue || !week)
    return (
      <Alert severity="info" role="status">
        {t('usage.noQueues')}
      </Alert>
    )

  const data = usage.data
  const ruleName = data?.capacityRuleId
    ? rules.data?.find((r) => r.id === data.capacityRuleId)?.name
    : undefined
  const totals = (data?.slots ?? []).reduce(
    (sum, s) => ({ booked: sum.booked + s.booked, capacity: sum.capacity + s.capacity }),
    { booked: 0, capacity: 0 },
  )
  const percent = new Intl.NumberFormat(language, { style: 'percent' }).format(
    totals.capacity ? totals.booked / totals.capacity : 0,
  )

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField
          select
          size="small"
          label={t('usage.queue')}
          value={queue.name}
          sx={{ minWidth: 240 }}
          slotProps={{ select: { native: true } }}
          onChange={(event) => {
            setChosen(event.target.value)
            setWeekStart(null)
          }}
        >
          {list.map((q) => (
            <option key={q.name} value={q.name}>
              {q.name}
            </option>
          ))}
        </TextField>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Button
            size="small"
            startIcon={<ChevronLeft />}
            onClick={() => setWeekStart(addDays(week, -7))}
          >
            {t('usage.previousWeek')}
          </Button>
          <Button size="small" disabled={week === thisWeek} onClick={() => setWeekStart(null)}>
            {t('usage.thisWeek')}
          </Button>
          <Button
            size="small"
            endIcon={<ChevronRight />}
            onClick={() => setWeekStart(addDays(week, 7))}
          >
            {t('usage.nextWeek')}
          </Button>
        </Stack>
        <Typography component="h2" variant="subtitle1" sx={{ fontWeight: 600 }}>
          {t('usage.weekOf', { date: dateLabel(week) })}
        </Typography>
      </Stack>

      {!queue.scheduledEnabled ? (
        <Alert severity="info" role="status">
          {t('usage.notScheduled', { queue: queue.name })}
        </Alert>
      ) : usage.isError ? (
        <ErrorAlert
          error={usage.error}
          title={t('usage.loadFailed')}
          onRetry={() => void usage.refetch()}
        />
      ) : !data ? (
        <Loading label={t('loading')} />
      ) : (
        <>
          <Box sx={{ minHeight: 4 }}>{usage.isFetching && <LinearProgress aria-hidden />}</Box>
          <Typography variant="body2">
            {ruleName
              ? t('usage.ruleSource', { name: ruleName })
              : t('usage.slotSource', { capacity: queue.slotCapacity })}{' '}
            {t('usage.zone', { zone: data.timeZone })}
          </Typography>
          <Typography variant="body2" sx={{ fontWeight: 500 }}>
            {t('usage.summary', { booked: totals.booked, capacity: totals.capacity, percent })}
          </Typography>
          <Stack
            direction="row"
            spacing={2}
            useFlexGap
            component="ul"
            aria-label={t('usage.legend.label')}
            sx={{ listStyle: 'none', p: 0, m: 0, flexWrap: 'wrap' }}
          >
            {USAGE_LEVELS.map((level) => (
              <Stack
                key={level}
                component="li"
                direction="row"
                spacing={1}
                sx={{ alignItems: 'center' }}
              >
                <Box
                  aria-hidden
                  sx={{
                    width: 16,
                    height: 16,
                    borderRadius: 0.5,
                    border: '1px solid rgba(0,0,0,0.3)',
                    bgcolor: USAGE_COLOURS[level],
                  }}
                />
                <Typography variant="body2">{t(`usage.legend.${level}`)}</Typography>
              </Stack>
            ))}
          </Stack>
          {data.slots.length === 0 ? (
            <Alert severity="info" role="status">
              {t('usage.noSlots', { queue: queue.name })}
            </Alert>
          ) : (
            <UsageTable
              usage={data}
              label={t('usage.tableLabel', { queue: queue.name, date: dateLabel(week) })}
            />
          )}
        </>
      )}
    </Stack>
  )
}
