import { FactList } from '@/components/FactList'
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
    <FactList
      id={id}
      label={label}
      // Kept in view when the results table is scrolled sideways to reach the toggle.
      sx={{ py: 1, position: 'sticky', left: 16, width: 'fit-content', maxWidth: 960 }}
      facts={facts.map((fact, index) => ({
        key: `${fact.label}-${index}`,
        label: fact.label,
        value: localiseInstants(fact.value, display),
      }))}
    />
  )
}
