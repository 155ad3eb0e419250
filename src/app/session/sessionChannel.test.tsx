import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { currentPath, renderApp } from '@/test/renderApp'

/** What another tab of the browser says reaches this one (issue 11 §3, §4). */
function anotherTab(message: unknown): void {
  const channel = new BroadcastChannel('callback-admin-session')
  channel.postMessage(message)
  channel.close()
}

describe('a tab hears the others', () => {
  it('leaves for sign-in when another tab signs out, without a request of its own', async () => {
    await renderApp('/callback', { as: 'supervisor' })
    expect(await screen.findByRole('navigation', { name: 'Sections' })).toBeVisible()
    anotherTab({ type: 'signedOut', reason: 'signedOut' })
    expect(await screen.findByLabelText('Username')).toBeVisible()
    // (The page to come back to is the window's, which the tests' memory router does not move.)
    expect(currentPath()).toMatch(/^\/sign-in\?reason=signedOut/)
  })

  it('closes its idle warning when another tab tells of activity: the user is working there', async () => {
    // A 6 s timeout warned of from the start: the warning shows on the first tick, 5 s before
    // the sign-out, which is time enough for the news to arrive however busy the machine is.
    await renderApp('/callback', {
      as: 'supervisor',
      config: { idleTimeoutMinutes: 0.1, idleWarningSeconds: 6 },
    })
    const warning = await screen.findByRole('dialog', { name: 'Still there?' }, { timeout: 3000 })
    anotherTab({ type: 'activity' })
    await waitFor(() => expect(warning).not.toBeInTheDocument())
    expect(screen.getByRole('navigation', { name: 'Sections' })).toBeVisible()
  })
})
