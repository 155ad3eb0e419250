import { VersionStamp } from '@/components/VersionStamp'
import { useTranslation } from '@/i18n/i18n'

/** Who saved the credentials last, and when; or that nothing is saved. */
export function SavedStamp({
  saved,
}: {
  saved: { version: number; updatedBy: string; updatedAt: string } | null
}) {
  const { t } = useTranslation('credentials')
  return (
    <VersionStamp
      saved={saved}
      savedText={(vars) => t('savedBy', vars)}
      notSavedText={t('notSaved')}
    />
  )
}
