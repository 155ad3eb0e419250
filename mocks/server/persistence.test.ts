import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { beforeAll, describe, expect, it } from 'vitest'
import { build } from 'vite'
import { DATA_FILE, startTenantServer } from './tenantServer'
import { apiClient, Client, startTestServer, tempDataDir } from './testing'
import { StoredStateError } from '../store/migrations'
import { defined } from '@/test/defined'

/** What the tenant server keeps across restarts, crashes and damaged files. */
const NOW = Date.parse('2026-11-18T15:00:00.000Z')
const TWENTY_FOUR_SEVEN = 'Service 24x7 VQ_CB'

describe('a restart keeps every acknowledged write', () => {
  it('callbacks, rule edits, preferences and sessions are there after a restart', async () => {
    const dataDir = tempDataDir()
    const first = await startTestServer({ dataDir, now: () => NOW })
    const admin = new Client(first.url)
    await admin.signIn('admin')
    const booked = await apiClient(first.url).send<{ id: string }>(
      'POST',
      '/engagement/v3/callbacks/create',
      { body: { serviceName: TWENTY_FOUR_SEVEN, phoneNumber: '+14155550199' } },
    )
    const prefs = await admin.send('PUT', '/admin/v1/preferences', {
      body: {
        ...(await admin.send<object>('GET', '/admin/v1/preferences')).body.data,
        language: 'fr',
      },
    })
    expect(prefs.status).toBe(200)
    const rule = defined(
      (await admin.send<Array<{ id: string; version: number }>>('GET', '/admin/v1/capacity-rules'))
        .body.data[0],
    )
    const deleted = await admin.send(
      'DELETE',
      `/admin/v1/capacity-rules/${rule.id}?version=${rule.version}`,
    )
    await first.close()

    const second = await startTestServer({ dataDir, now: () => NOW })
    try {
      Object.assign(admin, { base: second.url })
      expect((await admin.send('GET', '/admin/v1/session')).status).toBe(200)
      expect(
        (await admin.send<{ language: string }>('GET', '/admin/v1/preferences')).body.data.language,
      ).toBe('fr')
      const retrieved = await apiClient(second.url).send<{ phoneNumber: string }>(
        'POST',
        '/engagement/v3/callbacks/retrieve',
        { body: { id: booked.body.data.id } },
      )
      expect(retrieved.body.data.phoneNumber).toBe('+14155550199')
      const rules = (await admin.send<Array<{ id: string }>>('GET', '/admin/v1/capacity-rules'))
        .body.data
      expect(rules.some((r) => r.id === rule.id)).toBe(deleted.status !== 200)
    } finally {
      await second.dispose()
    }
  })

  it('the clock moves callbacks on and stores them while no one asks anything', async () => {
    let clock = NOW
    const server = await startTestServer({ now: () => clock, tickMs: 20 })
    try {
      const { body } = await apiClient(server.url).send<{ id: string }>(
        'POST',
        '/engagement/v3/callbacks/create',
        { body: { serviceName: TWENTY_FOUR_SEVEN, phoneNumber: '+14155550177' } },
      )
      const stored = () => {
        const db = new DatabaseSync(join(server.dataDir, DATA_FILE), { readOnly: true })
        try {
          return (db
            .prepare('SELECT state, reason FROM callbacks WHERE id = ?')
            .get(body.data.id) ?? {}) as {
            state?: string
          }
        } finally {
          db.close()
        }
      }
      expect(stored().state).not.toBe('COMPLETED')
      // A day later nothing has asked the server anything, yet the callback has run its course.
      clock += 86_400_000
      await expect.poll(() => stored().state, { timeout: 5000 }).toBe('COMPLETED')
    } finally {
      await server.dispose()
    }
  })
})

describe('a write that cannot be stored is not acknowledged and leaves nothing behind', () => {
  it('a bulk cancel whose commit fails answers 500 and none of it is stored', async () => {
    const dataDir = tempDataDir()
    const server = await startTestServer({ dataDir, now: () => NOW })
    const admin = new Client(server.url)
    await admin.signIn('admin')
    const ids = server.simulator
      .tenant()
      .state.callbacks.filter((c) => c.state === 'SCHEDULED')
      .slice(0, 10)
      .map((c) => c.id)
    // The disk "fails" on the seventh row of the transaction.
    const db = new DatabaseSync(join(dataDir, DATA_FILE))
    db.exec(`CREATE TRIGGER fail_midway BEFORE UPDATE ON callbacks WHEN NEW.id = '${ids[6]}'
             BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`)
    db.close()
    const answer = await admin.send('POST', '/admin/v1/callbacks/bulk-cancel', {
      body: { ids },
      headers: { 'Idempotency-Key': 'bulk-disk-on-fire' },
    })
    expect([answer.status, answer.body.status.code]).toEqual([500, 50002])
    expect(answer.body.status.message).toMatch(/could not be saved/)
    await server.close()
    const check = new DatabaseSync(join(dataDir, DATA_FILE), { readOnly: true })
    const states = ids.map(
      (id) =>
        (check.prepare('SELECT state FROM callbacks WHERE id = ?').get(id) as { state: string })
          .state,
    )
    check.close()
    expect(new Set(states)).toEqual(new Set(['SCHEDULED']))
    rmSync(dataDir, { recursive: true, force: true })
  })
})

