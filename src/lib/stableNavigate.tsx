import { createContext, useContext, type ReactNode } from 'react'
import { useNavigate, type NavigateOptions, type To } from 'react-router'
import { useStableCallback } from './useStableCallback'

/** Goes to `to` (absolute, or a search such as `?page=2` on the current path). */
export type StableNavigate = (to: To, options?: NavigateOptions) => void

const NavigateContext = createContext<StableNavigate | null>(null)

/**
 * One navigate function for the whole app that never changes. The declarative router's own
 * `useNavigate` changes with every location, so each component using it (the header, the idle
 * watch, the leave prompt, every list's view) redrew on every page or sort change of a list.
 */
export function StableNavigation({ children }: { children: ReactNode }) {
  const navigate = useNavigate()
  const stable: StableNavigate = useStableCallback((to: To, options?: NavigateOptions) => {
    void navigate(to, options)
  })
  return <NavigateContext value={stable}>{children}</NavigateContext>
}

export function useStableNavigate(): StableNavigate {
  const navigate = useContext(NavigateContext)
  if (!navigate) throw new Error('useStableNavigate needs a StableNavigation above it')
  return navigate
}
