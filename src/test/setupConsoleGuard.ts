import { afterAll, afterEach } from 'vitest'
import { installConsoleGuard } from './consoleGuard'

/**
 * Setup file of every Vitest project (vite.config.ts): a console error or warning fails the test.
 * Registered first, so with Vitest's stacked hooks this check runs after the test file's own
 * afterEach (a cleanup that logs is caught too). What is printed after the last test (a late
 * promise) fails the file.
 */
const guard = installConsoleGuard()

afterEach(() => guard.check())
afterAll(() => guard.check())
