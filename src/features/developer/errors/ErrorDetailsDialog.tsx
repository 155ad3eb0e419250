import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Stack from '@mui/material/Stack'
import { useTheme } from '@mui/material/styles'
import Typography from '@mui/material/Typography'
import useMediaQuery from '@mui/material/useMediaQuery'
import { useQuery } from '@tanstack/react-query'
import { useId, type ReactNode } from 'react'
import { errorDetailQuery, type RecordedError } from '@/api/errorLog'
import { ErrorAlert } from '@/components/ErrorAlert'
import { FactList } from '@/components/FactList'
import { Loading } from '@/components/Loading'
import { useTranslation } from '@/i18n/i18n'
import { formatDateTime } from '@/lib/time'
import { useTimeDisplay } from '@/lib/useTimeDisplay'

const MONO = { fontFamily: 'monospace', overflowWrap: 'anywhere' } as const

/** One recorded error: what was asked, by whom, and what the tenant answered (secrets redacted). */
export function ErrorDetailsDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation('developer')
  const titleId = useId()
  const fullScreen = useMediaQuery(useTheme().breakpoints.down('sm'))
  const detail = useQuery(errorDetailQuery(id))
  return (
    <Dialog
      open
      onClose={onClose}
      fullScreen={fullScreen}
      maxWidth="md"
      fullWidth
      aria-labelledby={titleId}
    >
      <DialogTitle id={titleId} sx={{ overflowWrap: 'anywhere' }}>
        {t('errors.details.title', { corrId: detail.data?.corrId ?? '' })}
      </DialogTitle>
      <DialogContent dividers>
        {detail.isPending ? (
          <Loading label={t('errors.details.loading')} minHeight={160} />
        ) : detail.isError ? (
          <ErrorAlert error={detail.error} title={t('errors.details.failed')} />
        ) : (
          <Details error={detail.data} />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('errors.details.close')}</Button>
      </DialogActions>
    </Dialog>
  )
}

function Details({ error }: { error: RecordedError }) {
  const { t } = useTranslation('developer')
  const display = useTimeDisplay()
  const caller =
    error.caller === 'api-key' ? t('errors.details.apiKeyCaller') : (error.caller ?? '—')
  return (
    <Stack spacing={2.5}>
      {error.withheld && <Alert severity="info">{t('errors.details.withheld')}</Alert>}
      <Section title={t('errors.details.summary')}>
        <FactList
          facts={[
            {
              key: 'corrId',
              label: t('errors.columns.corrId'),
              value: <Box sx={MONO}>{error.corrId}</Box>,
            },
            {
              key: 'time',
              label: t('errors.columns.timeStamp'),
              value: formatDateTime(error.timeStamp, display),
            },
            { key: 'method', label: t('errors.columns.method'), value: error.method },
            {
              key: 'url',
              label: t('errors.columns.url'),
              value: <Box sx={MONO}>{error.url ?? t('errors.unknownUrl')}</Box>,
            },
            { key: 'code', label: t('errors.columns.statusCode'), value: error.code },
            { key: 'http', label: t('errors.details.httpStatus'), value: error.httpStatus },
            // Withheld: the tenant's message only says so, which the alert above says in the
            // viewer's language.
            ...(error.withheld
              ? []
              : [
                  { key: 'caller', label: t('errors.details.caller'), value: caller },
                  { key: 'message', label: t('errors.details.message'), value: error.message },
                ]),
          ]}
        />
      </Section>
      {error.request && (
        <Section title={t('errors.details.request')}>
          <Typography variant="subtitle2" component="h4">
            {t('errors.details.headers')}
          </Typography>
          {error.request.headers.length ? (
            <FactList
              label={t('errors.details.headers')}
              facts={error.request.headers.map((header, index) => ({
                key: `${index}`,
                label: <Box sx={MONO}>{header.name}</Box>,
                value: <Box sx={MONO}>{header.value}</Box>,
              }))}
            />
          ) : (
            <Typography variant="body2">{t('errors.details.noHeaders')}</Typography>
          )}
          <Typography variant="subtitle2" component="h4">
            {t('errors.details.body')}
          </Typography>
          {error.request.body ? (
            <Code label={t('errors.details.body')}>{pretty(error.request.body)}</Code>
          ) : (
            <Typography variant="body2">{t('errors.details.noBody')}</Typography>
          )}
        </Section>
      )}
      {error.response && (
        <Section title={t('errors.details.response')}>
          <Code label={t('errors.details.envelope')}>{pretty(error.response.envelope)}</Code>
        </Section>
      )}
      {error.request && (
        <Typography variant="body2" color="text.secondary">
          {t('errors.details.redactedNote')}
        </Typography>
      )}
    </Stack>
  )
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId()
  return (
    <Stack component="section" aria-labelledby={id} spacing={1}>
      <Typography id={id} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      {children}
    </Stack>
  )
}

/** Kept text shown as it was sent; focusable so a keyboard can scroll a long body. */
function Code({ label, children }: { label: string; children: string }) {
  return (
    <Box
      component="pre"
      tabIndex={0}
      aria-label={label}
      sx={{
        ...MONO,
        m: 0,
        p: 1.5,
        maxHeight: 320,
        overflow: 'auto',
        whiteSpace: 'pre-wrap',
        bgcolor: 'action.hover',
        borderRadius: 1,
        fontSize: '0.8125rem',
      }}
    >
      {children}
    </Box>
  )
}

/** JSON indented for reading; anything else (cut short, not JSON) as it is. */
function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2)
  } catch {
    return text
  }
}
