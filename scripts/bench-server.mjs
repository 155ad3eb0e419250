/**
 * The tenant server's figures (issue "Tenant server"), on loopback with a 100,000-callback tenant:
 * start-up from a fresh seed and from the stored file, the data file's size, engagement API create
 * and retrieve throughput with p50/p99 latency for 16 concurrent clients (bounded in count and
 * time), and the Callback tab's first page over HTTP.
 * Part of `npm run bench`; alone: `node scripts/bench-server.mjs` after `npm run build:server`.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const PORT = Number(process.env.BENCH_SERVER_PORT ?? 4195)
const SEED_SIZE = Number(process.env.BENCH_SERVER_SEED ?? 100_000)
const CLIENTS = 16
const MAX_REQUESTS = 5000
const MAX_SECONDS = 20
const API_KEY = 'demo-4f1c2b7e9a0d4c3b8e6f5a2d1c0b9a87'
const QUEUE = 'Service 24x7 VQ_CB'

/** Start the built server; resolves when it prints its URL, with the time that took. */
function startServer(dataDir, extra = []) {
  const started = performance.now()
  const child = spawn(
    process.execPath,
    [
      join(root, 'dist-server', 'main.js'),
      '--port',
      String(PORT),
      '--data-dir',
      dataDir,
      '--quiet',
      ...extra,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk.toString()
      const match = /^\s+(http:\/\/localhost:\d+)\s*$/m.exec(output)
      if (match) {
        child.stdout.off('data', onData)
        child.stdout.resume()
        resolve({ child, url: match[1], seconds: (performance.now() - started) / 1000 })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', (chunk) => (output += chunk.toString()))
    child.on('exit', (code) => reject(new Error(`the tenant server exited (${code}): ${output}`)))
  })
}

function stop(child) {
  return new Promise((resolve) => {
    child.removeAllListeners('exit')
    child.on('exit', resolve)
    child.kill('SIGTERM')
  })
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

/** CLIENTS loops sending `request(n)` until MAX_REQUESTS are sent or MAX_SECONDS have passed. */
async function load(request) {
  const latencies = []
  let sent = 0
  let failed = 0
  const deadline = performance.now() + MAX_SECONDS * 1000
  const started = performance.now()
  const client = async () => {
    while (sent < MAX_REQUESTS && performance.now() < deadline) {
      const n = sent++
      const t0 = performance.now()
      const response = await request(n)
      latencies.push(performance.now() - t0)
      if (!response.ok) failed++
      await response.arrayBuffer()
    }
  }
  await Promise.all(Array.from({ length: CLIENTS }, client))
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  return {
    requests: latencies.length,
    failed,
    perSecond: Math.round(latencies.length / seconds),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  }
}

const post = (url, path, body) =>
  fetch(url + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-api-key': API_KEY },
    body: JSON.stringify(body),
  })

export async function measureTenantServer() {
  if (!existsSync(join(root, 'dist-server', 'main.js')))
    throw new Error('dist-server/main.js is missing: run `npm run build:server` first')
  const dataDir = mkdtempSync(join(tmpdir(), 'callback-bench-'))
  try {
    const fresh = await startServer(dataDir, ['--reset', '--seed-size', String(SEED_SIZE)])
    await stop(fresh.child)
    const file = join(dataDir, 'tenant.sqlite')
    const fileMB = statSync(file).size / 1024 / 1024
    const server = await startServer(dataDir)
    try {
      const ids = []
      const creates = await load((n) => {
        const phone = `+4420794${String(60000 + (n % 40000)).padStart(5, '0')}`
        return post(server.url, '/engagement/v3/callbacks/create', {
          serviceName: QUEUE,
          phoneNumber: phone,
        }).then(async (response) => {
          const copy = response.clone()
          if (response.ok) ids.push(((await copy.json()).data ?? {}).id)
          return response
        })
      })
      const retrieves = await load((n) =>
        post(server.url, '/engagement/v3/callbacks/retrieve', { id: ids[n % ids.length] }),
      )
      // The Callback tab's first page: sign in, then the default view (today, 250 rows).
      const signIn = await fetch(`${server.url}/admin/v1/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'demo' }),
      })
      const cookie = signIn.headers.getSetCookie()[0].split(';')[0]
      const now = Date.now()
      const pageTimes = []
      for (let i = 0; i < 5; i++) {
        const query = new URLSearchParams({
          from: new Date(now - 14 * 86_400_000).toISOString(),
          to: new Date(now + 14 * 86_400_000).toISOString(),
          pageSize: '250',
          sort: i % 2 ? 'phoneNumber' : 'desiredTime',
        })
        const t0 = performance.now()
        const response = await fetch(`${server.url}/admin/v1/callbacks?${query}`, {
          headers: { cookie },
        })
        const body = await response.json()
        pageTimes.push({ ms: performance.now() - t0, total: body.data.total })
      }
      pageTimes.sort((a, b) => a.ms - b.ms)
      return {
        seedSize: SEED_SIZE,
        freshStartSeconds: fresh.seconds,
        restartSeconds: server.seconds,
        fileMB,
        creates,
        retrieves,
        firstPage: { medianMs: pageTimes[2].ms, inRange: pageTimes[2].total },
      }
    } finally {
      await stop(server.child)
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

export function printTenantServer(r) {
  const f = (x) => x.toFixed(1)
  const row = (name, x) =>
    `${name.padEnd(9)} ${String(x.perSecond).padStart(6)}/s  p50 ${f(x.p50).padStart(5)} ms  p99 ${f(x.p99).padStart(5)} ms  (${x.requests} requests, ${x.failed} failed)`
  console.log(
    `\nTenant server on loopback, ${r.seedSize.toLocaleString('en')} callbacks seeded; ${CLIENTS} concurrent clients (aim: ≥ 1,000 creates/s, p99 ≤ 50 ms)`,
  )
  console.log(
    `start-up: ${f(r.freshStartSeconds)} s from a fresh seed, ${f(r.restartSeconds)} s from the stored file; data file ${f(r.fileMB)} MB`,
  )
  console.log(
    `${r.creates.perSecond >= 1000 && r.creates.p99 <= 50 ? 'ok  ' : 'OVER'} ${row('create', r.creates)}`,
  )
  console.log(`${r.retrieves.p99 <= 50 ? 'ok  ' : 'OVER'} ${row('retrieve', r.retrieves)}`)
  console.log(
    `first callback page over HTTP (±14 days, ${r.firstPage.inRange.toLocaleString('en')} in range, 250 rows): ${f(r.firstPage.medianMs)} ms (median of 5)`,
  )
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printTenantServer(await measureTenantServer())
}
