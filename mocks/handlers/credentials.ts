import { z } from 'zod'
import {
  firebaseCredentialsProblems,
  firebaseTestProblems,
  normalizePrivateKey,
  privateKeyHint,
  senderMatchesApp,
} from '@/domain/firebaseCredentials'
import { gwsCredentialsProblems } from '@/domain/gwsCredentials'
import { secretHint } from '@/domain/secretHint'
import type { Simulator } from '../sim/simulator'
import type { FirebaseCredentialsRecord, GwsCredentialsRecord } from '../store/types'
import { assertCredentialVersion, refuseFirst } from './credentialProblems'
import { jsonBody, ok, requirePermission, route, type Ctx } from './respond'
import { parse } from './validate'

/**
 * Developer > Credential Management: the Firebase (push notification) and GWS (statistics proxy)
 * credentials, one of each per tenant. Secrets are write-only: what is answered, here and anywhere
 * else, is the project, the username, and hints of a few characters.
 */
const BASE = '/admin/v1/credentials'

/**
 * Types only, and a bound far above any real value so a hostile body is refused before it is
 * looked at; what a value must be is the domain's to say (refuseFirst), in the editor's words.
 */
const text = z.string({ error: 'must be text' }).max(1_100_000)
const version = z.number({ error: 'must be a number' }).int().min(0)

const firebaseBody = z.object({
  projectName: text,
  clientEmail: text,
  privateKey: text,
  version,
})
const firebaseTestBody = z.object({ appId: text, apiKey: text, senderId: text })
const gwsBody = z.object({ username: text, password: text, version })

const requireDeveloper = (ctx: Ctx) => requirePermission(ctx, 'developer.view')

function stampOf(ctx: Ctx, saved: { version: number } | null) {
  return {
    version: (saved?.version ?? 0) + 1,
    updatedAt: new Date(ctx.now).toISOString(),
    updatedBy: ctx.auth.user.username,
  }
}

/**
 * The tenant's checks of a web app against the saved credentials, in the order the Administrator's
 * Guide has a developer look at them. The browser's own step (showing the notification) follows on
 * the page when all pass.
 */
function testChecks(
  saved: FirebaseCredentialsRecord | null,
  input: z.output<typeof firebaseTestBody>,
) {
  const problems = firebaseTestProblems(input)
  const fieldOk = (field: 'appId' | 'apiKey' | 'senderId') =>
    !problems.some((p) => p.field === field)
  const checks = [
    {
      check: 'credentials' as const,
      passed: saved !== null,
      message: saved
        ? `Firebase credentials of project ${saved.projectName} are saved.`
        : 'No Firebase credentials are saved: update them first.',
    },
    {
      check: 'appId' as const,
      passed: fieldOk('appId'),
      message: fieldOk('appId')
        ? 'The App ID is a web app ID.'
        : 'The App ID is not the ID of a web app (1:<project number>:web:<hexadecimal>).',
    },
    {
      check: 'apiKey' as const,
      passed: fieldOk('apiKey'),
      message: fieldOk('apiKey')
        ? 'The public API key is a Google API key.'
        : 'The public API key is not a Google API key (AIza…, 39 characters).',
    },
    {
      check: 'senderId' as const,
      passed: fieldOk('senderId'),
      message: fieldOk('senderId')
        ? 'The sender ID is a project number.'
        : 'The sender ID is not a project number (digits only).',
    },
    {
      check: 'senderMatchesApp' as const,
      passed: senderMatchesApp(input),
      message: senderMatchesApp(input)
        ? 'The sender ID is the project number in the App ID.'
        : 'The sender ID is not the project number in the App ID: both must come from the same Firebase project.',
    },
  ]
  return checks
}

export function credentialHandlers(sim: () => Simulator) {
  return [
    route(sim, 'get', `${BASE}/firebase`, 'session', (ctx) => {
      requireDeveloper(ctx)
      return ok(ctx, ctx.tenant.state.credentials.firebase)
    }),

    route(sim, 'put', `${BASE}/firebase`, 'session', async (ctx) => {
      requireDeveloper(ctx)
      const input = parse(firebaseBody, jsonBody(ctx))
      const problems = await firebaseCredentialsProblems(input)
      // Nothing awaited from here on: the version read is the version replaced. A stale save hears
      // of the newer credentials before anything about its own fields.
      const credentials = ctx.tenant.state.credentials
      assertCredentialVersion(credentials.firebase, input.version, 'Firebase credentials')
      refuseFirst(problems)
      const saved: FirebaseCredentialsRecord = {
        id: 'firebase',
        ...stampOf(ctx, credentials.firebase),
        projectName: input.projectName.trim(),
        clientEmailHint: secretHint(input.clientEmail),
        privateKeyHint: privateKeyHint(normalizePrivateKey(input.privateKey)),
      }
      credentials.firebase = saved
      ctx.tenant.onChange?.()
      return ok(ctx, saved)
    }),

    route(sim, 'post', `${BASE}/firebase/test`, 'session', (ctx) => {
      requireDeveloper(ctx)
      const input = parse(firebaseTestBody, jsonBody(ctx))
      const saved = ctx.tenant.state.credentials.firebase
      const checks = testChecks(saved, input)
      const passed = checks.every((c) => c.passed)
      return ok(ctx, {
        passed,
        checks,
        ...(passed && saved
          ? {
              notification: {
                title: 'Callback push notifications work',
                body: `Firebase project ${saved.projectName} can deliver notifications to this browser.`,
                tag: `callback-firebase-test-${ctx.corrId}`,
              },
            }
          : {}),
      })
    }),

    route(sim, 'get', `${BASE}/gws`, 'session', (ctx) => {
      requireDeveloper(ctx)
      return ok(ctx, ctx.tenant.state.credentials.gws)
    }),

    route(sim, 'put', `${BASE}/gws`, 'session', (ctx) => {
      requireDeveloper(ctx)
      const input = parse(gwsBody, jsonBody(ctx))
      const credentials = ctx.tenant.state.credentials
      assertCredentialVersion(credentials.gws, input.version, 'GWS credentials')
      refuseFirst(gwsCredentialsProblems(input))
      // The simulated tenant has no GWS to sign in to: it keeps that credentials are set, never the
      // password (a real backend keeps it encrypted, to sign in).
      const saved: GwsCredentialsRecord = {
        id: 'gws',
        ...stampOf(ctx, credentials.gws),
        username: input.username.trim(),
      }
      credentials.gws = saved
      ctx.tenant.onChange?.()
      return ok(ctx, saved)
    }),
  ]
}
