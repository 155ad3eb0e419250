import Box from '@mui/material/Box'
import Container from '@mui/material/Container'
import Link from '@mui/material/Link'
import { Suspense, useEffect } from 'react'
import { useTranslation } from '@/i18n/i18n'
import { Outlet } from 'react-router'
import { usePreferences } from '@/api/preferences'
import { Loading } from '@/components/Loading'
import { LeavePrompt } from '@/components/UnsavedChangesGuard'
import { changeLanguage } from '@/i18n/i18n'
import { IdleTimeout } from '../session/IdleTimeout'
import { Header } from './Header'

/** The signed-in frame: skip link, header with tabs, the page, the idle watch. */
export default function AppLayout() {
  const { t } = useTranslation()
  return (
    <Suspense fallback={<Loading minHeight={400} />}>
      <LanguageFromPreferences />
      <Link
        href="#main"
        sx={{
          position: 'absolute',
          left: -10000,
          '&:focus': { left: 8, top: 8, zIndex: 2000, bgcolor: 'background.paper', p: 1 },
        }}
      >
        {t('header.skipToContent')}
      </Link>
      <Header />
      <Container
        component="main"
        id="main"
        tabIndex={-1}
        maxWidth={false}
        sx={{ py: 2, outline: 'none' }}
      >
        <Box sx={{ maxWidth: 1600, mx: 'auto' }}>
          <Outlet />
        </Box>
      </Container>
      <IdleTimeout />
      <LeavePrompt />
    </Suspense>
  )
}

/** The user's saved language wins over the device's once they are signed in. */
function LanguageFromPreferences() {
  const { language } = usePreferences()
  useEffect(() => {
    void changeLanguage(language)
  }, [language])
  return null
}
