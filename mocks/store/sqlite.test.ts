import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { MAX_CALL_IN_RECORDS } from '@/domain/callInQuery'
import { seedTenant } from '../seed/seedTenant'
import { Tenant } from '../sim/tenant'
import { migrateState } from './migrations'
import { DatabaseSync } from 'node:sqlite'
import { sqliteStore, STORE_LAYOUT_VERSION, type SqliteStore } from './sqlite'
import type { TenantState } from './types'
import { defined } from '@/test/defined'

/**
 * The SQLite store writes only what changed; these check that what it reads back is exactly the
 * state in memory, whatever sequence of changes came before (the bug this guards against: a change
 * the store never heard of, lost on the next restart).
 */
const NOW = Date.parse('2026-11-18T15:00:00.000Z')
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function openStore(): { store: SqliteStore; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'callback-store-'))
  dirs.push(dir)
  const file = join(dir, 'tenant.sqlite')
  return { store: sqliteStore(file), file }
}

/** The state as JSON would carry it (undefined fields dropped), for comparison. */
const plain = (state: TenantState): unknown => JSON.parse(JSON.stringify(state))

async function reread(file: string): Promise<TenantState> {
  const again = sqliteStore(file)
  try {
    return migrateState(await again.load())
  } finally {
    again.close()
  }
}

type Op =
  | { kind: 'create'; minutes: number; scheduled: boolean }
  | { kind: 'cancel'; pick: number }
  | { kind: 'reschedule'; pick: number; minutes: number }
  | { kind: 'advance'; minutes: number }
  | { kind: 'error'; n: number }
  | { kind: 'trimErrors'; keep: number }
  | { kind: 'cancellation'; n: number }
  | { kind: 'idempotency'; n: number }
  | { kind: 'dropIdempotency'; count: number }
  | { kind: 'preference'; language: 'en' | 'fr' }
  | { kind: 'groupEdit'; pick: number; n: number }
  | { kind: 'groupDelete'; pick: number }
  | { kind: 'callIn'; group: number; withPhone: boolean }
  | { kind: 'dial'; pick: number; rightCode: boolean }
  | { kind: 'callers'; on: boolean }
  | { kind: 'keySet'; n: number; active: boolean }
  | { kind: 'recaptchaToken'; n: number; verify: number }
  | { kind: 'save' }

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('create' as const),
    minutes: fc.integer({ min: 0, max: 20_000 }),
    scheduled: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('reschedule' as const),
    pick: fc.nat(),
    minutes: fc.integer({ min: 60, max: 20_000 }),
  }),
  fc.record({ kind: fc.constant('advance' as const), minutes: fc.integer({ min: 1, max: 600 }) }),
  fc.record({ kind: fc.constant('error' as const), n: fc.nat() }),
  fc.record({ kind: fc.constant('trimErrors' as const), keep: fc.nat({ max: 5 }) }),
  fc.record({ kind: fc.constant('cancellation' as const), n: fc.nat() }),
  fc.record({ kind: fc.constant('idempotency' as const), n: fc.nat() }),
  fc.record({ kind: fc.constant('dropIdempotency' as const), count: fc.nat({ max: 3 }) }),
  fc.record({
    kind: fc.constantFrom('preference' as const),
    language: fc.constantFrom('en' as const, 'fr' as const),
  }),
  fc.record({ kind: fc.constant('groupEdit' as const), pick: fc.nat(), n: fc.nat({ max: 9999 }) }),
  fc.record({ kind: fc.constant('groupDelete' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('callIn' as const),
    group: fc.nat(),
    withPhone: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('dial' as const), pick: fc.nat(), rightCode: fc.boolean() }),
  fc.record({ kind: fc.constant('callers' as const), on: fc.boolean() }),
  fc.record({ kind: fc.constant('keySet' as const), n: fc.nat({ max: 4 }), active: fc.boolean() }),
  fc.record({
    kind: fc.constant('recaptchaToken' as const),
    n: fc.nat(),
    verify: fc.nat(),
  }),
  fc.constant({ kind: 'save' as const }),
)

