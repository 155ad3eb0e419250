import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { BrowserRouter, Link, useLocation, useNavigate } from 'react-router'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { installHistoryGuard, setEditorDirty, setLeavePrompt } from './leaveGuard'

/**
 * The back-button guard against the React Router the app ships, not a stand-in. The guard relies
 * on two things React Router does not document (src/lib/leaveGuard.ts): it records its position
 * in `history.state.idx`, and it hears the back button through a `popstate` listener on window
 * that runs after one installed before it. An upgrade that changes either fails here, before it
 * can let a user lose an edit.
 */
const editor = Symbol('editor')
let answers: boolean[] = []
let asked = 0

beforeAll(() => {
  installHistoryGuard() // as main.tsx does, before the router starts listening
})

afterEach(() => {
  setEditorDirty(editor, false)
  setLeavePrompt(undefined)
  answers = []
  asked = 0
})

function Page() {
  const location = useLocation()
  const navigate = useNavigate()
  return (
    <>
      <Link to="/a">A</Link>
      <Link to="/b">B</Link>
      <Link to="/c">C</Link>
      <button type="button" onClick={() => void navigate('/c?tab=2', { replace: true })}>
        Replace
      </button>
      <output aria-label="router location">{location.pathname + location.search}</output>
    </>
  )
}

/** A fresh router at /start, then the given links clicked: a history of pushes to go back in. */
async function visit(...links: string[]) {
  window.history.replaceState(null, '', '/start')
  const user = userEvent.setup()
  const view = render(
    <BrowserRouter>
      <Page />
    </BrowserRouter>,
  )
  for (const link of links) {
    await user.click(screen.getByRole('link', { name: link }))
    await waitFor(() => expect(routerLocation()).toBe(`/${link.toLowerCase()}`))
  }
  return { user, ...view }
}

const routerLocation = () => screen.getByRole('status', { name: 'router location' }).textContent
const historyIndex = () => (window.history.state as { idx?: unknown } | null)?.idx

/** Marks an editor dirty and answers the leave prompt with `answer` (true: discard). */
function dirtyEditorAnswering(...replies: boolean[]) {
  answers = replies
  setEditorDirty(editor, true)
  setLeavePrompt(() => {
    asked++
    return Promise.resolve(answers.shift() ?? false)
  })
}

/** Long enough for the guard to undo or replay a move (each is a history traversal). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100))

describe('what the guard reads from React Router', () => {
  it('records its position in history.state.idx: +1 a push, unchanged by a replace', async () => {
    const { user, unmount } = await visit()
    const start = historyIndex()
    expect(typeof start).toBe('number')
    await user.click(screen.getByRole('link', { name: 'A' }))
    await waitFor(() => expect(historyIndex()).toBe(Number(start) + 1))
    await user.click(screen.getByRole('link', { name: 'B' }))
    await waitFor(() => expect(historyIndex()).toBe(Number(start) + 2))
    await user.click(screen.getByRole('button', { name: 'Replace' }))
    await waitFor(() => expect(routerLocation()).toBe('/c?tab=2'))
    expect(historyIndex()).toBe(Number(start) + 2)
    unmount()
  })
})

describe('the back and forward buttons with the real router', () => {
  it('pass straight through when nothing is unsaved', async () => {
    const { unmount } = await visit('A', 'B')
    window.history.back()
    await waitFor(() => expect(routerLocation()).toBe('/a'))
    window.history.forward()
    await waitFor(() => expect(routerLocation()).toBe('/b'))
    unmount()
  })

  it('ask, and "keep editing" leaves the router and the address where they were', async () => {
    const { unmount } = await visit('A', 'B')
    dirtyEditorAnswering(false)
    window.history.back()
    await waitFor(() => expect(asked).toBe(1))
    await settle()
    expect(routerLocation()).toBe('/b')
    expect(window.location.pathname).toBe('/b')
    unmount()
  })

  it('go back once the user discards', async () => {
    const { unmount } = await visit('A', 'B')
    dirtyEditorAnswering(true)
    window.history.back()
    await waitFor(() => expect(routerLocation()).toBe('/a'))
    expect(window.location.pathname).toBe('/a')
    expect(asked).toBe(1)
    unmount()
  })

  it('undo and replay a jump of several entries as one move', async () => {
    const { unmount } = await visit('A', 'B', 'C')
    dirtyEditorAnswering(false, true)
    window.history.go(-2)
    await waitFor(() => expect(asked).toBe(1))
    await settle()
    expect(routerLocation()).toBe('/c')
    window.history.go(-2)
    await waitFor(() => expect(routerLocation()).toBe('/a'))
    expect(asked).toBe(2)
    unmount()
  })

  it('guard the forward button the same way', async () => {
    const { unmount } = await visit('A', 'B')
    window.history.back()
    await waitFor(() => expect(routerLocation()).toBe('/a'))
    dirtyEditorAnswering(false, true)
    window.history.forward()
    await waitFor(() => expect(asked).toBe(1))
    await settle()
    expect(routerLocation()).toBe('/a')
    window.history.forward()
    await waitFor(() => expect(routerLocation()).toBe('/b'))
    unmount()
  })
})
