import { Suspense, type ReactNode } from 'react'
import { useCurrentUser } from '@/api/session'
import { Loading } from '@/components/Loading'
import { canOpenTab, type Tab } from '@/domain/roles'
import { NotAuthorized } from './pages'

/**
 * A tab's page for the roles that may open it, the not-authorized page for the others. The page's
 * code is loaded lazily inside, so a forbidden role never even downloads it.
 */
export function TabGate({ tab, children }: { tab: Tab; children: ReactNode }) {
  const user = useCurrentUser()
  if (!canOpenTab(user.role, tab)) return <NotAuthorized />
  return <Suspense fallback={<Loading />}>{children}</Suspense>
}
