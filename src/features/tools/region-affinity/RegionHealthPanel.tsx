import Chip from '@mui/material/Chip'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Switch from '@mui/material/Switch'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useId } from 'react'
import { regionsQuery, setRegionHealth, type Region } from '@/api/regionRules'
import { ErrorAlert } from '@/components/ErrorAlert'
import { useTranslation } from '@/i18n/i18n'

/**
 * The simulated health of each regional node, with a switch to mark it down or up. Applies at once
 * (no draft): it is the state of the tenant, not part of a rule.
 */
export function RegionHealthPanel({ regions }: { regions: readonly Region[] }) {
  const { t } = useTranslation('regionAffinity')
  const queryClient = useQueryClient()
  const headingId = useId()
  const health = useMutation({
    mutationFn: ({ id, healthy }: { id: string; healthy: boolean }) => setRegionHealth(id, healthy),
    onSuccess: (region) => {
      queryClient.setQueryData(regionsQuery().queryKey, (old) =>
        old?.map((r) => (r.id === region.id ? region : r)),
      )
    },
  })
  const failedRegion = regions.find((r) => r.id === health.variables?.id)
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Stack spacing={1}>
        <Typography variant="h6" component="h2" id={headingId}>
          {t('health.heading')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('health.help')}
        </Typography>
        {health.isError && (
          <ErrorAlert
            error={health.error}
            title={t('health.failed', { region: failedRegion?.name ?? '' })}
            onRetry={() => {
              health.mutate(health.variables)
            }}
          />
        )}
        <Table size="small" aria-labelledby={headingId}>
          <TableHead>
            <TableRow>
              <TableCell>{t('health.region')}</TableCell>
              <TableCell>{t('health.node')}</TableCell>
              <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>
                {t('health.location')}
              </TableCell>
              <TableCell>{t('health.status')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {regions.map((region) => {
              const pending = health.isPending && health.variables.id === region.id
              return (
                <TableRow key={region.id}>
                  <TableCell>{region.name}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{region.id}</TableCell>
                  <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>
                    {region.location}
                  </TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                      <Switch
                        size="small"
                        checked={region.healthy}
                        disabled={pending}
                        slotProps={{
                          input: { 'aria-label': t('health.toggle', { region: region.name }) },
                        }}
                        onChange={(event) =>
                          health.mutate({ id: region.id, healthy: event.target.checked })
                        }
                      />
                      <Chip
                        size="small"
                        variant="outlined"
                        color={region.healthy ? 'success' : 'error'}
                        label={region.healthy ? t('health.up') : t('health.down')}
                      />
                    </Stack>
                  </TableCell>
                </TableRow>
              )
            })}
          </TableBody>
        </Table>
      </Stack>
    </Paper>
  )
}