describe('a bulk cancel answers, and answers again, only what was stored', () => {
  it('a repeat or a copy of a cancel whose commit failed is refused until the cancel is stored', async () => {
    const dataDir = tempDataDir()
    const server = await startTestServer({ dataDir, now: () => NOW })
    const admin = new Client(server.url)
    await admin.signIn('admin')
    const ids = server.simulator
      .tenant()
      .state.callbacks.filter((c) => c.state === 'SCHEDULED')
      .slice(0, 3)
      .map((c) => c.id)
    const db = new DatabaseSync(join(dataDir, DATA_FILE))
    db.exec(`CREATE TRIGGER fail_all BEFORE UPDATE ON callbacks
             BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`)
    const cancel = () =>
      admin.send<{ cancelled: number; excluded: number }>(
        'POST',
        '/admin/v1/callbacks/bulk-cancel',
        { body: { ids }, headers: { 'Idempotency-Key': 'bulk-stored-only' } },
      )
    const failed = await Promise.all([cancel(), cancel()])
    expect(failed.map((a) => [a.status, a.body.status.code])).toEqual([
      [500, 50002],
      [500, 50002],
    ])
    const retried = await cancel()
    expect([retried.status, retried.body.status.code]).toEqual([500, 50002])
    const recorded = () =>
      db
        .prepare(
          "SELECT COUNT(*) AS n FROM logs WHERE log = 'idempotency' AND json LIKE '%bulk-stored-only%'",
        )
        .get() as {
        n: number
      }
    expect(recorded().n).toBe(0)
    // The disk recovers: the same key now stores the cancel and answers the first run.
    db.exec('DROP TRIGGER fail_all')
    const stored = await cancel()
    expect([stored.status, stored.body.data]).toMatchObject([200, { cancelled: 3, excluded: 0 }])
    expect(recorded().n).toBe(1)
    const reasons = ids.map(
      (id) =>
        (db.prepare('SELECT reason FROM callbacks WHERE id = ?').get(id) as { reason: string })
          .reason,
    )
    expect(new Set(reasons)).toEqual(new Set(['CANCELLED_BY_ADMIN']))
    db.close()
    await server.close()
    rmSync(dataDir, { recursive: true, force: true })
  })
})

describe('a crash (kill -9) loses no acknowledged write and never half a bulk cancel', () => {
  let bundle: string
  beforeAll(async () => {
    // The server as `npm start` runs it, built beside node_modules so its imports resolve.
    const outDir = join(process.cwd(), 'node_modules', '.cache', 'tenant-server-test')
    await build({
      logLevel: 'silent',
      build: { ssr: 'mocks/server/main.ts', outDir, emptyOutDir: true, manifest: false },
    })
    bundle = join(outDir, 'main.js')
  })

  async function spawnServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
    const child = spawn(
      process.execPath,
      [bundle, '--port', '0', '--data-dir', dataDir, '--seed-size', '300', '--quiet'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        const match = /^\s+(http:\/\/localhost:\d+)\s*$/m.exec(output)
        if (match) resolve(defined(match[1]))
      })
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.on('exit', () => reject(new Error(`the server exited: ${output}`)))
    })
    return { child, url }
  }

  it('every create answered before the kill is there after the restart', async () => {
    const dataDir = tempDataDir()
    const { child, url } = await spawnServer(dataDir)
    const app = apiClient(url)
    const acknowledged: string[] = []
    let n = 0
    const worker = async () => {
      for (;;) {
        const phone = `+1415555${String(1000 + n++).padStart(4, '0')}`
        try {
          const r = await app.send<{ id: string }>('POST', '/engagement/v3/callbacks/create', {
            body: { serviceName: TWENTY_FOUR_SEVEN, phoneNumber: phone },
          })
          if (r.status === 200) acknowledged.push(r.body.data.id)
        } catch {
          return // the server is gone
        }
      }
    }
    const workers = Array.from({ length: 8 }, worker)
    await expect.poll(() => acknowledged.length, { timeout: 20_000 }).toBeGreaterThan(200)
    child.kill('SIGKILL')
    await Promise.all(workers)

    const restarted = await startTenantServer({ port: 0, dataDir })
    try {
      const tenant = restarted.simulator.tenant()
      const missing = acknowledged.filter((id) => !tenant.get(id))
      expect(missing).toEqual([])
    } finally {
      await restarted.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  })

  it('bulk cancels killed in the middle are stored whole or not at all', async () => {
    const dataDir = tempDataDir()
    const { child, url } = await spawnServer(dataDir)
    const app = apiClient(url)
    // Groups of callbacks, each cancelled by one bulk request.
    const groups: string[][] = []
    for (let g = 0; g < 30; g++) {
      const ids: string[] = []
      for (let i = 0; i < 12; i++) {
        const r = await app.send<{ id: string }>('POST', '/engagement/v3/callbacks/create', {
          body: {
            serviceName: TWENTY_FOUR_SEVEN,
            phoneNumber: `+1415556${String(g * 12 + i).padStart(4, '0')}`,
            desiredTime: new Date(Date.now() + ((2 + g) * 86_400_000) / 4).toISOString(),
          },
        })
        ids.push(r.body.data.id)
      }
      groups.push(ids)
    }
    const admin = new Client(url)
    await admin.signIn('admin')
    const sent = groups.map((ids, n) =>
      admin
        .send('POST', '/admin/v1/callbacks/bulk-cancel', {
          body: { ids },
          headers: { 'Idempotency-Key': `bulk-kill-${n}` },
        })
        .catch(() => null),
    )
    await new Promise((resolve) => setTimeout(resolve, 15))
    child.kill('SIGKILL')
    await Promise.all(sent)

    const restarted = await startTenantServer({ port: 0, dataDir })
    try {
      const tenant = restarted.simulator.tenant()
      for (const ids of groups) {
        const cancelled = ids.filter((id) => tenant.get(id)?.reason === 'CANCELLED_BY_ADMIN').length
        expect([0, ids.length]).toContain(cancelled)
      }
    } finally {
      await restarted.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  })
})

