import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import DownloadIcon from '@mui/icons-material/Download'
import { useQuery } from '@tanstack/react-query'
import { formatInTimeZone } from 'date-fns-tz'
import { useId } from 'react'
import { cancellationSummaryQuery } from '@/api/reports'
import type { CancellationReportEntry } from '@/api/types'
import { ErrorAlert } from '@/components/ErrorAlert'
import { Loading } from '@/components/Loading'
import { toCsv } from '@/domain/csv'
import { useTranslation } from '@/i18n/i18n'
import { downloadText } from '@/lib/download'
import { formatDateTime, viewerTimeZone } from '@/lib/time'
import { useTimeDisplay } from '@/lib/useTimeDisplay'
import { DialogBody } from '@/components/DialogBody'
import { useCount } from '@/i18n/useCount'

/** Rows shown in the dialog; the file always has them all. */
const PREVIEW_ROWS = 50

/** "Export Cancelled Reports": the Cancellation Summary Report of what this user recently cancelled. */
export function ExportCancelledDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const titleId = useId()
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <DialogBody>
        <ExportContent titleId={titleId} onClose={onClose} />
      </DialogBody>
    </Dialog>
  )
}

function ExportContent({ titleId, onClose }: { titleId: string; onClose: () => void }) {
  const { t } = useTranslation('callbackDialogs')
  const count = useCount()
  const common = useTranslation().t
  const display = useTimeDisplay()
  const report = useQuery(cancellationSummaryQuery())
  const items = report.data?.items ?? []

  const download = () => {
    // Times in the file are ISO 8601 UTC and statuses the API's tokens: a file is read by programs too.
    const csv = toCsv(
      [
        t('export.csv.id'),
        t('export.csv.phoneNumber'),
        t('export.csv.serviceName'),
        t('export.csv.desiredTime'),
        t('export.csv.requestedAt'),
        t('export.csv.status'),
        t('export.csv.message'),
      ],
      items.map((e: CancellationReportEntry) => [
        e.id,
        e.phoneNumber,
        e.serviceName,
        e.desiredTime,
        e.requestedAt,
        e.status,
        e.message ?? '',
      ]),
    )
    // The day as the viewer's calendar has it, whatever the display zone chosen for times.
    const today = formatInTimeZone(Date.now(), viewerTimeZone(), 'yyyy-MM-dd')
    downloadText(`cancellation-summary-${today}.csv`, csv)
  }

  let body
  if (report.isPending) body = <Loading label={t('export.loading')} minHeight={120} />
  else if (report.isError)
    body = (
      <ErrorAlert
        error={report.error}
        title={t('export.loadFailed')}
        onRetry={() => void report.refetch()}
      />
    )
  else if (items.length === 0)
    body = (
      <Alert severity="info" role="status">
        {t('export.empty')}
      </Alert>
    )
  else
    body = (
      <Stack spacing={1}>
        <Typography>{t('export.count', count(items.length))}</Typography>
        <TableContainer sx={{ maxHeight: 340 }}>
          <Table size="small" stickyHeader aria-label={t('export.reportType.summary')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('columns.desiredTime')}</TableCell>
                <TableCell>{t('columns.phoneNumber')}</TableCell>
                <TableCell>{t('columns.serviceName')}</TableCell>
                <TableCell>{t('columns.status')}</TableCell>
                <TableCell>{t('columns.message')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.slice(0, PREVIEW_ROWS).map((e, index) => (
                // The same callback can be asked to be cancelled more than once.
                <TableRow key={`${e.id}-${index}`}>
                  <TableCell>{formatDateTime(e.desiredTime, display)}</TableCell>
                  <TableCell>{e.phoneNumber}</TableCell>
                  <TableCell>{e.serviceName}</TableCell>
                  <TableCell>{e.status}</TableCell>
                  <TableCell>{e.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        {items.length > PREVIEW_ROWS && (
          <Typography variant="body2" color="text.secondary">
            {t('export.previewCut', { shown: PREVIEW_ROWS, ...count(items.length) })}
          </Typography>
        )}
      </Stack>
    )

  return (
    <>
      <DialogTitle id={titleId}>{t('export.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2.5} sx={{ pt: 1 }}>
          <TextField
            select
            label={t('export.reportType.label')}
            defaultValue="summary"
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            helperText={t('export.reportType.help')}
            sx={{ maxWidth: 360 }}
          >
            <option value="summary">{t('export.reportType.summary')}</option>
          </TextField>
          {body}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{common('actions.close')}</Button>
        <Button
          variant="contained"
          startIcon={<DownloadIcon />}
          onClick={download}
          disabled={items.length === 0}
        >
          {t('export.download')}
        </Button>
      </DialogActions>
    </>
  )
}
