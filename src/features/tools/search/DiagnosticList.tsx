import Box from '@mui/material/Box'
import type { CallbackSearchHit } from '@/api/callbackSearch'
import { formatDateTime, type TimeDisplay } from '@/lib/time'

const INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z/g

/** The backend writes instants as ISO 8601; the reader sees them in their zone and format. */
export function localiseInstants(value: string, display: TimeDisplay): string {
  return value.replace(INSTANT, (iso) => formatDateTime(iso, display))
}

/** Diagnostic Data: the backend's facts about a callback, as a description list. */
export function DiagnosticList({
  facts,
  display,
  label,
  id,
}: {
  facts: CallbackSearchHit['diagnostics']
  display: TimeDisplay
  label: string
  id: string
}) {
  return (
    <Box
      component="dl"
      id={id}
      aria-label={label}
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
        columnGap: 2,
        rowGap: 0.5,
        m: 0,
        py: 1,
        '& dt': { color: 'text.secondary' },
        '& dd': { m: 0, mb: { xs: 1, sm: 0 }, overflowWrap: 'anywhere' },
      }}
    >
      {facts.map((fact, index) => (
        <Box key={`${fact.label}-${index}`} sx={{ display: 'contents' }}>
          <dt>{fact.label}</dt>
          <dd>{localiseInstants(fact.value, display)}</dd>
        </Box>
      ))}
    </Box>
  )
}
