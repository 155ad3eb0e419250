import ArrowBack from '@mui/icons-material/ArrowBack'
import Refresh from '@mui/icons-material/Refresh'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Link from '@mui/material/Link'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import { useId, type ReactNode } from 'react'
import { Link as RouterLink, useParams } from 'react-router'
import { isApiError } from '@/api/errors'
import { queueDetailQuery, type QueueOverview } from '@/api/queues'
import { ErrorAlert } from '@/components/ErrorAlert'
import { Loading } from '@/components/Loading'
import { MessagePage } from '@/components/MessagePage'
import { useTranslation, type Translate } from '@/i18n/i18n'
import { formatDateTime } from '@/lib/time'
import { useTimeDisplay } from '@/lib/useTimeDisplay'
import { useNow } from '@/lib/useNow'
import { openCloseText } from './openCloseText'
import { countText, waitText } from './queueFigures'
import { CallbackTypeIcons } from './QueueRow'
import { RULE_FIELDS } from './ruleFields'
import { useRuleOptions } from './useRuleOptions'
import { FactList } from '@/components/FactList'

const WEEKDAYS = ['0', '1', '2', '3', '4', '5', '6'] as const
/** Monday first, as a working week reads; the data is Sunday first. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const

/** A calendar date of the queue's zone ("2026-12-25") in the reader's language, with no zone shift. */
function formatLocalDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.parse(`${date}T00:00:00Z`),
  )
}

