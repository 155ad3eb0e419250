import { waitFor } from '@testing-library/react'
import { http } from 'msw'
import { expect } from 'vitest'
import { server } from '@mocks/node'

type Method = 'get' | 'post' | 'put' | 'delete'

/**
 * Holds the requests to one endpoint of the simulator until `release()`: what a user can do while
 * a save is in flight, without depending on timing. `path` is the contract's path with :params.
 * A held request then goes on to the simulator as usual (a handler that returns nothing falls
 * through to the next one).
 */
export function holdRequests(method: Method, path: string) {
  let release = () => {}
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  let arrived = 0
  server.use(
    http[method](`*${path}`, async () => {
      arrived += 1
      await released
    }),
  )
  return {
    /** Resolves once `count` requests are waiting (or went through). */
    arrived: (count = 1) => waitFor(() => expect(arrived).toBeGreaterThanOrEqual(count)),
    release: () => release(),
    /** How many requests have arrived so far. */
    count: () => arrived,
  }
}
