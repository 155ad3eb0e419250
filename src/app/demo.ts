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
  /**
   * Why the demo data saved in this browser was replaced by a fresh tenant when the page started
   * (it could not be read), for the user to be told; null when nothing was replaced.
   */
  recovered: string | null
  /** Why the in-page tenant could not start at all; null when it runs. */
  startFailure: string | null
}

export const DemoContext = createContext<DemoControls | null>(null)

export function useDemo(): DemoControls | null {
  return useContext(DemoContext)
}
