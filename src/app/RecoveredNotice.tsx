import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import { useState } from 'react'
import { useTranslation } from '@/i18n/i18n'
import { useDemo } from './demo'

/**
 * Tells the user that the demo data saved in this browser could not be read and a fresh tenant was
 * started instead (with where the damaged copy is kept), until they close it.
 */
export function RecoveredNotice() {
  const { t } = useTranslation()
  const demo = useDemo()
  const [open, setOpen] = useState(true)
  if (!open || !demo?.recovered) return null
  return (
    <Alert
      severity="warning"
      onClose={() => setOpen(false)}
      closeText={t('actions.close')}
      sx={{ borderRadius: 0, overflowWrap: 'anywhere' }}
    >
      <AlertTitle>{t('errors.recoveredTitle')}</AlertTitle>
      {t('errors.recoveredBody', { reason: demo.recovered })}
    </Alert>
  )
}