function apply(tenant: Tenant, o: Op, clock: { now: number }): void {
  const state = tenant.state
  const pickOf = (n: number, list = state.callbacks.filter((c) => c.state === 'SCHEDULED')) =>
    list.length ? list[n % list.length] : undefined
  const groupOf = (n: number) => state.callInGroups[n % Math.max(1, state.callInGroups.length)]
  switch (o.kind) {
    case 'create':
      tenant.create({
        serviceName: 'Service 24x7 VQ_CB',
        phoneNumber: '+14155550100',
        origin: o.scheduled ? 'SCHEDULED' : 'IMMEDIATE',
        channel: 'WEB',
        desiredTime: clock.now + (o.scheduled ? o.minutes * 60_000 : 0),
      })
      return
    case 'cancel': {
      const target = pickOf(o.pick)
      if (target) tenant.cancel(target, { username: 'admin' })
      return
    }
    case 'reschedule': {
      const target = pickOf(o.pick)
      if (target) tenant.reschedule(target, clock.now + o.minutes * 60_000, 'admin')
      return
    }
    case 'advance':
      clock.now += o.minutes * 60_000
      tenant.advanceTo(clock.now)
      return
    case 'error':
      state.errors.unshift({
        id: `e${o.n}`,
        queues: [],
        corrId: `c${o.n}`,
        url: '/x',
        method: 'GET',
        timeStamp: new Date(clock.now).toISOString(),
        statusCode: 400,
        code: 40001,
        message: `error ${o.n}`,
      })
      return
    case 'trimErrors':
      if (state.errors.length > o.keep) state.errors.length = o.keep
      return
    case 'cancellation':
      state.cancellations.push({
        username: 'admin',
        id: `x${o.n}`,
        phoneNumber: '+14155550100',
        serviceName: 'Service 24x7 VQ_CB',
        desiredTime: new Date(clock.now).toISOString(),
        requestedAt: new Date(clock.now).toISOString(),
        status: 'CANCELLED',
      })
      return
    case 'idempotency':
      state.idempotency.push({
        key: `k${o.n}`,
        username: 'admin',
        fingerprint: 'f',
        status: 200,
        body: {},
        at: clock.now,
      })
      return
    case 'dropIdempotency':
      state.idempotency.splice(0, o.count)
      return
    case 'preference':
      state.preferences.admin = {
        ...(state.preferences.admin ?? {}),
        language: o.language,
      } as TenantState['preferences'][string]
      return
    case 'groupEdit': {
      // Edited in place, as the handlers' saves replace a group's pool and settings.
      const group = groupOf(o.pick)
      if (!group) return
      group.dnis.push({ number: `+4420794${String(o.n).padStart(5, '0')}`, description: `n${o.n}` })
      group.expirySeconds = 10 + (o.n % 1790)
      group.version += 1
      return
    }
    case 'groupDelete': {
      const group = groupOf(o.pick)
      if (group) state.callInGroups.splice(state.callInGroups.indexOf(group), 1)
      return
    }
    case 'callIn': {
      const group = groupOf(o.group)
      if (!group) return
      tenant.callIns.create(
        group,
        o.withPhone ? { fromPhoneNumber: '+14155550100' } : {},
        clock.now,
      )
      return
    }
    case 'dial': {
      const waiting = state.callIns.filter((c) => c.state === 'CREATED')
      const target = waiting.length ? waiting[o.pick % waiting.length] : undefined
      if (target)
        tenant.callIns.call(
          {
            dnis: target.dnis,
            ani: target.fromPhoneNumber,
            accessCode: o.rightCode ? target.accessCode : '0',
          },
          clock.now,
        )
      return
    }
    case 'callers':
      state.simulatedCallers = o.on
      return
    case 'keySet': {
      // Credentials are edited in place (a key set saved again, switched on or off).
      const keySets = state.credentials.captchaKeySets
      const existing = keySets.find((k) => k.id === `ks${o.n}`)
      if (existing) {
        existing.active = o.active
        existing.version += 1
        return
      }
      keySets.push({
        id: `ks${o.n}`,
        version: 1,
        updatedAt: new Date(clock.now).toISOString(),
        updatedBy: 'developer',
        type: 'V2VISIBLE',
        name: `Key set ${o.n}`,
        siteKey: `site${o.n}`.padEnd(40, 'x'),
        threshold: 50,
        active: o.active,
        secretKeyHint: 'abcd•••wxyz',
        secretDigest: 'ab'.repeat(32),
      })
      return
    }
    case 'recaptchaToken': {
      const tokens = state.recaptcha.tokens
      tokens.push({ token: `t${o.n}`, siteKey: 's', issuedAt: clock.now })
      const used = defined(tokens[o.verify % tokens.length])
      used.verifiedAt ??= clock.now
      return
    }
    case 'save':
      return
  }
}

