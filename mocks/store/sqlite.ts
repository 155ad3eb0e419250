import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { DatabaseSync, type StatementSync } from 'node:sqlite'
import type { Persistence } from '../sim/simulator'
import type { Tenant } from '../sim/tenant'
import { docKeys, LOG_KEYS, ROW_KEYS, ROW_ORDER, type LogKey, type RowKey } from './layout'
import { migrateState, StoredStateError } from './migrations'
import type { CallbackRecord, CallInRecord, TenantState } from './types'

/**
 * The tenant server's store: SQLite through Node's built-in node:sqlite, one file, no service.
 *
 * Tables (see layout.ts): `callbacks` (one row per callback, with its state, queue and times as
 * columns for anyone inspecting the file, and the whole record as JSON), `rows` (one row per record
 * of any other row-kept list), `logs` (errors, cancellations, idempotency records, in their list
 * order), `docs` (the rest of the state, one JSON document per part) and `meta`. Every write of the tenant is one transaction holding exactly what changed since the last
 * one, committed before the request that caused it is answered. WAL with synchronous=NORMAL: a
 * committed transaction survives the process being killed (kill -9) — it is in the operating
 * system's hands — and a transaction cut short is rolled back whole on the next open, so a bulk
 * cancel is stored entirely or not at all.
 */
export const STORE_LAYOUT_VERSION = 2
const CLEAR_ALL = 'DELETE FROM callbacks; DELETE FROM rows; DELETE FROM logs; DELETE FROM docs;'

/** The tables of the current layout (2). Records are large, so they live in ordinary rowid tables. */
const TABLES = `
CREATE TABLE docs (key TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE callbacks (
  id TEXT PRIMARY KEY,
  service_name TEXT NOT NULL,
  phone_number TEXT NOT NULL,
  state TEXT NOT NULL,
  reason TEXT,
  desired_time TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX callbacks_by_time ON callbacks (desired_time, id);
CREATE TABLE rows (list TEXT NOT NULL, id TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (list, id));
CREATE TABLE logs (log TEXT NOT NULL, seq INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (log, seq));
`
const SCHEMA = `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;${TABLES}`

/**
 * Upgrades of an older file, one layout version each, run in one transaction when the file is
 * opened. 1 → 2: the record tables were WITHOUT ROWID, which packs rows of a kilobyte badly (a file
 * three times larger, bulk writes several times slower): the same columns move to rowid tables.
 */
const LAYOUT_STEPS: Record<number, string> = {
  1: `DROP INDEX callbacks_by_time;
      ALTER TABLE docs RENAME TO docs_v1; ALTER TABLE callbacks RENAME TO callbacks_v1;
      ALTER TABLE rows RENAME TO rows_v1; ALTER TABLE logs RENAME TO logs_v1;
      ${TABLES}
      INSERT INTO docs SELECT * FROM docs_v1; INSERT INTO callbacks SELECT * FROM callbacks_v1;
      INSERT INTO rows SELECT * FROM rows_v1; INSERT INTO logs SELECT * FROM logs_v1;
      DROP TABLE docs_v1; DROP TABLE callbacks_v1; DROP TABLE rows_v1; DROP TABLE logs_v1;`,
}

/** What the file holds, as last written: the store compares against it to write only changes. */
interface LogBaseline {
  seqOf: Map<object, number>
  min: number
  max: number
  length: number
  first: object | undefined
  last: object | undefined
}
interface Baseline {
  docs: Map<string, string>
  logs: Map<LogKey, LogBaseline>
}

const emptyLog = (): LogBaseline => ({
  seqOf: new Map(),
  min: 0,
  max: -1,
  length: 0,
  first: undefined,
  last: undefined,
})

export interface SqliteStore extends Persistence {
  readonly file: string
  close(): void
}

