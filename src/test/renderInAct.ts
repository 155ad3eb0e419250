import { act, render, type RenderResult } from '@testing-library/react'
import type { ReactNode } from 'react'

/**
 * Render inside an act() that stays open until React has nothing left to do: the app suspends
 * while its code and messages load, and React wants that inside act.
 *
 * The callback returns a promise on purpose. Awaiting a synchronous act() makes React keep
 * flushing its work over the next tasks after Testing Library has already taken back the act
 * environment, and an update landing then (a query answering, on a busy machine) logs "The
 * current testing environment is not configured to support act". An asynchronous act() keeps the
 * environment declared until React is done.
 */
export function renderInAct(ui: ReactNode): Promise<RenderResult> {
  return act(() => Promise.resolve(render(ui)))
}
