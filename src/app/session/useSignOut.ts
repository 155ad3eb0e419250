import { useQueryClient } from '@tanstack/react-query'
import { queryKeys } from '@/api/keys'
import { signOut } from '@/api/session'
import { confirmLeave } from '@/lib/leaveGuard'
import { useStableNavigate } from '@/lib/stableNavigate'
import { useDemo } from '../demo'
import { signInPath } from './RequireSession'
import { tellOtherTabs } from './sessionChannel'

/**
 * Forget the user at once (cache and, in the page, the cookie), then end the session on the backend
 * with a request that completes even if the tab is closed right away, tell the other tabs, then go
 * to sign-in. Signing
 * out by choice asks first when an editor holds unsaved changes; an expired session cannot wait.
 */
export function useSignOut() {
  const queryClient = useQueryClient()
  const navigate = useStableNavigate()
  const demo = useDemo()
  return async (reason: 'expired' | 'signedOut', next = '/') => {
    if (reason === 'signedOut' && !(await confirmLeave())) return
    demo?.forgetSession()
    const ended = signOut().catch(() => undefined)
    // The session is the browser's: every tab leaves it now.
    tellOtherTabs({ type: 'signedOut', reason })
    // In one go, so nothing under the session guard renders without a user.
    queryClient.clear()
    queryClient.setQueryData(queryKeys.session, null)
    navigate(signInPath(reason, next), { replace: true })
    await ended
  }
}
