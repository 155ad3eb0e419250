import Link from '@mui/material/Link'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import { useTheme } from '@mui/material/styles'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import useMediaQuery from '@mui/material/useMediaQuery'
import { Fragment } from 'react'
import type { RecordedErrorSummary } from '@/api/errorLog'
import { useTranslation } from '@/i18n/i18n'
import { formatDateTime } from '@/lib/time'
import { useTimeDisplay } from '@/lib/useTimeDisplay'

const MONO = { fontFamily: 'monospace', overflowWrap: 'break-word' } as const

/** A URL that wraps after its slashes and separators rather than inside a word. */
function Breakable({ text }: { text: string }) {
  return text.split(/(?<=[/?&])/).map((part, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {part}
    </Fragment>
  ))
}

/**
 * One page of errors: a table with the guide's five columns, or on a phone one entry per error
 * with the same facts, which a five-column table could not show without scrolling sideways.
 */
export function ErrorList({
  items,
  onOpen,
}: {
  items: readonly RecordedErrorSummary[]
  onOpen: (id: string) => void
}) {
  const { t } = useTranslation('developer')
  const display = useTimeDisplay()
  const narrow = useMediaQuery(useTheme().breakpoints.down('sm'))
  const rows = items.map((item) => ({
    item,
    time: formatDateTime(item.timeStamp, display),
    url: <Breakable text={item.url ?? t('errors.unknownUrl')} />,
    open: (
      <Link
        component="button"
        type="button"
        onClick={() => onOpen(item.id)}
        aria-label={t('errors.open', { corrId: item.corrId })}
        sx={{ fontFamily: 'monospace', textAlign: 'left', overflowWrap: 'anywhere' }}
      >
        {item.corrId}
      </Link>
    ),
    withheld: item.withheld && (
      <Typography variant="caption" color="text.secondary" component="span" sx={{ ml: 1 }}>
        {t('errors.withheld')}
      </Typography>
    ),
  }))

  if (narrow)
    return (
      <Stack component="ul" spacing={1} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {rows.map(({ item, time, url, open, withheld }) => (
          <Paper component="li" variant="outlined" key={item.id} sx={{ p: 1.5 }}>
            <div>{open}</div>
            <Typography variant="body2" sx={MONO}>
              {item.method} {url}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {time} · {t('errors.columns.statusCode')} {item.code}
              {withheld}
            </Typography>
          </Paper>
        ))}
      </Stack>
    )
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t('errors.recent')}>
        <TableHead>
          <TableRow sx={{ '& th': { whiteSpace: 'nowrap' } }}>
            <TableCell>{t('errors.columns.corrId')}</TableCell>
            <TableCell>{t('errors.columns.url')}</TableCell>
            <TableCell>{t('errors.columns.method')}</TableCell>
            <TableCell>{t('errors.columns.timeStamp')}</TableCell>
            <TableCell align="right">{t('errors.columns.statusCode')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(({ item, time, url, open, withheld }) => (
            <TableRow key={item.id} hover>
              {/* A correlation ID is read and pasted whole: it does not wrap on a wide screen. */}
              <TableCell sx={{ whiteSpace: { md: 'nowrap' } }}>{open}</TableCell>
              <TableCell sx={{ ...MONO, minWidth: 160 }}>
                {url}
                {withheld}
              </TableCell>
              <TableCell>{item.method}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{time}</TableCell>
              <TableCell align="right">{item.code}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
