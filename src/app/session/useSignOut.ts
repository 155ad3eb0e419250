import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { queryKeys } from '@/api/keys'
import { signOut } from '@/api/session'
import { confirmLeave } from '@/lib/leaveGuard'
import { signInPath } from './RequireSession'

/**
 * End the session on the backend (best effort), forget everything cached, go to sign-in. Signing out
 * by choice asks first when an editor holds unsaved changes; an expired session cannot wait.
 */
export function useSignOut() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return async (reason: 'expired' | 'signedOut', next = '/') => {
    if (reason === 'signedOut' && !(await confirmLeave())) return
    await signOut().catch(() => undefined)
    queryClient.clear()
    queryClient.setQueryData(queryKeys.session, null)
    await navigate(signInPath(reason, next), { replace: true })
  }
}
