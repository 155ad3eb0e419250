import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import List from '@mui/material/List'
import ListItem from '@mui/material/ListItem'
import Typography from '@mui/material/Typography'
import { useId, useMemo } from 'react'
import type { NumberRule } from '@/api/numberRules'
import { useTranslation } from '@/i18n/i18n'
import { countryLabel } from './countries'

/**
 * A rule the user may read but not change: it also serves queues of a line of business they cannot
 * read (src/domain/ruleAccess.ts), so the tenant refuses their changes. Shown as text with the
 * reason, instead of fields that would only fail on Save.
 */
export function ReadOnlyRule({ rule, hiddenQueues }: { rule: NumberRule; hiddenQueues: number }) {
  const { t, language } = useTranslation('numberRules')
  const id = useId()
  const countries = useMemo(
    () =>
      rule.permittedCountries
        .map((code) => countryLabel(code, language))
        .sort((a, b) => a.localeCompare(b, language)),
    [rule.permittedCountries, language],
  )
  return (
    <>
      <Alert severity="info" role="status">
        {t('editor.readOnly', { count: hiddenQueues })}
      </Alert>
      <Box component="section" aria-labelledby={`${id}-countries`}>
        <Typography id={`${id}-countries`} variant="subtitle1" component="h3" sx={{ mb: 1 }}>
          {t('countries.selected', { count: countries.length })}
        </Typography>
        <Typography variant="body2">{countries.join(', ')}</Typography>
      </Box>
      <Box component="section" aria-labelledby={`${id}-patterns`}>
        <Typography id={`${id}-patterns`} variant="subtitle1" component="h3">
          {t('patterns.title')}
        </Typography>
        {rule.blockedPatterns.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('patterns.none')}
          </Typography>
        ) : (
          <List dense aria-labelledby={`${id}-patterns`}>
            {rule.blockedPatterns.map((pattern) => (
              <ListItem key={pattern} sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
                {pattern}
              </ListItem>
            ))}
          </List>
        )}
      </Box>
    </>
  )
}
