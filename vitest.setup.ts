import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeAll } from 'vitest'
import '@mocks/testing/setup'
import { startI18n } from '@/i18n/i18n'

/**
 * Integration tests render the real app against the simulator in Node (a console error or warning
 * fails the test in every project: src/test/setupConsoleGuard.ts).
 */
beforeAll(async () => {
  await startI18n('en')
})

// A lazy page's first import is transformed on demand; on a busy 2-core CI runner that alone can
// outlast Testing Library's 1 s default, so waits allow longer before calling it a failure.
configure({ asyncUtilTimeout: 5000 })

afterEach(() => {
  cleanup()
  localStorage.clear()
})
