import Divider from '@mui/material/Divider'
import ListItem from '@mui/material/ListItem'
import Typography from '@mui/material/Typography'
import { lazy, Suspense, type ReactNode } from 'react'
import { Navigate, Route, Routes } from 'react-router'
import { useCurrentUser } from '@/api/session'
import { Loading } from '@/components/Loading'
import { MessagePage } from '@/components/MessagePage'
import { SideMenuLayout } from '@/components/SideMenuLayout'
import { can } from '@/domain/roles'
import { useTranslation } from '@/i18n/i18n'
import { RefetchTenantConfig } from './tenant-config/RefetchTenantConfig'
import { TOOLS_PAGE_PERMISSION, toolsPagesFor, type ToolsPageId } from './toolsPages'

// Each page is its own chunk: opening Queues does not download the capacity calendar.
const QueuesPage = lazy(() => import('./queues/QueuesPage'))
const QueueDetailPage = lazy(() => import('./queues/QueueDetailPage'))
const CallbackSearchPage = lazy(() => import('./search/CallbackSearchPage'))
const NumberRulesPage = lazy(() => import('./number-rules/NumberRulesPage'))
const CapacityPage = lazy(() => import('./capacity/CapacityPage'))
const ClickToCallPage = lazy(() => import('./click-to-call/ClickToCallPage'))
const RegionAffinityPage = lazy(() => import('./region-affinity/RegionAffinityPage'))

/** The Tools tab: its menu beside the chosen page; pages the role may not open say so. */
export default function ToolsPage() {
  const { t } = useTranslation('tools')
  const user = useCurrentUser()
  return (
    <SideMenuLayout
      title={t('title')}
      menuLabel={t('menuLabel')}
      items={toolsPagesFor(user.role).map((page) => ({
        to: `/tools/${page}`,
        label: t(`menu.${page}`),
      }))}
      footer={
        <>
          <Divider sx={{ my: 1 }} component="li" aria-hidden />
          <ListItem disablePadding>
            <RefetchTenantConfig />
          </ListItem>
        </>
      }
    >
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route index element={<Navigate to="queues" replace />} />
          <Route
            path="queues"
            element={
              <Gate page="queues">
                <QueuesPage />
              </Gate>
            }
          />
          <Route
            path="queues/:name"
            element={
              <Gate page="queues">
                <QueueDetailPage />
              </Gate>
            }
          />
          <Route
            path="callback-search"
            element={
              <Gate page="callback-search">
                <CallbackSearchPage />
              </Gate>
            }
          />
          <Route
            path="number-rules"
            element={
              <Gate page="number-rules">
                <NumberRulesPage />
              </Gate>
            }
          />
          <Route
            path="capacity"
            element={
              <Gate page="capacity">
                <CapacityPage />
              </Gate>
            }
          />
          <Route
            path="click-to-call"
            element={
              <Gate page="click-to-call">
                <ClickToCallPage />
              </Gate>
            }
          />
          <Route
            path="region-affinity"
            element={
              <Gate page="region-affinity">
                <RegionAffinityPage />
              </Gate>
            }
          />
          <Route path="*" element={<ToolsNotFound />} />
        </Routes>
      </Suspense>
    </SideMenuLayout>
  )
}

/** A Tools page for the roles that may open it; the page's code is not even loaded for the others. */
function Gate({ page, children }: { page: ToolsPageId; children: ReactNode }) {
  const { t } = useTranslation('tools')
  const user = useCurrentUser()
  if (can(user.role, TOOLS_PAGE_PERMISSION[page])) return children
  return (
    <MessagePage title={t('notAuthorized.title')}>
      <Typography>{t('notAuthorized.body', { page: t(`menu.${page}`) })}</Typography>
    </MessagePage>
  )
}

function ToolsNotFound() {
  const { t } = useTranslation('tools')
  return (
    <MessagePage title={t('notFound.title')}>
      <Typography>{t('notFound.body')}</Typography>
    </MessagePage>
  )
}
