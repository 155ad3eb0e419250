import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Box from '@mui/material/Box'
import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import Slider from '@mui/material/Slider'
import Typography from '@mui/material/Typography'
import { useMutation } from '@tanstack/react-query'
import { useId, useState } from 'react'
import {
  simulatedRecaptchaToken,
  testCaptchaKeySet,
  type CaptchaKeySet,
  type CaptchaTestResult,
} from '@/api/credentials'
import { BusyButton } from '@/components/BusyButton'
import { ErrorAlert } from '@/components/ErrorAlert'
import { WIDGET_OF } from '@/domain/captchaKeySet'
import { useTranslation } from '@/i18n/i18n'
import { FormCard } from '../FormCard'

/**
 * A test page for a saved key set: the widget of its type (the "I'm not a robot" checkbox, an
 * invisible check on submit, or a v3 score), played by the simulated tenant's reCAPTCHA, and the
 * tenant's verification of the token with the key set's secret.
 */
export function CaptchaTestPage({ keySet }: { keySet: CaptchaKeySet }) {
  const { t, language } = useTranslation('credentials')
  const id = useId()
  const widget = WIDGET_OF[keySet.type]
  const [token, setToken] = useState<string | null>(null)
  const [score, setScore] = useState(0.9)
  const issue = useMutation({
    mutationFn: () =>
      simulatedRecaptchaToken({
        siteKey: keySet.siteKey,
        widget,
        ...(widget === 'score' ? { score } : {}),
      }),
  })
  const verify = useMutation({
    mutationFn: async (): Promise<CaptchaTestResult> => {
      // The checkbox got its token when ticked; the others get one on submit, as on a real page.
      const sent = widget === 'checkbox' ? (token ?? '') : (await issue.mutateAsync()).token
      return testCaptchaKeySet(keySet.id, sent)
    },
  })
  const formatScore = (value: number) =>
    value.toLocaleString(language, { minimumFractionDigits: 1, maximumFractionDigits: 2 })
  const result = verify.data
  const failure = issue.error ?? verify.error

  return (
    <FormCard
      heading={t('captcha.test.heading', { name: keySet.name })}
      onSubmit={() => verify.mutate()}
    >
      {widget === 'checkbox' && (
        <Box
          sx={{
            border: 1,
            borderColor: 'divider',
            borderRadius: 1,
            px: 2,
            py: 1,
            width: 'fit-content',
          }}
        >
          <FormControlLabel
            control={
              <Checkbox
                checked={token !== null}
                disabled={token !== null || issue.isPending}
                onChange={(_, checked) => {
                  if (checked)
                    issue.mutate(undefined, { onSuccess: (issued) => setToken(issued.token) })
                }}
              />
            }
            label={t('captcha.test.checkbox')}
          />
        </Box>
      )}
      {widget === 'invisible' && (
        <Typography variant="body2">{t('captcha.test.invisible')}</Typography>
      )}
      {widget === 'score' && (
        <Box sx={{ maxWidth: 360, px: 1 }}>
          <Typography id={`${id}-score`} variant="body2" gutterBottom>
            {t('captcha.test.score', { score: formatScore(score) })}
          </Typography>
          <Slider
            aria-labelledby={`${id}-score`}
            aria-valuetext={formatScore(score)}
            value={score}
            min={0}
            max={1}
            step={0.1}
            marks
            onChange={(_, value) => setScore(value)}
          />
        </Box>
      )}
      <Box>
        <BusyButton type="submit" busy={verify.isPending}>
          {t('captcha.test.submit')}
        </BusyButton>
      </Box>
      {failure && <ErrorAlert error={failure} title={t('captcha.test.failed')} />}
      {result && (
        <Alert
          severity={result.success ? 'success' : 'error'}
          role={result.success ? 'status' : 'alert'}
        >
          <AlertTitle>
            {result.success
              ? result.score !== undefined && result.threshold !== undefined
                ? t('captcha.test.successScore', {
                    score: formatScore(result.score),
                    threshold: result.threshold,
                  })
                : t('captcha.test.success')
              : t('captcha.test.failure', {
                  reason: t(`captcha.test.reasons.${result.failure ?? 'UNKNOWN'}`, {
                    score: formatScore(result.score ?? 0),
                    threshold: result.threshold ?? keySet.threshold,
                  }),
                })}
          </AlertTitle>
          {result.errorCodes.length > 0 &&
            t('captcha.test.errorCodes', { codes: result.errorCodes.join(', ') })}
        </Alert>
      )}
    </FormCard>
  )
}
