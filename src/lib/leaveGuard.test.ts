import { waitFor } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  confirmLeave,
  hasUnsavedChanges,
  installHistoryGuard,
  setEditorDirty,
  setLeavePrompt,
} from './leaveGuard'

const editor = Symbol('editor')
const popped = () =>
  new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }))
const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

/** A router stand-in: it only sees the moves the guard lets through, registered after the guard. */
const routerSaw: string[] = []

beforeAll(() => {
  installHistoryGuard()
  window.addEventListener('popstate', () => routerSaw.push(window.location.pathname))
})

afterEach(() => {
  setEditorDirty(editor, false)
  setLeavePrompt(undefined)
  routerSaw.length = 0
})

describe('confirmLeave', () => {
  it('lets the user go at once when nothing is unsaved', async () => {
    setLeavePrompt(() => Promise.reject(new Error('must not ask')))
    await expect(confirmLeave()).resolves.toBe(true)
  })

  it('asks while an editor is dirty; "keep editing" keeps the changes marked', async () => {
    setEditorDirty(editor, true)
    setLeavePrompt(() => Promise.resolve(false))
    await expect(confirmLeave()).resolves.toBe(false)
    expect(hasUnsavedChanges()).toBe(true)
  })

  it('"discard" clears the unsaved mark', async () => {
    setEditorDirty(editor, true)
    setLeavePrompt(() => Promise.resolve(true))
    await expect(confirmLeave()).resolves.toBe(true)
    expect(hasUnsavedChanges()).toBe(false)
  })
})

describe('the back button', () => {
  it('passes through untouched when nothing is unsaved', async () => {
    window.history.pushState({ idx: 1 }, '', '/tools/queues')
    window.history.pushState({ idx: 2 }, '', '/tools/capacity')
    const pop = popped()
    window.history.back()
    await pop
    expect(window.location.pathname).toBe('/tools/queues')
    expect(routerSaw).toEqual(['/tools/queues'])
  })

  it('is undone and never reaches the router when the user keeps editing', async () => {
    window.history.pushState({ idx: 3 }, '', '/tools/number-rules')
    window.history.pushState({ idx: 4 }, '', '/tools/capacity')
    setEditorDirty(editor, true)
    let asked = 0
    setLeavePrompt(() => {
      asked++
      return Promise.resolve(false)
    })
    window.history.back()
    await waitFor(() => expect(asked).toBe(1))
    await settle()
    expect(window.location.pathname).toBe('/tools/capacity')
    expect(routerSaw).toEqual([])
  })

  it('is replayed for the router once the user discards', async () => {
    window.history.pushState({ idx: 5 }, '', '/tools/number-rules')
    window.history.pushState({ idx: 6 }, '', '/tools/capacity')
    setEditorDirty(editor, true)
    setLeavePrompt(() => Promise.resolve(true))
    window.history.back()
    await waitFor(() => expect(window.location.pathname).toBe('/tools/number-rules'))
    await settle()
    expect(routerSaw).toEqual(['/tools/number-rules'])
  })
})
