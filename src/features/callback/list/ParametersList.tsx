import Box from '@mui/material/Box'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { useId, type ReactNode } from 'react'
import type { CallbackParameters } from '@/api/types'
import { FactList } from '@/components/FactList'
import { formatDuration } from '@/lib/time'
import { useListContext } from './ListContext'

type Kind = 'text' | 'number' | 'duration' | 'pushTargets' | 'userData'

/**
 * What the booking request carried, in the contract's order. Typed over every key so a field added
 * to the API cannot be forgotten here. User data gets its own table below the other fields.
 */
const PARAMETERS: { [K in keyof Required<CallbackParameters>]: Kind } = {
  cbOfferType: 'text',
  language: 'text',
  priority: 'number',
  offerThreshold: 'duration',
  routePoint: 'text',
  inboundVQ: 'text',
  channel: 'text',
  offerTiming: 'text',
  cbOriginationIxnId: 'text',
  surveyRP: 'text',
  userData: 'userData',
  pushTargets: 'pushTargets',
}

type Key = keyof CallbackParameters

/** The request's own fields and its user data, in the Advanced Callback Metrics. */
export function ParametersList({ parameters }: { parameters: CallbackParameters }) {
  const { t, locale } = useListContext()
  const headingId = useId()
  const userDataId = useId()
  const value = (key: Key): ReactNode => {
    const raw = parameters[key]
    switch (PARAMETERS[key]) {
      case 'number':
        return (raw as number).toLocaleString(locale)
      case 'duration':
        return formatDuration(raw as number, locale)
      case 'pushTargets':
        return (
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {(raw as NonNullable<CallbackParameters['pushTargets']>).map((target, index) => (
              <li key={index}>{t('parameters.pushTarget', target)}</li>
            ))}
          </Box>
        )
      default:
        return raw as string
    }
  }
  const facts = (Object.keys(PARAMETERS) as Key[])
    .filter((key) => PARAMETERS[key] !== 'userData' && parameters[key] !== undefined)
    .map((key) => ({ key, label: t(`parameters.${key}`), value: value(key) }))
  const userData = Object.entries(parameters.userData ?? {})

  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 2 }}>
      <Typography id={headingId} component="h3" variant="body2" sx={{ fontWeight: 600 }}>
        {t('parameters.heading')}
      </Typography>
      {facts.length > 0 && <FactList sx={{ mt: 0.5 }} facts={facts} />}
      {userData.length > 0 && (
        <>
          <Typography
            id={userDataId}
            component="h4"
            variant="body2"
            sx={{ mt: 1.5, fontWeight: 600 }}
          >
            {t('parameters.userData')}
          </Typography>
          <Table
            size="small"
            aria-labelledby={userDataId}
            // Fixed layout and wrapping, so a long key or value stays inside the details instead of
            // widening them. The class selector outranks the list table's own rule for its cells
            // (`tbody td`, no wrapping), which reaches these nested cells too.
            sx={{
              tableLayout: 'fixed',
              width: '100%',
              maxWidth: 720,
              '& .MuiTableCell-root': {
                whiteSpace: 'normal',
                overflowWrap: 'anywhere',
                verticalAlign: 'top',
              },
            }}
          >
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: '40%' }}>{t('parameters.key')}</TableCell>
                <TableCell>{t('parameters.value')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {userData.map(([key, entry]) => (
                <TableRow key={key}>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{key}</TableCell>
                  {/* Shown as sent: user data is the integrator's, not numbers to localise. */}
                  <TableCell>{String(entry)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </Box>
  )
}
