import Typography from '@mui/material/Typography'
import { useTranslation } from '@/i18n/i18n'
import { MessagePage } from '@/components/MessagePage'
import type { Tab } from '@/domain/roles'

/** An honest placeholder for a tab whose tools come in a later release; its role gating is final. */
export function ComingSoon({ tab }: { tab: Exclude<Tab, 'callback' | 'developer' | 'tools'> }) {
  const { t } = useTranslation()
  return (
    <MessagePage title={t('comingSoon.title', { tab: t(`tabs.${tab}`) })}>
      <Typography>{t('comingSoon.body')}</Typography>
      <Typography color="text.secondary">{t(`comingSoon.${tab}`)}</Typography>
    </MessagePage>
  )
}