/** Open (creating if needed) the store in `file`; a file that is not a usable store throws StoredStateError. */
export function sqliteStore(file: string): SqliteStore {
  mkdirSync(dirname(file), { recursive: true })
  const db = openDatabase(file)
  let baseline: Baseline | null = null

  const statements = {
    putCallback: db.prepare(
      `INSERT INTO callbacks (id, service_name, phone_number, state, reason, desired_time, updated_at, record)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET service_name = excluded.service_name,
         phone_number = excluded.phone_number, state = excluded.state, reason = excluded.reason,
         desired_time = excluded.desired_time, updated_at = excluded.updated_at, record = excluded.record`,
    ),
    deleteCallback: db.prepare('DELETE FROM callbacks WHERE id = ?'),
    putRow: db.prepare(
      'INSERT INTO rows (list, id, json) VALUES (?, ?, ?) ON CONFLICT (list, id) DO UPDATE SET json = excluded.json',
    ),
    deleteRow: db.prepare('DELETE FROM rows WHERE list = ? AND id = ?'),
    putDoc: db.prepare(
      'INSERT INTO docs (key, json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET json = excluded.json',
    ),
    putLog: db.prepare('INSERT INTO logs (log, seq, json) VALUES (?, ?, ?)'),
    deleteLog: db.prepare('DELETE FROM logs WHERE log = ? AND seq = ?'),
    clearLog: db.prepare('DELETE FROM logs WHERE log = ?'),
    putMeta: db.prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ),
  }

  /** One record of a row-kept list, stored or removed (null). */
  function putRecord(key: RowKey, id: string, record: { id: string } | null): void {
    if (key === 'callbacks') {
      if (record) putCallback(record as CallbackRecord)
      else statements.deleteCallback.run(id)
    } else if (record) statements.putRow.run(key, id, JSON.stringify(record))
    else statements.deleteRow.run(key, id)
  }

  const putCallback = (r: CallbackRecord) =>
    statements.putCallback.run(
      r.id,
      r.serviceName,
      r.phoneNumber,
      r.state,
      r.reason ?? null,
      r.desiredTime,
      r.updatedAt,
      JSON.stringify(r),
    )

  function transaction(write: () => void): void {
    db.exec('BEGIN IMMEDIATE')
    try {
      write()
      db.exec('COMMIT')
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK')
      throw error
    }
  }

  /** Everything, replacing what the file held (a fresh seed or a reset). */
  function writeAll(state: TenantState): Baseline {
    const next: Baseline = { docs: new Map(), logs: new Map() }
    transaction(() => {
      db.exec(CLEAR_ALL)
      for (const key of ROW_KEYS) {
        for (const record of state[key] as Array<{ id: string }>) putRecord(key, record.id, record)
      }
      for (const key of LOG_KEYS) {
        const log = emptyLog()
        writeLog(statements, key, state[key], log)
        next.logs.set(key, log)
      }
      for (const key of docKeys(state)) {
        const json = JSON.stringify(state[key])
        statements.putDoc.run(key, json)
        next.docs.set(key, json)
      }
      statements.putMeta.run('stateSchema', String(state.schema))
    })
    return next
  }

  /** What changed since the baseline, in one transaction; the baseline moves only once it is stored. */
  function writeChanges(tenant: Tenant, base: Baseline): void {
    const state = tenant.state
    const rows = tenant.changes.take()
    const docs = new Map<string, string>()
    for (const key of docKeys(state)) {
      const json = JSON.stringify(state[key])
      if (json !== base.docs.get(key)) docs.set(key, json)
    }
    const logs = new Map<LogKey, LogBaseline>()
    try {
      transaction(() => {
        for (const [key, table] of rows) {
          for (const [id, record] of table) putRecord(key, id, record)
        }
        for (const [key, json] of docs) statements.putDoc.run(key, json)
        for (const key of LOG_KEYS) {
          const baseLog = base.logs.get(key)
          if (!baseLog) throw new Error(`The baseline has no ${key} log`)
          const updated = diffLog(statements, key, state[key], baseLog)
          if (updated) logs.set(key, updated)
        }
      })
    } catch (error) {
      tenant.changes.restore(rows)
      throw error
    }
    for (const [key, json] of docs) base.docs.set(key, json)
    for (const [key, log] of logs) base.logs.set(key, log)
  }

  return {
    file,
    // node:sqlite is synchronous: each of these has finished (committed) when its promise settles.
    load: () =>
      settled(() => {
        const loaded = loadState(db)
        if (!loaded) return undefined
        baseline = loaded.baseline
        return loaded.state
      }),
    save: (tenant) =>
      settled(() => {
        if (!baseline) {
          baseline = writeAll(tenant.state)
          tenant.changes.take()
        } else {
          writeChanges(tenant, baseline)
        }
      }),
    clear: () =>
      settled(() => {
        transaction(() => db.exec(CLEAR_ALL))
        baseline = null
      }),
    close() {
      db.close()
    },
  }
}

/** A synchronous step as a promise that rejects, rather than throws, when the step fails. */
function settled<T>(step: () => T): Promise<T> {
  try {
    return Promise.resolve(step())
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)))
  }
}

function openDatabase(file: string): DatabaseSync {
  let db: DatabaseSync | undefined
  try {
    db = new DatabaseSync(file)
    const version = (db.prepare('PRAGMA user_version').get() as { user_version: number })
      .user_version
    if (version > STORE_LAYOUT_VERSION)
      throw new StoredStateError(
        'newer',
        `${file} was written by a newer version of Callback Admin (store layout ${version}; this one reads up to ${STORE_LAYOUT_VERSION})`,
      )
    const check = db.prepare('PRAGMA quick_check').get() as { quick_check: string } | undefined
    if (check?.quick_check !== 'ok')
      throw new StoredStateError(
        'damaged',
        `${file} failed SQLite's integrity check (${check?.quick_check ?? 'no answer'})`,
      )
    db.exec(
      'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -65536;',
    )
    db.exec('BEGIN IMMEDIATE')
    if (version === 0) db.exec(SCHEMA)
    for (let v = version || STORE_LAYOUT_VERSION; v < STORE_LAYOUT_VERSION; v++) {
      const step = LAYOUT_STEPS[v]
      if (!step)
        throw new StoredStateError(
          'damaged',
          `${file} has store layout ${v}, which no upgrade reads`,
        )
      db.exec(step)
    }
    db.exec(`PRAGMA user_version = ${STORE_LAYOUT_VERSION}`)
    db.exec('COMMIT')
    return db
  } catch (error) {
    if (db?.isTransaction) db.exec('ROLLBACK')
    db?.close()
    if (error instanceof StoredStateError) throw error
    const reason = error instanceof Error ? error.message : String(error)
    throw new StoredStateError(
      'damaged',
      `${file} is not a Callback Admin data file SQLite can read (${reason})`,
    )
  }
}

