import Button from '@mui/material/Button'
import Typography from '@mui/material/Typography'
import { useTranslation } from '@/i18n/i18n'
import { Link as RouterLink } from 'react-router'
import { useCurrentUser } from '@/api/session'
import { MessagePage } from '@/components/MessagePage'
import { visibleTabs } from '@/domain/roles'

/** Shown at a URL the role may not open: never the page's data, never a crash. */
export function NotAuthorized() {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const home = visibleTabs(user.role)[0] ?? 'callback'
  return (
    <MessagePage
      title={t('notAuthorized.title')}
      action={
        <Button
          component={RouterLink}
          to={`/${home}`}
          variant="contained"
          sx={{ alignSelf: 'flex-start' }}
        >
          {t('notAuthorized.home', { tab: t(`tabs.${home}`) })}
        </Button>
      }
    >
      <Typography>{t('notAuthorized.body', { role: t(`roles.${user.role}`) })}</Typography>
    </MessagePage>
  )
}

export function NotFound() {
  const { t } = useTranslation()
  return (
    <MessagePage
      title={t('notFound.title')}
      action={
        <Button component={RouterLink} to="/" variant="contained" sx={{ alignSelf: 'flex-start' }}>
          {t('notFound.home')}
        </Button>
      }
    >
      <Typography>{t('notFound.body')}</Typography>
    </MessagePage>
  )
}
