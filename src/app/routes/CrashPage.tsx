import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { lazy, Suspense, useState } from 'react'
import { MessagePage } from '@/components/MessagePage'
import { useTranslation } from '@/i18n/i18n'
import { useDemo } from '../demo'

/**
 * Loaded when asked for: the error boundary is part of the first screen's code, and a dialog
 * (modal, portal, transitions) would add about 12 KB to it for a page that is rarely shown.
 */
const ConfirmDialog = lazy(() =>
  import('@/components/ConfirmDialog').then((module) => ({ default: module.ConfirmDialog })),
)

/**
 * What the error boundary shows: a page that failed, or a demo tenant that could not start. On the
 * tenant inside this page a reload alone may never help (the saved data itself may be what fails),
 * so Reset demo data is offered too; the tenant server's data is everyone's and is not offered.
 */
export function CrashPage({ startFailure }: { startFailure: string | null }) {
  const { t } = useTranslation()
  const demo = useDemo()
  const [confirming, setConfirming] = useState(false)
  const [resetting, setResetting] = useState(false)
  const canReset = demo !== null && !demo.shared

  const reset = () => {
    if (!demo) return
    setResetting(true)
    void demo
      .reset()
      .catch(() => undefined)
      .then(() => window.location.reload())
  }

  return (
    <MessagePage
      title={t(startFailure ? 'errors.startFailedTitle' : 'errors.crashTitle')}
      action={
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignSelf: 'flex-start' }}>
          {canReset && (
            <Button onClick={() => setConfirming(true)} variant="contained" color="error">
              {t('header.resetDemo')}
            </Button>
          )}
          <Button
            onClick={() => window.location.reload()}
            variant={canReset ? 'outlined' : 'contained'}
          >
            {t('errors.reload')}
          </Button>
        </Stack>
      }
    >
      <Typography>
        {startFailure
          ? t('errors.startFailedBody')
          : t(canReset ? 'errors.crashDemoBody' : 'errors.crashBody')}
      </Typography>
      {startFailure && (
        <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
          {t('errors.startFailedReason', { reason: startFailure })}
        </Typography>
      )}
      {canReset && (confirming || resetting) && (
        <Suspense fallback={null}>
          <ConfirmDialog
            open={confirming}
            title={t('header.resetDemoTitle')}
            confirmLabel={t('header.resetDemoConfirm')}
            destructive
            busy={resetting}
            onClose={() => setConfirming(false)}
            onConfirm={reset}
          >
            {t('errors.resetDemoBody')}
          </ConfirmDialog>
        </Suspense>
      )}
    </MessagePage>
  )
}
