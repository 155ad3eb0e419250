import { afterAll, afterEach, beforeAll } from 'vitest'
import { configureApi } from '@/api/client'
import { resetTenant, server } from '../node'
import { installCookieJar } from './cookieJar'

/** Vitest setup shared by simulator and UI tests: MSW in Node, a cookie jar, a fresh tenant per test. */
export const TEST_ORIGIN = 'http://localhost:3000'
let jar: ReturnType<typeof installCookieJar>

beforeAll(() => {
  server.listen({ onUnhandledFrame: 'error' })
  jar = installCookieJar()
  configureApi(TEST_ORIGIN)
})

afterEach(() => {
  server.resetHandlers()
  jar.clear()
  resetTenant()
})

afterAll(() => {
  jar.uninstall()
  server.close()
})
