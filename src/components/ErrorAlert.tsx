import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Button from '@mui/material/Button'
import Link from '@mui/material/Link'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link as RouterLink } from 'react-router'
import { useTranslation } from '@/i18n/i18n'
import { isApiError } from '@/api/errors'
import { currentUserQuery } from '@/api/session'
import { can } from '@/domain/roles'
import { errorsLink } from '@/lib/errorsLink'

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

/**
 * The correlation ID of a failed request, to copy, and for whoever may open Developer > Errors a
 * link to that error there. The signed-in user is read from the cache (null on the sign-in page):
 * this never asks the backend who is signed in.
 */
export function CorrelationId({ error }: { error: unknown }) {
  const { t } = useTranslation()
  const [copied, setCopied] = useState(false)
  const { data: user } = useQuery({ ...currentUserQuery(), enabled: false })
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
      {user && can(user.role, 'developer.view') && (
        <Link component={RouterLink} to={errorsLink(corrId)} variant="body2" color="inherit">
          {t('errors.openInErrors')}
        </Link>
      )}
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
