import Box from '@mui/material/Box'
import Link from '@mui/material/Link'
import Typography from '@mui/material/Typography'
import type { ReactNode } from 'react'
import { Link as RouterLink } from 'react-router'
import type { CallbackMetrics } from '@/api/types'
import { formatDuration } from '@/lib/time'
import { useListContext } from './ListContext'
import { DEFAULT_VIEW, viewParams } from './useListState'
import { FactList } from '@/components/FactList'

type Kind = 'text' | 'number' | 'duration' | 'time' | 'boolean' | 'callback' | 'dials' | 'pushes'

/**
 * Every metric of the contract, in the order a callback collects them. Typed over all keys so a
 * metric added to the API cannot be forgotten here.
 */
const METRICS: { [K in keyof Required<CallbackMetrics>]: Kind } = {
  originationChannel: 'text',
  callbackType: 'text',
  createdBy: 'text',
  createdAt: 'time',
  ewtAtOffer: 'duration',
  agentsLoggedIn: 'number',
  queuedAt: 'time',
  agentsLoggedInAtFirstOutbound: 'number',
  ewtAtFirstOutbound: 'duration',
  dialAttempts: 'number',
  dialResults: 'dials',
  isSnoozed: 'boolean',
  routingNode: 'text',
  servedRegion: 'text',
  regionDecision: 'text',
  routingUrl: 'text',
  connectedAt: 'time',
  callDirection: 'text',
  completedAt: 'time',
  cancelledBy: 'text',
  cancelledAt: 'time',
  rescheduledBy: 'text',
  rescheduledAt: 'time',
  rescheduledTo: 'callback',
  rescheduledFrom: 'callback',
  recreatedBy: 'text',
  recreatedAt: 'time',
  recreatedFrom: 'callback',
  pushDeliveries: 'pushes',
}

/** A link that lists one callback by its ID, over every day still kept. */
function CallbackLink({ id }: { id: string }) {
  const { t } = useListContext()
  const search = viewParams({ ...DEFAULT_VIEW, range: 'all', field: 'callbackId', q: id })
  return (
    <Link
      component={RouterLink}
      to={`?${search.toString()}`}
      aria-label={t('metrics.showCallback', { id })}
    >
      {id}
    </Link>
  )
}

/** Everything known about a callback; it grows as the callback goes through its states. */
export function MetricsList({ metrics }: { metrics: CallbackMetrics }) {
  const { t, locale, formatTime } = useListContext()
  const value = (key: keyof CallbackMetrics): ReactNode => {
    const raw = metrics[key]
    switch (METRICS[key]) {
      case 'time':
        return formatTime(raw as string)
      case 'duration':
        return (raw as number) < 0 ? t('details.unknown') : formatDuration(raw as number, locale)
      case 'number':
        return (raw as number).toLocaleString(locale)
      case 'boolean':
        return raw ? t('metrics.yes') : t('metrics.no')
      case 'callback':
        return <CallbackLink id={raw as string} />
      case 'dials':
        return (
          <Box component="ol" sx={{ m: 0, pl: 2.5 }}>
            {(raw as NonNullable<CallbackMetrics['dialResults']>).map((dial, index) => (
              <li key={`${dial.at}-${index}`}>
                {t('metrics.dialResult', {
                  result: dial.result,
                  time: formatTime(dial.at),
                })}
              </li>
            ))}
          </Box>
        )
      case 'pushes':
        return (
          <Box component="ol" sx={{ m: 0, pl: 2.5 }}>
            {(raw as NonNullable<CallbackMetrics['pushDeliveries']>).map((push, index) => (
              <li key={`${push.at}-${index}`}>
                {push.sent
                  ? t('metrics.pushSent', {
                      event: push.event,
                      time: formatTime(push.at),
                      target: push.target,
                      project: push.project ?? '',
                    })
                  : t('metrics.pushNotSent', {
                      event: push.event,
                      time: formatTime(push.at),
                      target: push.target,
                    })}
              </li>
            ))}
          </Box>
        )
      case 'text':
        return raw as string
    }
  }
  const present = (Object.keys(METRICS) as Array<keyof CallbackMetrics>).filter(
    (key) =>
      metrics[key] !== undefined && !(Array.isArray(metrics[key]) && metrics[key].length === 0),
  )
  if (present.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('details.noMetrics')}
      </Typography>
    )
  }
  return (
    <FactList
      sx={{ mt: 1 }}
      facts={present.map((key) => ({ key, label: t(`metrics.${key}`), value: value(key) }))}
    />
  )
}