function Facts({ rows }: { rows: Array<[label: string, value: ReactNode]> }) {
  return (
    <FactList
      sx={{ columnGap: 3, rowGap: 1 }}
      facts={rows.map(([label, value]) => ({ key: label, label, value }))}
    />
  )
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId()
  return (
    <Paper variant="outlined" component="section" aria-labelledby={id} sx={{ p: 2 }}>
      <Typography id={id} variant="h6" component="h2" sx={{ mb: 1.5 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  )
}

function BusinessHoursTable({ queue, t }: { queue: QueueOverview; t: Translate<'toolsQueues'> }) {
  const hours = queue.businessHours
  if (hours.alwaysOpen) return <Typography>{t('detail.alwaysOpen')}</Typography>
  return (
    <Table size="small" aria-label={t('detail.hoursTitle')} sx={{ maxWidth: 420 }}>
      <TableBody>
        {WEEK_ORDER.map((day) => {
          const intervals = hours.weekly[day] ?? []
          return (
            <TableRow key={day}>
              <TableCell component="th" scope="row">
                {t(`detail.weekdays.${WEEKDAYS[day]}`)}
              </TableCell>
              <TableCell>
                {intervals.length
                  ? intervals.map((i) => `${i.open}–${i.close}`).join(', ')
                  : t('detail.closedDay')}
              </TableCell>
            </TableRow>
          )
        })}
      </TableBody>
    </Table>
  )
}

/** A queue's effective callback settings, hours, rules and live figures (Tools > Queues > name). */
export default function QueueDetailPage() {
  const { t } = useTranslation('toolsQueues')
  const name = useParams().name ?? ''
  const display = useTimeDisplay()
  const now = useNow(30_000)
  const detail = useQuery(queueDetailQuery(name))
  const rules = useRuleOptions()

  const back = (
    <Link component={RouterLink} to="/tools/queues" sx={{ display: 'inline-flex', gap: 0.5 }}>
      <ArrowBack fontSize="small" aria-hidden />
      {t('detail.back')}
    </Link>
  )
  if (detail.isPending) return <Loading label={t('queues.loading')} />
  if (detail.isError) {
    if (isApiError(detail.error) && detail.error.httpStatus === 404) {
      return (
        <MessagePage title={t('detail.notFoundTitle')} action={back}>
          <Typography>{t('detail.notFoundBody', { name })}</Typography>
        </MessagePage>
      )
    }
    return (
      <Stack spacing={2}>
        {back}
        <ErrorAlert
          error={detail.error}
          title={t('detail.loadFailed')}
          onRetry={() => void detail.refetch()}
        />
      </Stack>
    )
  }

  const queue = detail.data
  const unknown = t('queues.unknown')
  const open = openCloseText(queue.businessHours, now, display)
  const minutes = (count: number) => t('detail.minutes', { count })
  const capacityRule = queue.capacityRuleId
    ? (rules.lists.capacityRuleId?.find((r) => r.id === queue.capacityRuleId)?.name ??
      queue.capacityRuleId)
    : null
  const ruleName = (field: (typeof RULE_FIELDS)[number]['field']) => {
    const id = queue[field]
    if (!id) return t('queues.none')
    return rules.lists[field]?.find((r) => r.id === id)?.name ?? id
  }

  return (
    <Stack spacing={2}>
      {back}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1">
          {queue.name}
        </Typography>
        <CallbackTypeIcons queue={queue} t={t} />
        <Box sx={{ flexGrow: 1 }} />
        <Button
          variant="outlined"
          startIcon={<Refresh />}
          onClick={() => void detail.refetch()}
          disabled={detail.isFetching}
        >
          {detail.isFetching ? t('queues.refreshing') : t('detail.refresh')}
        </Button>
      </Stack>

      <Section title={t('detail.liveTitle')}>
        <Facts
          rows={[
            [t('queues.columns.ewt'), waitText(queue, display.locale) ?? unknown],
            [t('queues.columns.callbacks'), countText(queue, display.locale) ?? unknown],
            [
              t('queues.columns.openClose'),
              t(open.key, open.time !== undefined ? { time: open.time } : undefined),
            ],
            [
              t('detail.fetchedAt'),
              queue.live ? formatDateTime(queue.live.fetchedAt, display) : unknown,
            ],
          ]}
        />
      </Section>

      <Section title={t('detail.settingsTitle')}>
        <Facts
          rows={[
            [t('detail.lineOfBusiness'), queue.lineOfBusiness],
            [
              t('detail.status'),
              queue.active === false
                ? `${t('queues.inactive')}: ${t('queues.inactiveHelp')}`
                : t('detail.active'),
            ],
            [
              t('detail.callbackTypes'),
              <>
                {queue.immediateEnabled ? t('detail.immediateOn') : t('detail.immediateOff')}
                <br />
                {queue.scheduledEnabled ? t('detail.scheduledOn') : t('detail.scheduledOff')}
              </>,
            ],
            [t('detail.slotDuration'), minutes(queue.slotDurationMin)],
            [
              t('detail.slotCapacity'),
              capacityRule
                ? t('detail.slotCapacityRule', { count: queue.slotCapacity, rule: capacityRule })
                : t('detail.perSlot', { count: queue.slotCapacity }),
            ],
            [t('detail.purgeTime'), minutes(queue.purgeTimeMinutes)],
            [t('detail.maxDialAttempts'), queue.maxDialAttempts.toLocaleString(display.locale)],
          ]}
        />
      </Section>

      <Section title={t('detail.hoursTitle')}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('detail.hoursZone', { zone: queue.businessHours.timeZone })}
        </Typography>
        <BusinessHoursTable queue={queue} t={t} />
        <Box sx={{ mt: 2 }}>
          <Facts
            rows={[
              [
                t('detail.closedDates'),
                queue.businessHours.closedDates?.length
                  ? queue.businessHours.closedDates
                      .map((date) => formatLocalDate(date, display.locale))
                      .join(', ')
                  : t('detail.noClosedDates'),
              ],
            ]}
          />
        </Box>
      </Section>

      <Section title={t('detail.rulesTitle')}>
        <Facts rows={RULE_FIELDS.map((spec) => [t(spec.column), ruleName(spec.field)])} />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('detail.rulesHelp')}
        </Typography>
      </Section>
    </Stack>
  )
}
