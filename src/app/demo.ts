import { createContext, useContext } from 'react'

/** The embedded simulated tenant's controls; null when the app talks to a real backend. */
export interface DemoControls {
  reset(): Promise<void>
}

export const DemoContext = createContext<DemoControls | null>(null)

export function useDemo(): DemoControls | null {
  return useContext(DemoContext)
}
