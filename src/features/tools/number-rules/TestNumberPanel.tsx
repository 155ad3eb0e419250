import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import { parsePhoneNumberFromString } from 'libphonenumber-js'
import { useId, useMemo, useState, type SubmitEvent } from 'react'
import { testNumber, type NumberTest } from '@/domain/numberRule'
import { useTranslation, type Translate } from '@/i18n/i18n'
import { countryLabel } from './countries'
import type { RuleDraft } from './ruleDraft'
import { RuleSection } from './RuleSection'

const pretty = (e164: string) => parsePhoneNumberFromString(e164)?.formatInternational() ?? e164

function explain(t: Translate<'numberRules'>, test: NumberTest, language: string): string {
  switch (test.verdict) {
    case 'INVALID_NUMBER':
      return t(`test.phoneErrors.${test.error}`)
    case 'COUNTRY_NOT_PERMITTED': {
      const number = pretty(test.e164)
      if (test.country.resolved) {
        return t('test.countryNotPermitted', {
          country: countryLabel(test.country.country, language),
        })
      }
      const { callingCode, sharedBy } = test.country
      return sharedBy.length
        ? t('test.unresolved', { number, code: callingCode, countries: sharedBy.join(', ') })
        : t('test.noCountry', { number, code: callingCode })
    }
    case 'BLOCKED_PATTERN':
      return t('test.blocked', { number: pretty(test.e164), pattern: test.pattern })
    case 'PASS':
      return t('test.passes', {
        number: pretty(test.e164),
        country: countryLabel(test.country, language),
      })
  }
}

/**
 * Test Phone Number, against the rule as it is on screen (unsaved changes included), with the same
 * domain code the backend runs. Patterns run on a linear-time engine, so the answer is immediate
 * whatever they are; it follows the rule as it is edited.
 */
export function TestNumberPanel({ draft }: { draft: RuleDraft }) {
  const { t, language } = useTranslation('numberRules')
  const id = useId()
  const [input, setInput] = useState('')
  const [tested, setTested] = useState<string | null>(null)
  const result = useMemo(
    () => (tested === null ? null : testNumber(draft, tested)),
    [draft, tested],
  )

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    setTested(input)
  }

  return (
    <RuleSection headingId={`${id}-title`} title={t('test.title')}>
      <Stack
        component="form"
        noValidate
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1}
        onSubmit={submit}
        sx={{ alignItems: { sm: 'flex-start' } }}
      >
        <TextField
          size="small"
          label={t('test.input')}
          value={input}
          onChange={(event) => setInput(event.target.value)}
          helperText={t('test.help')}
          sx={{ flex: 1 }}
          slotProps={{ htmlInput: { inputMode: 'tel', autoComplete: 'off', maxLength: 64 } }}
        />
        <Button type="submit" variant="outlined" sx={{ mt: { sm: 0.25 } }}>
          {t('test.submit')}
        </Button>
      </Stack>
      <Box role="status" aria-live="polite" sx={{ mt: 1.5 }}>
        {result && (
          <Alert
            severity={result.verdict === 'PASS' ? 'success' : 'error'}
            data-verdict={result.verdict}
          >
            <AlertTitle>
              {result.verdict === 'PASS'
                ? t('test.passTitle', { number: tested?.trim() ?? '' })
                : t('test.failTitle', { number: tested?.trim() ?? '' })}
            </AlertTitle>
            {explain(t, result, language)}
          </Alert>
        )}
      </Box>
    </RuleSection>
  )
}
