import Box from '@mui/material/Box'
import Tab from '@mui/material/Tab'
import Tabs from '@mui/material/Tabs'
import Typography from '@mui/material/Typography'
import { Link as RouterLink, Navigate, Route, Routes, useLocation } from 'react-router'
import { useTranslation } from '@/i18n/i18n'
import { CaptchaTab } from './captcha/CaptchaTab'
import { GwsTab } from './gws/GwsTab'
import { PushTab } from './push/PushTab'

const TABS = ['push', 'captcha', 'gws'] as const
// Absolute: a link relative to a splat route resolves against the whole URL, so "captcha" from
// /developer/credentials/push would lead to /developer/credentials/push/captcha.
const BASE = '/developer/credentials'

/** Developer > Credential Management: Push Notification, CAPTCHA and GWS Credentials, one route each. */
export default function CredentialsPage() {
  const { t } = useTranslation('credentials')
  const { pathname } = useLocation()
  const current = TABS.find((tab) => pathname.endsWith(`/credentials/${tab}`)) ?? false
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="h5" component="h1" sx={{ mb: 1 }}>
        {t('title')}
      </Typography>
      <Box
        component="nav"
        aria-label={t('tabsLabel')}
        sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}
      >
        <Tabs value={current} variant="scrollable" scrollButtons="auto">
          {TABS.map((tab) => (
            <Tab
              key={tab}
              value={tab}
              label={t(`tabs.${tab}`)}
              component={RouterLink}
              to={`${BASE}/${tab}`}
            />
          ))}
        </Tabs>
      </Box>
      <Routes>
        <Route index element={<Navigate to={`${BASE}/push`} replace />} />
        <Route path="push" element={<PushTab />} />
        <Route path="captcha" element={<CaptchaTab />} />
        <Route path="gws" element={<GwsTab />} />
        <Route path="*" element={<Navigate to={`${BASE}/push`} replace />} />
      </Routes>
    </Box>
  )
}
