import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useMutation } from '@tanstack/react-query'
import { useState, type SubmitEvent } from 'react'
import { validateApiKey } from '@/api/developer'
import { ERROR_CODES, isApiError } from '@/api/errors'
import { useCurrentUser } from '@/api/session'
import { BusyButton } from '@/components/BusyButton'
import { ErrorAlert } from '@/components/ErrorAlert'
import { PageHeading } from '@/components/PageHeading'
import {
  KEY_CHECK_LIMIT,
  KEY_CHECK_WINDOW_MS,
  MAX_API_KEY,
  parseApiKeyInput,
} from '@/domain/apiKey'
import { can } from '@/domain/roles'
import { useTranslation } from '@/i18n/i18n'
import { useAppConfig } from '@/lib/appConfig'
import { DemoApiKey } from './DemoApiKey'

/**
 * Developer > API Key Validation (product.md §3): the tenant answers with the engagement API's own
 * key check. Invalid keys are throttled per user by the tenant (429, 42903), which the page
 * explains instead of the generic "too many requests".
 */
export default function ApiKeyValidationPage() {
  const { t } = useTranslation('developer')
  const { demoTenant } = useAppConfig()
  const user = useCurrentUser()
  const [input, setInput] = useState('')
  const [fieldError, setFieldError] = useState<string | null>(null)
  // The key travels as the mutation's argument only: never cached, stored or put in the URL.
  const check = useMutation({ mutationFn: validateApiKey, retry: false })

  const validate = (key: string) => {
    const parsed = parseApiKeyInput(key)
    if (!parsed.ok) {
      check.reset()
      setFieldError(
        parsed.error === 'tooLong'
          ? t('apiKey.tooLong', { max: MAX_API_KEY })
          : t(`apiKey.${parsed.error}`),
      )
      return
    }
    setFieldError(null)
    check.mutate(parsed.key)
  }
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    validate(input)
  }
  const throttled =
    isApiError(check.error) && check.error.code === ERROR_CODES.tooManyKeyChecks
      ? Math.max(1, Math.ceil((check.error.detail?.retryAfterSeconds ?? 60) / 60))
      : null

  return (
    <Stack spacing={2} sx={{ maxWidth: 720 }}>
      <PageHeading title={t('apiKey.title')} intro={t('apiKey.intro')} />
      <Stack component="form" noValidate onSubmit={submit} spacing={1.5}>
        <TextField
          label={t('apiKey.label')}
          value={input}
          onChange={(event) => {
            setInput(event.target.value)
            setFieldError(null)
            check.reset()
          }}
          error={fieldError !== null}
          helperText={fieldError ?? ' '}
          autoComplete="off"
          slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'off' } }}
          sx={{ '& input': { fontFamily: 'monospace' } }}
        />
        <div>
          <BusyButton type="submit" variant="contained" busy={check.isPending}>
            {t('apiKey.validate')}
          </BusyButton>
        </div>
      </Stack>
      <div role="status" aria-live="polite">
        {check.isSuccess &&
          (check.data.valid ? (
            <Alert severity="success">
              <AlertTitle>{t('apiKey.valid')}</AlertTitle>
              {t('apiKey.validHelp')}
            </Alert>
          ) : (
            <Alert severity="error">
              <AlertTitle>{t('apiKey.invalid')}</AlertTitle>
              {t('apiKey.invalidHelp')}
            </Alert>
          ))}
      </div>
      {throttled !== null ? (
        <Alert severity="warning" role="alert">
          {t('apiKey.throttled', { count: throttled, minutes: throttled })}
        </Alert>
      ) : (
        check.isError && <ErrorAlert error={check.error} title={t('apiKey.failed')} />
      )}
      <Typography variant="body2" color="text.secondary">
        {t('apiKey.throttleNote', {
          limit: KEY_CHECK_LIMIT,
          window: KEY_CHECK_WINDOW_MS / 60_000,
        })}
      </Typography>
      {demoTenant && (
        <DemoApiKey
          shown={can(user.role, 'apiKeys.viewDemo')}
          onUse={(key) => {
            setInput(key)
            validate(key)
          }}
        />
      )}
    </Stack>
  )
}
