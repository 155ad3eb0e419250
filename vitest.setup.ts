import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeAll } from 'vitest'
import '@mocks/testing/setup'
import { startI18n } from '@/i18n/i18n'
import { setListFrameHeight } from '@/test/listFrame'

/**
 * Integration tests render the real app against the simulator in Node (a console error or warning
 * fails the test in every project: src/test/setupConsoleGuard.ts).
 */
beforeAll(async () => {
  await startI18n('en')
})

// A wait fails only when its condition never holds, so the limit costs nothing on a passing test.
// It is generous because on a busy 2-core runner one test file's first render (every module of the
// app evaluated in a fresh jsdom, a lazy page transformed on demand) has taken 18 s.
configure({ asyncUtilTimeout: 20_000 })

// jsdom lays nothing out and has no scrollIntoView; the app calls it as every browser has it.
Element.prototype.scrollIntoView = function scrollIntoView() {}

afterEach(() => {
  cleanup()
  setListFrameHeight()
  localStorage.clear()
})
