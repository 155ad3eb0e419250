import Typography from '@mui/material/Typography'
import { MessagePage } from '@/components/MessagePage'
import { useTranslation } from '@/i18n/i18n'

/** Placeholder until the page is built: says so, in the tab's frame. */
export default function ErrorsPage() {
  const { t } = useTranslation('developer')
  return (
    <MessagePage title={t('menu.errors')}>
      <Typography>{t('inProgress')}</Typography>
    </MessagePage>
  )
}
