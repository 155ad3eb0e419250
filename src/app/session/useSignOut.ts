import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { queryKeys } from '@/api/keys'
import { signOut } from '@/api/session'
import { signInPath } from './RequireSession'

/** End the session on the backend (best effort), forget everything cached, go to sign-in. */
export function useSignOut() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return async (reason: 'expired' | 'signedOut', next = '/') => {
    await signOut().catch(() => undefined)
    queryClient.clear()
    queryClient.setQueryData(queryKeys.session, null)
    await navigate(signInPath(reason, next), { replace: true })
  }
}
