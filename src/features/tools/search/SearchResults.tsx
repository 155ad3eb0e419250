import KeyboardArrowDown from '@mui/icons-material/KeyboardArrowDown'
import KeyboardArrowUp from '@mui/icons-material/KeyboardArrowUp'
import Button from '@mui/material/Button'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import { Fragment, useState } from 'react'
import type { CallbackSearchHit } from '@/api/callbackSearch'
import type { Translate } from '@/i18n/i18n'
import { formatDateTime, type TimeDisplay } from '@/lib/time'
import { DiagnosticList } from './DiagnosticList'

const COLUMNS = [
  'from',
  'state',
  'routePoint',
  'updated',
  'queue',
  'to',
  'id',
  'scheduled',
  'diagnostics',
] as const

/** The callbacks found, in the original's columns, each with its Diagnostic Data to unfold. */
export function SearchResults({
  hits,
  display,
  t,
}: {
  hits: CallbackSearchHit[]
  display: TimeDisplay
  t: Translate<'toolsQueues'>
}) {
  const [open, setOpen] = useState<ReadonlySet<string>>(
    // A single result is what the user was looking for: show everything at once.
    () => new Set(hits.length === 1 ? hits.map((hit) => hit.id) : []),
  )
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  return (
    <TableContainer
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}
    >
      <Table size="small" aria-label={t('search.tableLabel')}>
        <TableHead>
          <TableRow>
            {COLUMNS.map((column) => (
              <TableCell key={column}>{t(`search.columns.${column}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {hits.map((hit) => {
            const expanded = open.has(hit.id)
            const detailsId = `diagnostics-${hit.id}`
            return (
              <Fragment key={hit.id}>
                <TableRow sx={expanded ? { '& > td': { borderBottom: 0 } } : undefined}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{hit.fromNumber}</TableCell>
                  <TableCell>
                    {t(`search.states.${hit.state}`)}
                    {hit.reason && ` (${t(`search.reasons.${hit.reason}`)})`}
                  </TableCell>
                  <TableCell>{hit.routePoint}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(hit.updatedAt, display)}
                  </TableCell>
                  <TableCell>{hit.serviceName}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{hit.toNumber}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace', fontSize: 'caption.fontSize' }}>
                    {hit.id}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(hit.desiredTime, display)}
                  </TableCell>
                  <TableCell>
                    <Button
                      size="small"
                      aria-expanded={expanded}
                      aria-controls={expanded ? detailsId : undefined}
                      endIcon={expanded ? <KeyboardArrowUp /> : <KeyboardArrowDown />}
                      onClick={() => toggle(hit.id)}
                      sx={{ whiteSpace: 'nowrap' }}
                    >
                      {expanded
                        ? t('search.hideDiagnostics')
                        : t('search.showDiagnostics', { count: hit.diagnostics.length })}
                    </Button>
                  </TableCell>
                </TableRow>
                {expanded && (
                  <TableRow>
                    <TableCell colSpan={COLUMNS.length} sx={{ bgcolor: 'action.hover' }}>
                      <DiagnosticList
                        id={detailsId}
                        facts={hit.diagnostics}
                        display={display}
                        label={t('search.diagnosticsOf', { id: hit.id })}
                      />
                    </TableCell>
                  </TableRow>
                )}
              </Fragment>
            )
          })}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
