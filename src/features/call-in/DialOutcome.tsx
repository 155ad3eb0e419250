import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Typography from '@mui/material/Typography'
import type { CallInDialResult } from '@/api/callIns'
import { useTranslation } from '@/i18n/i18n'

interface DialOutcomeProps {
  /** The number as the person dialled it. */
  dialled: string
  answer: CallInDialResult
  formatTime: (value: string) => string
}

/**
 * What came of a call placed as the consumer: the request it completed, or the most specific
 * reason none was, with what to check. Announced when it appears.
 */
export function DialOutcome({ dialled, answer, formatTime }: DialOutcomeProps) {
  const { t } = useTranslation('callIn')
  const { outcome, record, lastRequest } = answer
  let detail = ''
  switch (outcome) {
    case 'COMPLETED':
      if (record)
        detail = t('play.outcome.completedDetail', {
          id: record.id,
          group: record.groupName,
          time: formatTime(record.createdAt),
        })
      break
    case 'NO_PENDING_REQUEST':
      if (!lastRequest) detail = t('play.outcome.neverRequested', { dnis: dialled })
      else if (lastRequest.state === 'COMPLETED')
        detail = t('play.outcome.lastCompleted', {
          dnis: dialled,
          id: lastRequest.id,
          time: formatTime(lastRequest.completedAt ?? lastRequest.expiresAt),
        })
      else
        detail = t('play.outcome.lastExpired', {
          dnis: dialled,
          id: lastRequest.id,
          time: formatTime(lastRequest.expiresAt),
        })
      break
    default:
      detail = t(`play.outcome.detail.${outcome}`)
  }
  return (
    <Alert severity={outcome === 'COMPLETED' ? 'success' : 'warning'} role="status">
      <AlertTitle>{t(`play.outcome.title.${outcome}`)}</AlertTitle>
      <Typography variant="body2">{detail}</Typography>
    </Alert>
  )
}
