import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router'
import { onSessionExpired } from '@/api/client'
import { queryKeys } from '@/api/keys'
import { currentUserQuery } from '@/api/session'
import { ErrorAlert } from '@/components/ErrorAlert'
import { Loading } from '@/components/Loading'
import { hearOtherTabs } from './sessionChannel'

export function signInPath(reason: 'expired' | 'signedOut' | null, next: string): string {
  const params = new URLSearchParams()
  if (reason) params.set('reason', reason)
  if (next && next !== '/') params.set('next', next)
  const query = params.toString()
  return `/sign-in${query ? `?${query}` : ''}`
}

/** Everything under here needs a signed-in user; without one, sign in and come back. */
export function RequireSession() {
  const location = useLocation()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const session = useQuery(currentUserQuery())
  const here = location.pathname + location.search

  useEffect(() => {
    const leave = (reason: 'expired' | 'signedOut') => {
      queryClient.clear()
      queryClient.setQueryData(queryKeys.session, null)
      void navigate(signInPath(reason, window.location.pathname + window.location.search), {
        replace: true,
      })
    }
    const stopExpired = onSessionExpired(() => leave('expired'))
    // Signed out in another tab: the session is gone for this one too (the backend says so on
    // the next request; this tab need not wait for one).
    const stopHearing = hearOtherTabs((message) => {
      if (message.type === 'signedOut') leave(message.reason)
    })
    return () => {
      stopExpired()
      stopHearing()
    }
  }, [navigate, queryClient])

  if (session.isPending) return <Loading minHeight={400} />
  if (session.isError) {
    return <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />
  }
  if (!session.data) return <Navigate to={signInPath(null, here)} replace />
  return <Outlet />
}
