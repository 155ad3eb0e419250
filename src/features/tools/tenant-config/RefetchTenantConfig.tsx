import Alert from '@mui/material/Alert'
import ListItemButton from '@mui/material/ListItemButton'
import ListItemText from '@mui/material/ListItemText'
import Snackbar from '@mui/material/Snackbar'
import { ErrorAlert } from '@/components/ErrorAlert'
import { useTranslation } from '@/i18n/i18n'
import { useTenantConfigRefetch } from './useTenantConfigRefetch'

/**
 * The Tools menu's last entry: "Refetch Tenant Configuration (last fetched N minutes ago)". Clicking
 * it fetches the configuration again; while it is shown, the configuration is also fetched every
 * 30 minutes on its own.
 */
export function RefetchTenantConfig() {
  const { t } = useTranslation('toolsQueues')
  const { config, refetch, minutesAgo } = useTenantConfigRefetch()
  const age = refetch.isPending
    ? t('refetch.busy')
    : minutesAgo === null
      ? config.isPending
        ? ''
        : t('refetch.unknown')
      : minutesAgo === 0
        ? t('refetch.justNow')
        : t('refetch.lastFetched', { count: minutesAgo })
  return (
    <>
      <ListItemButton
        onClick={() => refetch.mutate()}
        disabled={refetch.isPending}
        sx={{ borderRadius: 1 }}
      >
        <ListItemText
          primary={t('refetch.label')}
          secondary={<span aria-live="polite">{age}</span>}
        />
      </ListItemButton>
      <Snackbar
        open={refetch.isSuccess}
        autoHideDuration={5000}
        onClose={() => refetch.reset()}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      >
        <Alert severity="success" variant="filled" role="status" onClose={() => refetch.reset()}>
          {t('refetch.done')}
        </Alert>
      </Snackbar>
      <Snackbar
        open={refetch.isError}
        onClose={(_, reason) => {
          if (reason !== 'clickaway') refetch.reset()
        }}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      >
        <div>
          <ErrorAlert
            error={refetch.error}
            title={t('refetch.failed')}
            onRetry={() => refetch.mutate()}
          />
        </div>
      </Snackbar>
    </>
  )
}
