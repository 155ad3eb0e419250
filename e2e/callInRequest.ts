import type { Page } from '@playwright/test'
import { DEMO_API_KEY } from '@mocks/seed/tenant'
import { callInCreate } from '@mocks/testing/officialClient'

/** What the engagement API answers an app's call-in request (accessCode when the group uses codes). */
export interface MadeCallIn {
  id: string
  toPhoneNumber: string
  accessCode: number
}

/**
 * A Click-To-Call-In request made as an app makes it: the official client's CallInApi request, sent
 * from the page to its demo tenant (the browser sets its own User-Agent).
 */
export async function makeCallInRequest(
  page: Page,
  groupName: string,
  fromPhoneNumber?: string,
): Promise<MadeCallIn> {
  return page.evaluate(
    async (wire) => {
      const { 'User-Agent': _agent, ...headers } = wire.headers
      const response = await fetch(wire.path, {
        method: wire.method,
        headers,
        body: wire.body ?? null,
      })
      return ((await response.json()) as { data: MadeCallIn }).data
    },
    callInCreate(DEMO_API_KEY, groupName, fromPhoneNumber),
  )
}