describe('the SQLite store', () => {
  it('reads back exactly the state in memory after any sequence of changes and saves', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 40 }), async (ops) => {
        const clock = { now: NOW }
        const tenant = seedTenant({ now: NOW, size: 60 })
        const { store, file } = openStore()
        try {
          await store.save(tenant)
          for (const o of ops) {
            apply(tenant, o, clock)
            if (o.kind === 'save') await store.save(tenant)
          }
          await store.save(tenant)
          expect(plain(await reread(file))).toEqual(plain(tenant.state))
        } finally {
          store.close()
        }
      }),
      { numRuns: 30 },
    )
  }, 60_000)

  it('keeps at most 5,000 call-in records, dropping the oldest from the file too', async () => {
    const clock = { now: NOW }
    const tenant = seedTenant({ now: NOW, size: 60 })
    const { store, file } = openStore()
    await store.save(tenant)
    const group = defined(tenant.state.callInGroups.find((g) => !g.uniqueDnis))
    const first = defined(tenant.callIns.create(group, {}, clock.now))
    for (let i = 0; i < MAX_CALL_IN_RECORDS; i++) {
      clock.now += 1000
      tenant.advanceTo(clock.now)
      tenant.callIns.create(group, {}, clock.now)
      if (i % 1000 === 0) await store.save(tenant)
    }
    await store.save(tenant)
    expect(tenant.state.callIns).toHaveLength(MAX_CALL_IN_RECORDS)
    expect(tenant.callIns.get(first.id)).toBeUndefined()
    const back = await reread(file)
    expect(back.callIns.map((c) => c.id)).toEqual(tenant.state.callIns.map((c) => c.id))
    expect(plain(back)).toEqual(plain(tenant.state))
    store.close()
  }, 60_000)

  it('writes only the callbacks that changed', async () => {
    const tenant = seedTenant({ now: NOW, size: 300 })
    const { store } = openStore()
    await store.save(tenant)
    expect(tenant.changes.size).toBe(0)
    const target = defined(tenant.state.callbacks.find((c) => c.state === 'SCHEDULED'))
    tenant.cancel(target, { username: 'admin' })
    expect(tenant.changes.size).toBe(1)
    await store.save(tenant)
    expect(tenant.changes.size).toBe(0)
    store.close()
  })

  it('keeps the changes of a failed write for the next one', async () => {
    const tenant = seedTenant({ now: NOW, size: 100 })
    const { store, file } = openStore()
    await store.save(tenant)
    store.close()
    const target = defined(tenant.state.callbacks.find((c) => c.state === 'SCHEDULED'))
    tenant.cancel(target, { username: 'admin' })
    await expect(store.save(tenant)).rejects.toThrow()
    expect(tenant.changes.size).toBe(1)
    const reopened = sqliteStore(file)
    await reopened.load()
    await reopened.save(tenant)
    expect(plain(await reread(file))).toEqual(plain(tenant.state))
    reopened.close()
  })

  it('upgrades a file of the first layout (WITHOUT ROWID tables) and keeps every record', async () => {
    const tenant = seedTenant({ now: NOW, size: 200 })
    const { store, file } = openStore()
    await store.save(tenant)
    store.close()
    // Turn the file back into layout 1, as the first tenant servers wrote it.
    const db = new DatabaseSync(file)
    db.exec(`BEGIN;
      DROP INDEX callbacks_by_time;
      ALTER TABLE docs RENAME TO d; ALTER TABLE callbacks RENAME TO c; ALTER TABLE rows RENAME TO r; ALTER TABLE logs RENAME TO l;
      CREATE TABLE docs (key TEXT PRIMARY KEY, json TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE callbacks (id TEXT PRIMARY KEY, service_name TEXT NOT NULL, phone_number TEXT NOT NULL,
        state TEXT NOT NULL, reason TEXT, desired_time TEXT NOT NULL, updated_at TEXT NOT NULL, record TEXT NOT NULL) WITHOUT ROWID;
      CREATE INDEX callbacks_by_time ON callbacks (desired_time, id);
      CREATE TABLE rows (list TEXT NOT NULL, id TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (list, id)) WITHOUT ROWID;
      CREATE TABLE logs (log TEXT NOT NULL, seq INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (log, seq)) WITHOUT ROWID;
      INSERT INTO docs SELECT * FROM d; INSERT INTO callbacks SELECT * FROM c; INSERT INTO rows SELECT * FROM r; INSERT INTO logs SELECT * FROM l;
      DROP TABLE d; DROP TABLE c; DROP TABLE r; DROP TABLE l;
      PRAGMA user_version = 1; COMMIT;`)
    db.close()
    expect(plain(await reread(file))).toEqual(plain(tenant.state))
    const upgraded = new DatabaseSync(file, { readOnly: true })
    const version = upgraded.prepare('PRAGMA user_version').get() as { user_version: number }
    const callbacksSql = upgraded
      .prepare("SELECT sql FROM sqlite_master WHERE name = 'callbacks'")
      .get() as { sql: string }
    upgraded.close()
    expect(version.user_version).toBe(STORE_LAYOUT_VERSION)
    expect(callbacksSql.sql).not.toMatch(/WITHOUT ROWID/)
  })

  it('rewrites the errors a schema upgrade changed, so the next start reads them upgraded', async () => {
    const tenant = seedTenant({ now: NOW, size: 40 })
    for (const n of [1, 2]) apply(tenant, { kind: 'error', n }, { now: NOW })
    const { store, file } = openStore()
    await store.save(tenant)
    store.close()
    // Turn the file back into schema 4: errors without an ID or their queues.
    const db = new DatabaseSync(file)
    db.exec(`UPDATE meta SET value = '4' WHERE key = 'stateSchema';
      UPDATE logs SET json = json_remove(json, '$.id', '$.queues') WHERE log = 'errors';`)
    db.close()
    const upgrading = sqliteStore(file)
    const upgraded = new Tenant(migrateState(await upgrading.load()), NOW)
    expect(upgraded.state.errors.map((e) => e.id)).toEqual(['upgraded-0', 'upgraded-1'])
    await upgrading.save(upgraded)
    upgrading.close()
    expect(plain(await reread(file))).toEqual(plain(upgraded.state))
  })
})
