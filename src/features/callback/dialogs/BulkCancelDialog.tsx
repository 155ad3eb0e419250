import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import Chip from '@mui/material/Chip'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import FormControlLabel from '@mui/material/FormControlLabel'
import LinearProgress from '@mui/material/LinearProgress'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { useIsMutating, useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { bulkCancelPreviewQuery } from '@/api/callbacks'
import type { BulkCancelData, CallbackSummary, RangeSelection } from '@/api/types'
import { ErrorAlert } from '@/components/ErrorAlert'
import { isCancellable } from '@/domain/callback'
import { useTranslation } from '@/i18n/i18n'
import { formatDateTime } from '@/lib/time'
import { useSingleFlight } from '@/lib/useSingleFlight'
import { useTimeDisplay } from '@/lib/useTimeDisplay'
import { stateLabel } from '../stateLabel'
import { DialogBody } from '@/components/DialogBody'
import { useCount } from '@/i18n/useCount'
import { mutationKeys, useBulkCancel } from './mutations'

interface BulkCancelDialogProps {
  open: boolean
  selected: CallbackSummary[]
  range: RangeSelection
  rangeLabel: string
  onClose: () => void
  onDone: (result: BulkCancelData) => void
}

/**
 * "Cancel Callbacks": confirm the selected callbacks, or every cancellable one in the current time
 * range, then show what happened to each. PROCESSING and COMPLETED callbacks are never cancelled.
 */
export function BulkCancelDialog({
  open,
  selected,
  range,
  rangeLabel,
  onClose,
  onDone,
}: BulkCancelDialogProps) {
  const titleId = useId()
  const running = useIsMutating({ mutationKey: mutationKeys.bulkCancel }) > 0
  const [result, setResult] = useState<BulkCancelData | null>(null)
  const close = () => {
    if (result) {
      setResult(null)
      onDone(result)
    }
    onClose()
  }
  return (
    <Dialog
      open={open}
      onClose={running ? undefined : close}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="md"
    >
      <DialogBody>
        <BulkCancelContent
          titleId={titleId}
          selected={selected}
          range={range}
          rangeLabel={rangeLabel}
          result={result}
          onResult={setResult}
          onClose={close}
        />
      </DialogBody>
    </Dialog>
  )
}

/** Callbacks excluded in the dialog are reported with the backend's answer, as it would have. */
function withLocalExclusions(data: BulkCancelData, excluded: CallbackSummary[]): BulkCancelData {
  if (excluded.length === 0) return data
  return {
    ...data,
    excluded: data.excluded + excluded.length,
    results: [
      ...data.results,
      ...excluded.map((c) => ({
        id: c.id,
        outcome: 'EXCLUDED' as const,
        state: c.state,
        ...(c.reason ? { reason: c.reason } : {}),
      })),
    ],
  }
}

/** Long lists of excluded or failed callbacks are cut here, with the number left out. */
const LISTED = 100

function BulkCancelContent({
  titleId,
  selected,
  range,
  rangeLabel,
  result,
  onResult,
  onClose,
}: {
  titleId: string
  selected: CallbackSummary[]
  range: RangeSelection
  rangeLabel: string
  result: BulkCancelData | null
  onResult: (result: BulkCancelData) => void
  onClose: () => void
}) {
  const { t } = useTranslation('callbackDialogs')
  const count = useCount()
  const common = useTranslation().t
  const display = useTimeDisplay()
  const bulk = useBulkCancel()
  const [wholeRange, setWholeRange] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const preview = useQuery({
    ...bulkCancelPreviewQuery(range),
    enabled: wholeRange && result === null,
  })
  const cancellable = selected.filter((c) => isCancellable(c.state))
  const excluded = selected.filter((c) => !isCancellable(c.state))
  const excludedReason = (state: CallbackSummary['state']) =>
    state === 'PROCESSING' ? t('bulk.excludedProcessing') : t('bulk.excludedCompleted')

  // One key per request this opening can send (the selection or the whole range): a retry, or a
  // second click that got through, is answered with the first run's result.
  const [keys] = useState(() => ({ ids: crypto.randomUUID(), range: crypto.randomUUID() }))
  const singleFlight = useSingleFlight()
  const confirm = () =>
    singleFlight(async () => {
      setFailure(null)
      try {
        const data = await bulk.mutateAsync(
          wholeRange
            ? { body: { range }, idempotencyKey: keys.range }
            : { body: { ids: cancellable.map((c) => c.id) }, idempotencyKey: keys.ids },
        )
        onResult(wholeRange ? data : withLocalExclusions(data, excluded))
      } catch (error) {
        setFailure(error)
      }
    })

  const running = bulk.isPending
  const nothingToDo = wholeRange ? (preview.data?.cancelled ?? 0) === 0 : cancellable.length === 0

  let body
  if (result) {
    body = <BulkCancelResult result={result} listed={LISTED} />
  } else if (running) {
    body = (
      <Box role="status" aria-live="polite" sx={{ py: 3 }}>
        <Typography gutterBottom>
          {wholeRange
            ? t('bulk.runningRange', { range: rangeLabel })
            : t('bulk.running', count(cancellable.length))}
        </Typography>
        <LinearProgress aria-label={t('bulk.progress')} />
      </Box>
    )
  } else {
    body = (
      <Stack spacing={2}>
        <FormControlLabel
          control={
            <Checkbox checked={wholeRange} onChange={(e) => setWholeRange(e.target.checked)} />
          }
          label={t('bulk.wholeRange')}
        />
        {wholeRange ? (
          <RangePreview
            rangeLabel={rangeLabel}
            preview={preview}
            onRetry={() => void preview.refetch()}
          />
        ) : selected.length === 0 ? (
          <Alert severity="info" role="status">
            {t('bulk.noneSelected')}
          </Alert>
        ) : (
          <>
            <Typography>
              {t('bulk.selectedSummary', count(cancellable.length))}{' '}
              {excluded.length > 0 && t('bulk.selectedExcluded', count(excluded.length))}
            </Typography>
            <TableContainer sx={{ maxHeight: 360 }}>
              <Table size="small" stickyHeader aria-label={t('bulk.selectedTable')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('columns.state')}</TableCell>
                    <TableCell>{t('columns.desiredTime')}</TableCell>
                    <TableCell>{t('columns.phoneNumber')}</TableCell>
                    <TableCell>{t('columns.serviceName')}</TableCell>
                    <TableCell>{t('columns.outcome')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {selected.map((c) => {
                    const ok = isCancellable(c.state)
                    return (
                      <TableRow key={c.id} sx={ok ? undefined : { bgcolor: 'action.hover' }}>
                        <TableCell>{stateLabel(c)}</TableCell>
                        <TableCell>{formatDateTime(c.desiredTime, display)}</TableCell>
                        <TableCell>{c.phoneNumber}</TableCell>
                        <TableCell>{c.serviceName}</TableCell>
                        <TableCell>
                          {ok ? (
                            t('bulk.willCancel')
                          ) : (
                            <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
                              <Chip size="small" label={t('bulk.excluded')} />
                              <Typography variant="caption">{excludedReason(c.state)}</Typography>
                            </Stack>
                          )}
                        </TableCell>
                      </TableRow>
                    )
                  })}
                </TableBody>
              </Table>
            </TableContainer>
          </>
        )}
        {failure !== null && (
          <ErrorAlert error={failure} title={t('bulk.failed')} onRetry={() => void confirm()} />
        )}
      </Stack>
    )
  }

  return (
    <>
      <DialogTitle id={titleId}>{t('bulk.title')}</DialogTitle>
      <DialogContent>{body}</DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={running}>
          {common('actions.close')}
        </Button>
        {!result && (
          <Button
            variant="contained"
            color="error"
            onClick={() => void confirm()}
            disabled={running || nothingToDo || (wholeRange && !preview.isSuccess)}
          >
            {common('actions.confirm')}
          </Button>
        )}
      </DialogActions>
    </>
  )
}

function RangePreview({
  rangeLabel,
  preview,
  onRetry,
}: {
  rangeLabel: string
  preview: {
    isPending: boolean
    isError: boolean
    error: unknown
    data?: BulkCancelData | undefined
  }
  onRetry: () => void
}) {
  const { t } = useTranslation('callbackDialogs')
  const count = useCount()
  if (preview.isError)
    return <ErrorAlert error={preview.error} title={t('bulk.previewFailed')} onRetry={onRetry} />
  if (preview.isPending || !preview.data)
    return (
      <Box role="status" aria-live="polite">
        <Typography gutterBottom>{t('bulk.previewLoading', { range: rangeLabel })}</Typography>
        <LinearProgress aria-label={t('bulk.previewLoading', { range: rangeLabel })} />
      </Box>
    )
  const { cancelled, excluded } = preview.data
  return (
    <Alert severity={cancelled ? 'warning' : 'info'} role="status">
      {t('bulk.previewRange', { range: rangeLabel })} {t('bulk.previewCancelled', count(cancelled))}{' '}
      {t('bulk.previewExcluded', count(excluded))}
    </Alert>
  )
}

function BulkCancelResult({ result, listed }: { result: BulkCancelData; listed: number }) {
  const { t } = useTranslation('callbackDialogs')
  const count = useCount()
  const excluded = result.results.filter((r) => r.outcome === 'EXCLUDED')
  const failed = result.results.filter((r) => r.outcome === 'FAILED')
  const fallback = (state: string) =>
    state === 'PROCESSING' ? t('bulk.excludedProcessing') : t('bulk.excludedCompleted')
  const section = (heading: string, rows: typeof excluded, total: number) =>
    total > 0 && (
      <Box component="section">
        <Typography variant="subtitle2" component="h3" gutterBottom>
          {heading}
        </Typography>
        <Box component="ul" sx={{ m: 0, pl: 3, maxHeight: 220, overflow: 'auto' }}>
          {rows.slice(0, listed).map((r) => (
            <Typography component="li" variant="body2" key={r.id}>
              <Box component="code" sx={{ fontFamily: 'monospace' }}>
                {r.id}
              </Box>{' '}
              ({stateLabel(r)}): {r.message ?? fallback(r.state)}
            </Typography>
          ))}
        </Box>
        {total > listed && (
          <Typography variant="body2" color="text.secondary">
            {t('bulk.more', count(total - listed))}
          </Typography>
        )}
      </Box>
    )
  return (
    <Stack spacing={2}>
      <Alert severity={result.failed ? 'warning' : 'success'} role="status">
        {t('bulk.resultCancelled', count(result.cancelled))}{' '}
        {t('bulk.resultExcluded', count(result.excluded))}{' '}
        {t('bulk.resultFailed', count(result.failed))}
      </Alert>
      {section(t('bulk.failedHeading'), failed, result.failed)}
      {section(t('bulk.excludedHeading'), excluded, result.excluded)}
    </Stack>
  )
}
