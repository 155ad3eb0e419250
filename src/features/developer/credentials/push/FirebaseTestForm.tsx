import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Box from '@mui/material/Box'
import Checkbox from '@mui/material/Checkbox'
import FormControl from '@mui/material/FormControl'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormHelperText from '@mui/material/FormHelperText'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useMutation } from '@tanstack/react-query'
import { useId, useState } from 'react'
import {
  testFirebaseCredentials,
  type FirebaseTestRequest,
  type FirebaseTestResult,
} from '@/api/credentials'
import { BusyButton } from '@/components/BusyButton'
import { ErrorAlert } from '@/components/ErrorAlert'
import { firebaseTestProblems, type FirebaseTestProblem } from '@/domain/firebaseCredentials'
import { useTranslation } from '@/i18n/i18n'
import { FormCard } from '../FormCard'
import {
  askPermission,
  currentPermission,
  showNotification,
  type Permission,
} from './browserNotifications'

type Field = keyof FirebaseTestRequest
/** The Administrator's Guide's recovery steps after a failed test, in its order. */
const STEPS = ['match', 'refresh', 'browser', 'review'] as const

interface Verdict {
  result: FirebaseTestResult
  /** Whether this browser showed the test notification. */
  delivered: boolean
}

/**
 * Test Firebase Credentials: a web app's App ID, public API key and sender ID, checked by the
 * tenant against the saved credentials; when they pass and the browser allows it, a real
 * notification. A failure lists what was checked and the Guide's steps, in its order.
 */
export function FirebaseTestForm({ project }: { project: string | null }) {
  const { t } = useTranslation('credentials')
  const id = useId()
  const [input, setInput] = useState<FirebaseTestRequest>({ appId: '', apiKey: '', senderId: '' })
  const [errors, setErrors] = useState<Partial<Record<Field | 'permission', string | undefined>>>(
    {},
  )
  const [enabled, setEnabled] = useState(false)
  const [permission, setPermission] = useState<Permission>(currentPermission)
  const test = useMutation({
    mutationFn: async (body: FirebaseTestRequest): Promise<Verdict> => {
      const result = await testFirebaseCredentials(body)
      const delivered =
        result.passed &&
        result.notification !== undefined &&
        showNotification(t('push.test.notificationTitle'), {
          body: t('push.test.notificationBody', { project: project ?? '' }),
          tag: result.notification.tag,
        })
      return { result, delivered }
    },
  })

  const messageOf = (problem: FirebaseTestProblem): string => {
    switch (problem.field) {
      case 'appId':
        return t(`push.errors.appId.${problem.error}`)
      case 'apiKey':
        return t(`push.errors.apiKey.${problem.error}`)
      case 'senderId':
        return t(`push.errors.senderId.${problem.error}`)
    }
  }

  const change = (field: Field, value: string) => {
    setInput((current) => ({ ...current, [field]: value }))
    setErrors((e) => ({ ...e, [field]: undefined }))
  }

  const run = () => {
    const found: Partial<Record<Field | 'permission', string | undefined>> = {}
    for (const problem of firebaseTestProblems(input)) found[problem.field] = messageOf(problem)
    if (!enabled) found.permission = t('push.errors.permission')
    setErrors(found)
    if (Object.keys(found).length === 0) test.mutate(input)
  }

  const verdict = test.data
  const succeeded = verdict?.result.passed === true && verdict.delivered

  return (
    <FormCard heading={t('push.test.heading')} onSubmit={run} sx={{ flex: 1, minWidth: 0 }}>
      <Typography variant="body2" color="text.secondary">
        {t('push.test.intro')}
      </Typography>
      {(['appId', 'apiKey', 'senderId'] as const).map((field) => (
        <TextField
          key={field}
          label={t(`push.test.${field}`)}
          value={input[field]}
          onChange={(event) => change(field, event.target.value)}
          error={Boolean(errors[field])}
          helperText={errors[field]}
          required
          autoComplete="off"
        />
      ))}
      <FormControl error={Boolean(errors.permission)}>
        <FormControlLabel
          control={
            <Checkbox
              checked={enabled}
              onChange={(_, checked) => {
                setEnabled(checked)
                setErrors((e) => ({ ...e, permission: undefined }))
                if (checked) void askPermission().then(setPermission)
              }}
            />
          }
          label={t('push.test.permission')}
        />
        {errors.permission && <FormHelperText>{errors.permission}</FormHelperText>}
        {enabled && permission === 'denied' && (
          <FormHelperText>{t('push.test.permissionDenied')}</FormHelperText>
        )}
        {enabled && permission === 'unsupported' && (
          <FormHelperText>{t('push.test.permissionUnsupported')}</FormHelperText>
        )}
      </FormControl>
      <Box>
        <BusyButton type="submit" busy={test.isPending}>
          {t('push.test.submit')}
        </BusyButton>
      </Box>
      {test.isError && <ErrorAlert error={test.error} title={t('push.test.failed')} />}
      {verdict && succeeded && (
        <Alert severity="success" role="status">
          <AlertTitle>{t('push.test.success')}</AlertTitle>
          {t('push.test.notificationShown')}
        </Alert>
      )}
      {verdict && !succeeded && (
        <Alert severity="error" role="alert">
          <AlertTitle>{t('push.test.failure')}</AlertTitle>
          <Typography
            id={`${id}-checks`}
            variant="body2"
            component="h3"
            sx={{ fontWeight: 600, mt: 1 }}
          >
            {t('push.test.checks')}
          </Typography>
          <Box component="ul" aria-labelledby={`${id}-checks`} sx={{ m: 0, pl: 2.5 }}>
            {verdict.result.checks.map((check) => (
              <li key={check.check}>
                {check.passed ? '✓ ' : '✗ '}
                {t(`push.test.checkResults.${check.check}.${check.passed ? 'passed' : 'failed'}`, {
                  project: project ?? '',
                })}
              </li>
            ))}
            {verdict.result.passed && (
              <li>
                {'✗ '}
                {permission === 'granted'
                  ? t('push.test.steps.refresh')
                  : t('push.test.permissionDenied')}
              </li>
            )}
          </Box>
          <Typography
            id={`${id}-steps`}
            variant="body2"
            component="h3"
            sx={{ fontWeight: 600, mt: 1 }}
          >
            {t('push.test.whatToCheck')}
          </Typography>
          <Box component="ol" aria-labelledby={`${id}-steps`} sx={{ m: 0, pl: 2.5 }}>
            {STEPS.map((step) => (
              <li key={step}>{t(`push.test.steps.${step}`)}</li>
            ))}
          </Box>
        </Alert>
      )}
    </FormCard>
  )
}
