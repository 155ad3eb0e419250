import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeAll, vi } from 'vitest'
import './mocks/testing/setup'
import { startI18n } from './src/i18n/i18n'

/**
 * Integration tests render the real app against the simulator in Node. A console error or warning
 * fails the test: React and MUI only complain about real bugs.
 */
beforeAll(async () => {
  await startI18n('en')
})

// A lazy page's first import is transformed on demand; on a busy 2-core CI runner that alone can
// outlast Testing Library's 1 s default, so waits allow longer before calling it a failure.
configure({ asyncUtilTimeout: 5000 })

const failOn = (kind: 'error' | 'warn') =>
  vi.spyOn(console, kind).mockImplementation((...args: unknown[]) => {
    const text = args.map(String).join(' ')
    throw new Error(`console.${kind} during a test: ${text}`)
  })

beforeAll(() => {
  failOn('error')
  failOn('warn')
})

afterEach(() => {
  cleanup()
  localStorage.clear()
})
