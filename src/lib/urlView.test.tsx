import { act, render, renderHook, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { MemoryRouter, useLocation } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { StableNavigation } from './stableNavigate'
import { pageOf, useUrlView, WAIT_FOR_ROWS_MS } from './urlView'

type View = { page: number; sort: string }
const DEFAULTS: View = { page: 1, sort: 'name' }
const parse = (params: URLSearchParams): View => ({
  page: pageOf(params.get('page')),
  sort: params.get('sort') ?? DEFAULTS.sort,
})

function deferred() {
  let resolve!: () => void
  let reject!: (error: Error) => void
  const promise = new Promise<void>((yes, no) => {
    resolve = yes
    reject = no
  })
  return { promise, resolve, reject }
}

function Router({ children }: { children: ReactNode }) {
  return (
    <MemoryRouter initialEntries={['/list']} useTransitions={false}>
      <StableNavigation>{children}</StableNavigation>
    </MemoryRouter>
  )
}

function setup(load?: (view: View) => Promise<unknown>) {
  return renderHook(() => ({ ...useUrlView(parse, DEFAULTS, load), at: useLocation().search }), {
    wrapper: Router,
  })
}

afterEach(() => {
  vi.useRealTimers()
})

describe('a change of view', () => {
  it('without a loader, is in the URL at once', () => {
    const { result } = setup()
    act(() => result.current.update({ page: 2 }))
    expect(result.current.at).toBe('?page=2')
    act(() => result.current.update({ sort: 'phone' }))
    expect(result.current.at).toBe('?sort=phone')
  })

  it('with a loader, requests the new rows at once and shows the view when they are there', async () => {
    const rows = deferred()
    const load = vi.fn(() => rows.promise)
    const { result } = setup(load)
    act(() => result.current.update({ page: 3 }))
    expect(load).toHaveBeenCalledWith({ page: 3, sort: 'name' })
    expect(result.current.at).toBe('')
    await act(async () => {
      rows.resolve()
      await rows.promise
    })
    expect(result.current.at).toBe('?page=3')
    expect(result.current.view).toEqual({ page: 3, sort: 'name' })
  })

  it(`shows the view after ${WAIT_FOR_ROWS_MS} ms when the rows are slower`, async () => {
    vi.useFakeTimers()
    const { result } = setup(() => new Promise(() => undefined))
    act(() => result.current.update({ sort: 'phone' }))
    await act(() => vi.advanceTimersByTimeAsync(WAIT_FOR_ROWS_MS - 1))
    expect(result.current.at).toBe('')
    await act(() => vi.advanceTimersByTimeAsync(1))
    expect(result.current.at).toBe('?sort=phone')
  })

  it('shows the view when its rows fail: the failure is the list’s to show', async () => {
    const rows = deferred()
    const { result } = setup(() => rows.promise)
    act(() => result.current.update({ page: 2 }))
    await act(async () => {
      rows.reject(new Error('500'))
      await rows.promise.catch(() => undefined)
    })
    expect(result.current.at).toBe('?page=2')
  })

  it('made while another waits, builds on it and replaces it', async () => {
    const first = deferred()
    const second = deferred()
    const load = vi.fn().mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise)
    const { result } = setup(load)
    act(() => result.current.update({ sort: 'phone' }))
    act(() => result.current.update({ page: 2 }))
    expect(load).toHaveBeenLastCalledWith({ page: 2, sort: 'phone' })
    await act(async () => {
      first.resolve()
      await first.promise
    })
    expect(result.current.at).toBe('')
    await act(async () => {
      second.resolve()
      await second.promise
    })
    expect(result.current.at).toBe('?page=2&sort=phone')
  })

  it('still waiting when the list goes away, leaves the next page’s URL alone', async () => {
    const rows = deferred()
    function List() {
      const { update } = useUrlView(parse, DEFAULTS, () => rows.promise)
      return <button onClick={() => update({ page: 2 })}>Next page</button>
    }
    function Where() {
      return <output>{useLocation().pathname + useLocation().search}</output>
    }
    const view = render(
      <Router>
        <List />
        <Where />
      </Router>,
    )
    act(() => screen.getByRole('button', { name: 'Next page' }).click())
    view.rerender(
      <Router>
        <Where />
      </Router>,
    )
    await act(async () => {
      rows.resolve()
      await rows.promise
    })
    expect(screen.getByRole('status')).toHaveTextContent(/^\/list$/)
  })
})
