import Typography from '@mui/material/Typography'
import { lazy, Suspense } from 'react'
import { Navigate, Route, Routes } from 'react-router'
import { Loading } from '@/components/Loading'
import { MessagePage } from '@/components/MessagePage'
import { SideMenuLayout } from '@/components/SideMenuLayout'
import { useTranslation } from '@/i18n/i18n'
import { DEVELOPER_PAGES } from './developerPages'

// Each page is its own chunk: opening Errors does not download the credential forms.
const ErrorsPage = lazy(() => import('./errors/ErrorsPage'))
const ApiKeyValidationPage = lazy(() => import('./api-key/ApiKeyValidationPage'))
const CredentialsPage = lazy(() => import('./credentials/CredentialsPage'))
const CorsDomainsPage = lazy(() => import('./cors/CorsDomainsPage'))

/** The Developer tab (Administrator, Developer): its menu beside the chosen page. */
export default function DeveloperPage() {
  const { t } = useTranslation('developer')
  return (
    <SideMenuLayout
      title={t('title')}
      menuLabel={t('menuLabel')}
      items={DEVELOPER_PAGES.map((page) => ({
        to: `/developer/${page}`,
        label: t(`menu.${page}`),
      }))}
    >
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route index element={<Navigate to="errors" replace />} />
          <Route path="errors" element={<ErrorsPage />} />
          <Route path="api-key-validation" element={<ApiKeyValidationPage />} />
          <Route path="credentials/*" element={<CredentialsPage />} />
          <Route path="cors-domains" element={<CorsDomainsPage />} />
          <Route path="*" element={<DeveloperNotFound />} />
        </Routes>
      </Suspense>
    </SideMenuLayout>
  )
}

function DeveloperNotFound() {
  const { t } = useTranslation('developer')
  return (
    <MessagePage title={t('notFound.title')}>
      <Typography>{t('notFound.body')}</Typography>
    </MessagePage>
  )
}
