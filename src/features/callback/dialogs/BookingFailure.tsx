import Typography from '@mui/material/Typography'
import { ErrorAlert } from '@/components/ErrorAlert'
import { useTranslation } from '@/i18n/i18n'
import { bookingRefusal } from './bookingRefusal'

/**
 * A booking that failed: the error with a retry, and why retrying is safe — unless an earlier try
 * already went through, when there is nothing to retry.
 */
export function BookingFailure({
  failure,
  title,
  onRetry,
}: {
  failure: unknown
  title: string
  /** Undefined while a retry cannot be offered (one is being sent). */
  onRetry: (() => void) | undefined
}) {
  const { t } = useTranslation('callbackDialogs')
  const alreadySent = bookingRefusal(failure).kind === 'alreadySent'
  return (
    <>
      <ErrorAlert
        error={failure}
        title={alreadySent ? t('booking.alreadySent') : title}
        onRetry={alreadySent ? undefined : onRetry}
      />
      {!alreadySent && (
        <Typography variant="body2" color="text.secondary">
          {t('booking.safeRetry')}
        </Typography>
      )}
    </>
  )
}
