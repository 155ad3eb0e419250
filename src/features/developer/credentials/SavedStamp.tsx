import Typography from '@mui/material/Typography'
import { useTranslation } from '@/i18n/i18n'
import { formatDateTime } from '@/lib/time'
import { useTimeDisplay } from '@/lib/useTimeDisplay'

/** Who saved the credentials last, and when; or that nothing is saved. */
export function SavedStamp({
  saved,
}: {
  saved: { version: number; updatedBy: string; updatedAt: string } | null
}) {
  const { t } = useTranslation('credentials')
  const display = useTimeDisplay()
  return (
    <Typography variant="body2" color="text.secondary">
      {saved
        ? t('savedBy', {
            version: saved.version,
            user: saved.updatedBy,
            time: formatDateTime(saved.updatedAt, display),
          })
        : t('notSaved')}
    </Typography>
  )
}
