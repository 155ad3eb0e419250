/**
 * Which editors hold unsaved changes, and the one place that asks the user before they are lost.
 * The app uses the declarative router, whose navigation cannot be blocked, so leaving is caught
 * where it starts: link clicks, the back and forward buttons, sign-out, closing the tab.
 * React-free so the sign-out code can ask too.
 *
 * Why not the data router's useBlocker: measured on this app, createBrowserRouter + RouterProvider
 * add 17.7 KB (gzip) before the sign-in page is interactive (160 → 178 KB, budget 170 KB). The
 * price is two React Router behaviours the back-button guard relies on without their being
 * documented: the router records its position in `history.state.idx`, and it hears the back
 * button through a `popstate` listener on window, after ours. leaveGuard.router.test.tsx checks
 * both against the installed React Router, so an upgrade that changes them fails the tests.
 */
type Ask = () => Promise<boolean>

const dirtyEditors = new Set<symbol>()
let ask: Ask | undefined

export function setEditorDirty(editor: symbol, dirty: boolean): void {
  if (dirty) dirtyEditors.add(editor)
  else dirtyEditors.delete(editor)
}

export function hasUnsavedChanges(): boolean {
  return dirtyEditors.size > 0
}

/** Installed by the app's one leave prompt. */
export function setLeavePrompt(prompt: Ask | undefined): void {
  ask = prompt
}

/** True when nothing is unsaved or the user chose to discard it. */
export async function confirmLeave(): Promise<boolean> {
  if (!hasUnsavedChanges()) return true
  if (!ask) return window.confirm('Discard unsaved changes?')
  const discard = await ask()
  if (discard) dirtyEditors.clear()
  return discard
}

/**
 * Catch the browser's back and forward buttons while something is unsaved. Must run before the
 * router starts listening, so the router never sees a move the user then cancels: the move is undone
 * (by the router's own history index), the user is asked, and on "discard" it is replayed.
 */
export function installHistoryGuard(): void {
  let undoing: number | null = null
  let replaying = false
  let index = historyIndex()
  window.addEventListener('popstate', (event) => {
    if (replaying) {
      replaying = false
      index = historyIndex()
      return
    }
    if (undoing !== null) {
      // Back where the user was: now ask, and replay the move only if they discard.
      const delta = undoing
      undoing = null
      event.stopImmediatePropagation()
      void confirmLeave().then((discard) => {
        if (!discard) return
        replaying = true
        window.history.go(delta)
      })
      return
    }
    const target = historyIndex()
    if (!hasUnsavedChanges() || target === null || index === null) {
      index = target
      return
    }
    event.stopImmediatePropagation()
    undoing = target - index
    window.history.go(-undoing)
  })
  // The router records its index in history.state on every push and replace.
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = window.history[method].bind(window.history)
    window.history[method] = (...args: Parameters<History['pushState']>) => {
      original(...args)
      index = historyIndex()
    }
  }
}

function historyIndex(): number | null {
  const state = window.history.state as { idx?: unknown } | null
  return typeof state?.idx === 'number' ? state.idx : null
}
