import Divider from '@mui/material/Divider'
import List from '@mui/material/List'
import ListItem from '@mui/material/ListItem'
import ListItemButton from '@mui/material/ListItemButton'
import ListItemText from '@mui/material/ListItemText'
import { NavLink } from 'react-router'
import { useCurrentUser } from '@/api/session'
import { useTranslation } from '@/i18n/i18n'
import { RefetchTenantConfig } from './tenant-config/RefetchTenantConfig'
import { toolsPagesFor } from './toolsPages'

/** The Tools tab's menu: the pages the role may open, then the tenant-configuration refetch. */
export function ToolsMenu() {
  const { t } = useTranslation('tools')
  const user = useCurrentUser()
  return (
    <nav aria-label={t('menuLabel')}>
      <List dense disablePadding>
        {toolsPagesFor(user.role).map((page) => (
          <ListItem key={page} disablePadding>
            <ListItemButton
              component={NavLink}
              to={`/tools/${page}`}
              sx={{
                borderRadius: 1,
                '&.active': { bgcolor: 'action.selected', fontWeight: 600 },
              }}
            >
              <ListItemText primary={t(`menu.${page}`)} />
            </ListItemButton>
          </ListItem>
        ))}
        <Divider sx={{ my: 1 }} component="li" aria-hidden />
        <ListItem disablePadding>
          <RefetchTenantConfig />
        </ListItem>
      </List>
    </nav>
  )
}
