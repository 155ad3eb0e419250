import { beforeEach } from 'vitest'
import { currentSimulator, server } from '../node'
import { findSecrets, type SecretFind } from './secretScan'

/**
 * For a test file of the in-process tenant: keep every answer it gives during each test, and
 * return a check that finds a secret anywhere the tenant could let one out — those answers, its
 * error records, its stored state.
 */
export function watchTenantForLeaks(): (secrets: readonly string[]) => SecretFind[] {
  const answers: string[] = []
  server.events.on('response:mocked', ({ response }) => {
    void response
      .clone()
      .text()
      .then((text) => answers.push(text))
  })
  beforeEach(() => {
    answers.length = 0
  })
  return (secrets) => {
    const state = currentSimulator().tenant().state
    return findSecrets(
      {
        answers: answers.join('\n'),
        errors: JSON.stringify(state.errors),
        state: JSON.stringify(state),
      },
      secrets,
    )
  }
}
