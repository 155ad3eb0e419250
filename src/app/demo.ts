import { createContext, useContext } from 'react'

/** The simulated tenant's controls; null when the app talks to a real backend. */
export interface DemoControls {
  /**
   * true for the tenant server, which every browser and client shares: only an administrator resets
   * it. false for the tenant inside this page, which only this browser uses.
   */
  shared: boolean
  reset(): Promise<void>
  /** Forget this browser's session at once (in the page, whose cookie script can clear). */
  forgetSession(): void
}

export const DemoContext = createContext<DemoControls | null>(null)

export function useDemo(): DemoControls | null {
  return useContext(DemoContext)
}
