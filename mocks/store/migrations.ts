import { DAY_MS } from '@/domain/zonedTime'
import { seedCallInGroups } from '../seed/callInGroups'
import { DEMO_USERS } from '../seed/tenant'
import { concernedQueues, namedInRequest } from '../sim/errorConcerns'
import { shapeProblem } from './stateShape'
import type { SimulatedRecaptcha, TenantCredentials, TenantState } from './types'

/** A tenant with no credentials saved (a fresh seed, and older tenants upgraded). */
export const emptyCredentials = (): TenantCredentials => ({
  firebase: null,
  gws: null,
  captchaKeySets: [],
})
export const emptyRecaptcha = (): SimulatedRecaptcha => ({ sites: [], tokens: [] })

/** The version of TenantState this build writes; bump it with a step in STEPS below. */
export const STATE_SCHEMA = 6

/** Why a saved tenant cannot be used as it is; the message says what to do. */
export class StoredStateError extends Error {
  constructor(
    readonly kind: 'damaged' | 'newer',
    message: string,
  ) {
    super(message)
  }
}

type Raw = Record<string, unknown>

/** What every code path reads of a callback: a record without these would fail later, mid-request. */
function isCallback(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const c = value as Raw
  return (
    typeof c.id === 'string' &&
    typeof c.serviceName === 'string' &&
    typeof c.phoneNumber === 'string' &&
    typeof c.state === 'string' &&
    typeof c.desiredTime === 'string' &&
    !Number.isNaN(Date.parse(c.desiredTime)) &&
    typeof c.updatedAt === 'string' &&
    typeof c.metrics === 'object' &&
    c.metrics !== null &&
    (c.next === undefined ||
      (typeof c.next === 'object' &&
        c.next !== null &&
        typeof (c.next as Raw).event === 'string' &&
        Number.isFinite((c.next as Raw).at)))
  )
}

/** What the call-in desk and the Call-In tab read of a record. */
function isCallIn(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const c = value as Raw
  return (
    typeof c.id === 'string' &&
    (c.state === 'CREATED' || c.state === 'COMPLETED' || c.state === 'EXPIRED') &&
    typeof c.groupName === 'string' &&
    typeof c.dnis === 'string' &&
    typeof c.createdAt === 'string' &&
    !Number.isNaN(Date.parse(c.createdAt)) &&
    typeof c.expiresAt === 'string' &&
    !Number.isNaN(Date.parse(c.expiresAt))
  )
}

/**
 * Upgrades of a saved state by one schema version each: `STEPS[n]` turns version n into n + 1.
 * Both stores (IndexedDB in the page, SQLite in the tenant server) load through here, so a newer
 * build keeps an older tenant instead of throwing it away. Version 2 is the oldest one kept.
 */
const STEPS: Record<number, (state: Raw) => void> = {
  // 2 → 3: Click-To-Call-In groups; an older tenant gets the seeded ones, dated a day before its seed.
  2: (state) => {
    const seededAt = typeof state.seededAt === 'number' ? state.seededAt : 0
    state.callInGroups = seedCallInGroups(new Date(seededAt - DAY_MS).toISOString())
  },
  // 3 → 4: Click-To-Call-In records. An older tenant had none (they are history, not settings);
  // simulated consumers call for its new requests, as on a fresh seed.
  3: (state) => {
    state.callIns = []
    state.simulatedCallers = true
  },
  // 4 → 5 (Developer tab): errors get an ID and the queues they concern (from what was kept of
  // them: URL, message, body); the API key check throttle; the sales.developer demo account.
  4: (state) => {
    const queues = (state.queues as Array<{ name: string }>).map((q) => q.name)
    const callbacks = new Map(
      (state.callbacks as Array<{ id: string; serviceName: string }>).map((c) => [
        c.id,
        c.serviceName,
      ]),
    )
    // New entries, not edited ones: the SQLite store finds a log's changes by identity, so the
    // upgraded errors replace the stored ones on the next save.
    state.errors = (state.errors as Raw[]).map((error, index) => ({
      ...error,
      id: error.id ?? `upgraded-${index}`,
      queues: error.queues ?? upgradedConcerns(error, queues, (id) => callbacks.get(id)),
    }))
    state.apiKeyChecks ??= {}
    const users = state.users as Array<{ username: string }>
    const added = DEMO_USERS.find((u) => u.username === 'sales.developer')
    if (added && !users.some((u) => u.username === added.username)) users.push({ ...added })
  },
  // 5 → 6: Developer > Credential Management, and the simulated reCAPTCHA. Nothing was saved before.
  5: (state) => {
    state.credentials = emptyCredentials()
    state.recaptcha = emptyRecaptcha()
  },
}
const OLDEST_MIGRATABLE = 2

/** The queues an error of schema 4 or older concerns, from what it kept: its URL, message and body. */
function upgradedConcerns(
  error: Raw,
  queues: readonly string[],
  queueOfCallback: (id: string) => string | undefined,
): string[] {
  const text = (value: unknown) => (typeof value === 'string' ? value : '')
  const url = new URL(text(error.url), 'http://tenant.invalid')
  const body = text(error.requestBody)
  return concernedQueues(
    { ...namedInRequest(url, body, {}), texts: [text(error.url), text(error.message), body] },
    queues,
    queueOfCallback,
  )
}

/** The parts every version has: an upgrade step may rely on them. */
const ARRAYS = ['apiKeys', 'users', 'queues', 'callbacks', 'sessions', 'errors'] as const

/**
 * A saved state brought to this build's schema, or a StoredStateError that says why it cannot be:
 * written by a newer build, or damaged (not an object, parts missing or of the wrong shape).
 */
export function migrateState(saved: unknown): TenantState {
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved))
    throw new StoredStateError('damaged', 'the saved tenant is not an object')
  const state = saved as Raw
  const version = state.schema
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw new StoredStateError('damaged', 'the saved tenant has no schema version')
  if (version > STATE_SCHEMA)
    throw new StoredStateError(
      'newer',
      `the saved tenant was written by a newer version of Callback Admin (schema ${version}; this one reads up to ${STATE_SCHEMA})`,
    )
  if (version < OLDEST_MIGRATABLE)
    throw new StoredStateError(
      'damaged',
      `the saved tenant uses schema ${version}, older than any this version can upgrade (${OLDEST_MIGRATABLE})`,
    )
  for (const key of ARRAYS) {
    if (!Array.isArray(state[key]))
      throw new StoredStateError('damaged', `the saved tenant's ${key} are missing or damaged`)
  }
  const broken = (state.callbacks as unknown[]).findIndex((c) => !isCallback(c))
  if (broken >= 0)
    throw new StoredStateError(
      'damaged',
      `the saved tenant's callback number ${broken + 1} is damaged`,
    )
  if (version >= 4) {
    if (!Array.isArray(state.callIns))
      throw new StoredStateError('damaged', "the saved tenant's call-in records are missing")
    const brokenCallIn = (state.callIns as unknown[]).findIndex((c) => !isCallIn(c))
    if (brokenCallIn >= 0)
      throw new StoredStateError(
        'damaged',
        `the saved tenant's call-in record number ${brokenCallIn + 1} is damaged`,
      )
  }
  for (let v = version; v < STATE_SCHEMA; v++) {
    const step = STEPS[v]
    if (!step) throw new StoredStateError('damaged', `no upgrade from schema ${v}`)
    try {
      step(state)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new StoredStateError('damaged', `the upgrade from schema ${v} failed (${reason})`)
    }
    state.schema = v + 1
  }
  const problem = shapeProblem(state)
  if (problem) throw new StoredStateError('damaged', problem)
  return state as unknown as TenantState
}
