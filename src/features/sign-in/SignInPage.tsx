import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Divider from '@mui/material/Divider'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useRef, useState, type SubmitEvent } from 'react'
import { useTranslation } from '@/i18n/i18n'
import { Navigate, useNavigate, useSearchParams } from 'react-router'
import { ERROR_CODES, isApiError } from '@/api/errors'
import { queryKeys } from '@/api/keys'
import { currentUserQuery, signIn } from '@/api/session'
import { ErrorAlert } from '@/components/ErrorAlert'
import { LabeledInput } from '@/components/LabeledInput'
import { Loading } from '@/components/Loading'
import { useAppConfig } from '@/lib/appConfig'
import { DemoAccounts } from './DemoAccounts'
import { LanguageSwitch } from './LanguageSwitch'
import { safeNext } from './safeNext'

type FieldErrors = Partial<Record<'username' | 'password', string>>

/**
 * Two fields, validated before sending. Plain inputs rather than a form library: this page is on
 * the critical path to first interaction and every kilobyte here counts.
 */
export default function SignInPage() {
  const { t } = useTranslation()
  const config = useAppConfig()
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const session = useQuery(currentUserQuery())
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [failure, setFailure] = useState<unknown>(null)
  const [submitting, setSubmitting] = useState(false)
  const passwordRef = useRef<HTMLInputElement>(null)
  const usernameRef = useRef<HTMLInputElement>(null)
  const next = safeNext(params.get('next'))
  const reason = params.get('reason')

  if (session.isPending) return <Loading />
  if (session.data) return <Navigate to={next} replace />

  const submit = async (event?: SubmitEvent) => {
    event?.preventDefault()
    const found: FieldErrors = {}
    if (!username.trim()) found.username = t('signIn.usernameRequired')
    if (!password) found.password = t('signIn.passwordRequired')
    setErrors(found)
    if (found.username) return usernameRef.current?.focus()
    if (found.password) return passwordRef.current?.focus()
    setFailure(null)
    setSubmitting(true)
    try {
      const user = await signIn(username.trim(), password)
      // Another user may have used this browser: nothing cached may leak into this session.
      queryClient.clear()
      queryClient.setQueryData(queryKeys.session, user)
      await navigate(next, { replace: true })
    } catch (error) {
      setFailure(error)
      setSubmitting(false)
      passwordRef.current?.focus()
    }
  }

  const known =
    isApiError(failure) &&
    (failure.code === ERROR_CODES.badCredentials || failure.code === ERROR_CODES.noCallbackRole)

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2 }}>
      <Paper variant="outlined" sx={{ p: { xs: 3, sm: 4 }, width: '100%', maxWidth: 480 }}>
        <Stack spacing={3}>
          <Stack
            direction="row"
            sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}
          >
            <Typography variant="h5" component="h1">
              {t('signIn.title')}
            </Typography>
            <LanguageSwitch />
          </Stack>
          {reason === 'expired' && (
            <Alert severity="info">
              {t('signIn.expired', { minutes: config.idleTimeoutMinutes })}
            </Alert>
          )}
          {reason === 'signedOut' && <Alert severity="info">{t('signIn.signedOut')}</Alert>}
          {known && (
            <Alert severity="error" role="alert">
              {failure.code === ERROR_CODES.badCredentials
                ? t('signIn.badCredentials')
                : t('signIn.noRole')}
            </Alert>
          )}
          {failure !== null && !known && (
            <ErrorAlert error={failure} onRetry={() => void submit()} />
          )}
          <Stack component="form" spacing={2} noValidate onSubmit={(e) => void submit(e)}>
            <LabeledInput
              label={t('signIn.username')}
              name="username"
              autoComplete="username"
              autoFocus
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              error={errors.username}
              inputRef={usernameRef}
              inputProps={{ maxLength: 128 }}
            />
            <LabeledInput
              label={t('signIn.password')}
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={errors.password}
              inputRef={passwordRef}
              inputProps={{ maxLength: 256 }}
            />
            <Button type="submit" variant="contained" size="large" disabled={submitting}>
              {submitting ? t('signIn.submitting') : t('signIn.submit')}
            </Button>
          </Stack>
          {(config.demoTenant || config.tenantServer) && (
            <>
              <Divider />
              <DemoAccounts
                onPick={(name) => {
                  setUsername(name)
                  setPassword('demo')
                  setErrors({})
                  passwordRef.current?.focus()
                }}
              />
            </>
          )}
        </Stack>
      </Paper>
    </Box>
  )
}
