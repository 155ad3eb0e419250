import Box from '@mui/material/Box'
import CircularProgress from '@mui/material/CircularProgress'
import { useTranslation } from '@/i18n/i18n'

/** A centred spinner with a name for assistive technology ("Loading…" unless told what loads). */
export function Loading({ label, minHeight = 240 }: { label?: string; minHeight?: number }) {
  const { t } = useTranslation()
  return (
    <Box role="status" aria-live="polite" sx={{ display: 'grid', placeItems: 'center', minHeight }}>
      <CircularProgress aria-label={label ?? t('loading')} />
    </Box>
  )
}
