import Box from '@mui/material/Box'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import { corsOriginsQuery } from '@/api/developer'
import { ErrorAlert } from '@/components/ErrorAlert'
import { Loading } from '@/components/Loading'
import { PageHeading } from '@/components/PageHeading'
import { useTranslation } from '@/i18n/i18n'
import { useAppConfig } from '@/lib/appConfig'

const MONO = { fontFamily: 'monospace', overflowWrap: 'anywhere' } as const

/**
 * Developer > Allowed CORS Domains (product.md §3): the origins the tenant's CORS answers allow,
 * read-only, and how an operator adds one.
 */
export default function CorsDomainsPage() {
  const { t } = useTranslation('developer')
  const { demoTenant } = useAppConfig()
  const origins = useQuery(corsOriginsQuery())
  return (
    <Stack spacing={2} sx={{ maxWidth: 880 }}>
      <PageHeading title={t('cors.title')} intro={t('cors.intro')} />
      {origins.isPending ? (
        <Loading label={t('cors.loading')} minHeight={120} />
      ) : origins.isError ? (
        <ErrorAlert
          error={origins.error}
          title={t('cors.failed')}
          onRetry={() => void origins.refetch()}
        />
      ) : (
        <Paper variant="outlined">
          <Table size="small" aria-label={t('cors.listLabel')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('cors.origin')}</TableCell>
                <TableCell>{t('cors.source')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {origins.data.origins.map(({ origin, source }) => (
                <TableRow key={origin}>
                  <TableCell sx={MONO}>{origin}</TableCell>
                  <TableCell>{t(`cors.${source}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
      <Stack component="section" aria-labelledby="cors-how" spacing={1}>
        <Typography id="cors-how" variant="h6" component="h2">
          {t('cors.howTitle')}
        </Typography>
        {demoTenant ? (
          <>
            <Typography variant="body2">{t('cors.how')}</Typography>
            <Box
              component="pre"
              sx={{
                ...MONO,
                m: 0,
                p: 1.5,
                bgcolor: 'action.hover',
                borderRadius: 1,
                whiteSpace: 'pre-wrap',
              }}
            >
              {t('cors.howExample')}
            </Box>
            <Typography variant="body2">{t('cors.howReadme')}</Typography>
          </>
        ) : (
          <Typography variant="body2">{t('cors.realBackend')}</Typography>
        )}
      </Stack>
    </Stack>
  )
}