function loadState(db: DatabaseSync): { state: TenantState; baseline: Baseline } | undefined {
  const docs = db.prepare('SELECT key, json FROM docs').all() as Array<{
    key: string
    json: string
  }>
  if (docs.length === 0) return undefined
  const parse = (json: string, what: string): unknown => {
    try {
      return JSON.parse(json) as unknown
    } catch {
      throw new StoredStateError('damaged', `the stored ${what} is not valid JSON`)
    }
  }
  const raw: Record<string, unknown> = {}
  const baseline: Baseline = { docs: new Map(), logs: new Map() }
  for (const { key, json } of docs) {
    raw[key] = parse(json, key)
    baseline.docs.set(key, json)
  }
  for (const key of ROW_KEYS) {
    const rows =
      key === 'callbacks'
        ? db.prepare('SELECT record AS json FROM callbacks ORDER BY desired_time, id').all()
        : db.prepare('SELECT json FROM rows WHERE list = ? ORDER BY id').all(key)
    const list = (rows as Array<{ json: string }>).map((row) => parse(row.json, key))
    // The callbacks table reads back in order; the generic rows table by ID.
    raw[key] = key === 'callbacks' ? list : (list as CallInRecord[]).sort(ROW_ORDER[key])
  }
  for (const key of LOG_KEYS) {
    const rows = db
      .prepare('SELECT seq, json FROM logs WHERE log = ? ORDER BY seq')
      .all(key) as Array<{ seq: number; json: string }>
    const log = emptyLog()
    const entries = rows.map((row) => {
      const entry = parse(row.json, key) as object
      log.seqOf.set(entry, row.seq)
      return entry
    })
    raw[key] = entries
    snapshot(log, entries)
    const [first] = rows
    const last = rows.at(-1)
    if (first && last) {
      log.min = first.seq
      log.max = last.seq
    }
    baseline.logs.set(key, log)
  }
  const schema = db.prepare("SELECT value FROM meta WHERE key = 'stateSchema'").get() as
    { value: string } | undefined
  raw.schema = Number(schema?.value)
  const before = raw.schema
  const state = migrateState(raw)
  // Upgraded parts are rewritten on the next save: forget their stored text.
  if (state.schema !== before) baseline.docs.clear()
  return { state, baseline }
}

type Statements = Record<'putLog' | 'deleteLog' | 'clearLog', StatementSync>

function snapshot(log: LogBaseline, list: readonly object[]): void {
  log.length = list.length
  log.first = list[0]
  log.last = list.at(-1)
}

function writeLog(statements: Statements, key: LogKey, list: readonly object[], log: LogBaseline) {
  statements.clearLog.run(key)
  log.seqOf.clear()
  list.forEach((entry, seq) => {
    statements.putLog.run(key, seq, JSON.stringify(entry))
    log.seqOf.set(entry, seq)
  })
  log.min = 0
  log.max = list.length - 1
  snapshot(log, list)
}

/**
 * A log's entries are added at either end and dropped anywhere, never edited: new entries are found
 * by identity and numbered before the first or after the last stored one, so the stored order is the
 * list's order. Anything else (an entry inserted in the middle) rewrites the log.
 */
function diffLog(
  statements: Statements,
  key: LogKey,
  list: readonly object[],
  base: LogBaseline,
): LogBaseline | null {
  if (list.length === base.length && list[0] === base.first && list.at(-1) === base.last)
    return null
  const next: LogBaseline = { ...base, seqOf: new Map(base.seqOf) }
  const present = new Set(list)
  for (const [entry, seq] of base.seqOf) {
    if (!present.has(entry)) {
      statements.deleteLog.run(key, seq)
      next.seqOf.delete(entry)
    }
  }
  const stored = (entry: object) => next.seqOf.has(entry)
  // With no stored entry left, every entry is new: all are numbered before the old first one.
  const found = list.findIndex(stored)
  const head = found === -1 ? list.length : found
  const tail = found === -1 ? list.length : list.findLastIndex(stored) + 1
  if (!list.slice(head, tail).every(stored)) {
    writeLog(statements, key, list, next)
    return next
  }
  for (const entry of list.slice(0, head).reverse()) {
    next.min -= 1
    statements.putLog.run(key, next.min, JSON.stringify(entry))
    next.seqOf.set(entry, next.min)
  }
  for (const entry of list.slice(tail)) {
    next.max += 1
    statements.putLog.run(key, next.max, JSON.stringify(entry))
    next.seqOf.set(entry, next.max)
  }
  snapshot(next, list)
  return next
}
