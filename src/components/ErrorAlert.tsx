import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useState } from 'react'
import { useTranslation } from '@/i18n/i18n'
import { isApiError } from '@/api/errors'

/** The message a person can act on for any failure, network or backend. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation()
  return (error) => {
    if (!isApiError(error)) return t('errors.generic')
    if (error.kind === 'network') return t('errors.network')
    if (error.kind === 'timeout') return t('errors.timeout')
    if (error.httpStatus === 429 && !error.slots) return t('errors.rateLimited')
    if (error.httpStatus >= 500) return t('errors.server', { status: error.httpStatus })
    return error.message
  }
}

export function CorrelationId({ error }: { error: unknown }) {
  const { t } = useTranslation()
  const [copied, setCopied] = useState(false)
  if (!isApiError(error) || !error.corrId) return null
  const corrId = error.corrId
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Typography variant="body2" component="span">
        {t('errors.correlationId')}:{' '}
        <Typography
          component="code"
          variant="body2"
          sx={{ fontFamily: 'monospace' }}
          data-testid="corr-id"
        >
          {corrId}
        </Typography>
      </Typography>
      <Button
        size="small"
        onClick={() => {
          // Browsers leave navigator.clipboard out of insecure (plain HTTP) pages, whatever its type says.
          const clipboard = navigator.clipboard as Clipboard | undefined
          void clipboard?.writeText(corrId).then(() => setCopied(true))
        }}
      >
        {copied ? t('errors.copied') : t('errors.copy')}
      </Button>
    </Stack>
  )
}

interface ErrorAlertProps {
  error: unknown
  title?: string
  onRetry?: (() => void) | undefined
}

/** A failed request: what failed, the correlation ID, and what the user can do. */
export function ErrorAlert({ error, title, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation()
  const message = useErrorMessage()
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        ) : undefined
      }
    >
      {title && <AlertTitle>{title}</AlertTitle>}
      <Typography variant="body2">{message(error)}</Typography>
      <CorrelationId error={error} />
    </Alert>
  )
}