describe('a data file this build cannot use is named, kept, and never crashes the server', () => {
  it('a readable file is emptied by --reset, not moved aside', async () => {
    const dataDir = tempDataDir()
    await (await startTestServer({ dataDir })).close()
    await (await startTenantServer({ port: 0, dataDir, reset: true, seedSize: 100 })).close()
    expect(readdirSync(dataDir).filter((f) => f.includes('unreadable'))).toEqual([])
    rmSync(dataDir, { recursive: true, force: true })
  })

  async function refusal(prepare: (file: string) => void) {
    const dataDir = tempDataDir()
    const seeded = await startTestServer({ dataDir })
    await seeded.close()
    prepare(join(dataDir, DATA_FILE))
    const error = await startTenantServer({ port: 0, dataDir }).then(
      (s) => s.close().then(() => null),
      (e: unknown) => e,
    )
    return { dataDir, error }
  }
  const edit = (sql: string) => (file: string) => {
    const db = new DatabaseSync(file)
    db.exec(sql)
    db.close()
  }

  it.each([
    [
      'garbage instead of a database',
      (file: string) => writeFileSync(file, 'not a database '.repeat(500)),
      'damaged',
      /not a Callback Admin data file/,
    ],
    ['a layout from a newer build', edit('PRAGMA user_version = 99'), 'newer', /newer version/],
    [
      'a tenant schema from a newer build',
      edit("UPDATE meta SET value = '99' WHERE key = 'stateSchema'"),
      'newer',
      /newer version/,
    ],
    [
      'a tenant older than any upgrade',
      edit("UPDATE meta SET value = '1' WHERE key = 'stateSchema'"),
      'damaged',
      /older than any/,
    ],
    [
      'a damaged document',
      edit("UPDATE docs SET json = '{oops' WHERE key = 'queues'"),
      'damaged',
      /queues is not valid JSON/,
    ],
    [
      'a missing part',
      edit("DELETE FROM docs WHERE key = 'users'"),
      'damaged',
      /users are missing/,
    ],
    [
      'a truncated tenant (a later part missing)',
      edit("DELETE FROM docs WHERE key IN ('numberRules', 'regions', 'tenantConfigFetchedAt')"),
      'damaged',
      /numberRules is missing/,
    ],
    [
      'callbacks cut to {id, state}',
      edit("UPDATE callbacks SET record = json_object('id', id, 'state', state)"),
      'damaged',
      /callback number 1 is damaged/,
    ],
    [
      'queues of the wrong shape',
      edit(`UPDATE docs SET json = '[{"name":"Sales"}]' WHERE key = 'queues'`),
      'damaged',
      /queues number 1 \(lineOfBusiness\) is missing/,
    ],
  ] as const)('%s', async (_what, prepare, kind, message) => {
    const { dataDir, error } = await refusal(prepare)
    expect(error).toBeInstanceOf(StoredStateError)
    expect((error as StoredStateError).kind).toBe(kind)
    expect((error as Error).message).toMatch(message)
    // --reset moves the unreadable file aside, whatever is wrong with it, and starts afresh.
    const size = readFileSync(join(dataDir, DATA_FILE)).length
    const fresh = await startTenantServer({ port: 0, dataDir, reset: true, seedSize: 100 })
    await fresh.close()
    const aside = readdirSync(dataDir).filter((f) => /^tenant\.sqlite\.unreadable-[^-]/.test(f))
    expect(aside).toHaveLength(1)
    expect(readFileSync(join(dataDir, defined(aside[0]))).length).toBeGreaterThanOrEqual(size)
    expect(readFileSync(join(dataDir, DATA_FILE)).subarray(0, 15).toString()).toBe(
      'SQLite format 3',
    )
    rmSync(dataDir, { recursive: true, force: true })
  })
})
