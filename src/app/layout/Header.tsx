import Logout from '@mui/icons-material/Logout'
import AppBar from '@mui/material/AppBar'
import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import IconButton from '@mui/material/IconButton'
import Tab from '@mui/material/Tab'
import Tabs from '@mui/material/Tabs'
import Toolbar from '@mui/material/Toolbar'
import Tooltip from '@mui/material/Tooltip'
import Typography from '@mui/material/Typography'
import { memo } from 'react'
import { useTranslation } from '@/i18n/i18n'
import { Link as RouterLink, useLocation } from 'react-router'
import { usePreferences, useSavePreferences } from '@/api/preferences'
import { useCurrentUser } from '@/api/session'
import { LanguageMenu } from '@/components/LanguageMenu'
import { visibleTabs, type Tab as TabName } from '@/domain/roles'
import { changeLanguage } from '@/i18n/i18n'
import { useDemo } from '../demo'
import { useSignOut } from '../session/useSignOut'
import { AccountMenu } from './AccountMenu'

/** The header, with the tab the path is under selected. */
export function Header() {
  const user = useCurrentUser()
  const { pathname } = useLocation()
  const current =
    visibleTabs(user.role).find(
      (tab) => pathname === `/${tab}` || pathname.startsWith(`/${tab}/`),
    ) ?? false
  return <HeaderBar current={current} />
}

/** Redrawn when the tab changes, not on every change of a page's URL (a list's page or sort). */
const HeaderBar = memo(function HeaderBar({ current }: { current: TabName | false }) {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const demo = useDemo()
  const preferences = usePreferences()
  const save = useSavePreferences()
  const signOut = useSignOut()
  const tabs = visibleTabs(user.role)

  return (
    <AppBar position="sticky" elevation={1}>
      <Toolbar sx={{ gap: 1, flexWrap: 'wrap', minHeight: { xs: 56 } }}>
        <Typography variant="h6" component="p" sx={{ whiteSpace: 'nowrap', mr: 1 }}>
          {t('appName')}
        </Typography>
        {demo && (
          <Chip
            size="small"
            label={t('header.demoTenant')}
            sx={{
              bgcolor: 'rgba(255,255,255,0.18)',
              color: 'inherit',
              display: { xs: 'none', md: 'flex' },
            }}
          />
        )}
        <Box
          component="nav"
          aria-label={t('tabs.label')}
          sx={{
            flexGrow: 1,
            minWidth: 0,
            order: { xs: 3, md: 0 },
            width: { xs: '100%', md: 'auto' },
          }}
        >
          <Tabs
            value={current}
            variant="scrollable"
            scrollButtons="auto"
            textColor="inherit"
            // MUI dims unselected inherit-coloured tabs to 60 %: 4.1:1 on the primary blue, under
            // WCAG AA's 4.5:1. At 85 % they reach about 6:1.
            sx={{ '& .MuiTab-root:not(.Mui-selected)': { opacity: 0.85 } }}
            slotProps={{ indicator: { sx: { bgcolor: 'common.white', height: 3 } } }}
          >
            {tabs.map((tab) => (
              <Tab
                key={tab}
                value={tab}
                label={t(`tabs.${tab}`)}
                component={RouterLink}
                to={`/${tab}`}
              />
            ))}
          </Tabs>
        </Box>
        <Box sx={{ display: 'flex', alignItems: 'center', ml: 'auto' }}>
          <LanguageMenu
            value={preferences.language}
            onChange={(language) => {
              void changeLanguage(language)
              save.mutate({ ...preferences, language })
            }}
          />
          <AccountMenu />
          <Tooltip title={t('header.signOut')}>
            <IconButton
              color="inherit"
              aria-label={t('header.signOut')}
              onClick={() => void signOut('signedOut')}
            >
              <Logout />
            </IconButton>
          </Tooltip>
        </Box>
      </Toolbar>
    </AppBar>
  )
})
