import { parseArgs } from 'node:util'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { DEMO_API_KEY } from '../seed/tenant'
import { StoredStateError } from '../store/migrations'
import { startTenantServer } from './tenantServer'

/**
 * `node dist-server/main.js` (what `npm start` runs after building): the app and the simulated
 * tenant on one port. Options come from the command line or the environment:
 *   --port / PORT (5173), --host / HOST (127.0.0.1), --data-dir / CALLBACK_DATA_DIR (./data),
 *   --seed-size / CALLBACK_SEED_SIZE (6000), --cors-origins / CALLBACK_CORS_ORIGINS (space or comma
 *   separated), --static / the build folder (./dist), --reset, --trust-proxy / CALLBACK_TRUST_PROXY.
 */
const ACCOUNTS: ReadonlyArray<readonly [name: string, role: string]> = [
  ['admin', 'Administrator'],
  ['supervisor', 'Supervisor'],
  ['monitor', 'Monitor'],
  ['developer', 'Developer'],
  ['sales.supervisor', 'Supervisor, Sales line of business only'],
  ['sales.developer', 'Developer, Sales line of business only'],
  ['agent', 'no Callback role: refused (shows the message)'],
]

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    'data-dir': { type: 'string' },
    'seed-size': { type: 'string' },
    'cors-origins': { type: 'string' },
    static: { type: 'string' },
    reset: { type: 'boolean' },
    'trust-proxy': { type: 'boolean' },
    quiet: { type: 'boolean' },
  },
})

function fail(message: string): never {
  console.error(`\nThe tenant server did not start: ${message}\n`)
  process.exit(1)
}

function integer(
  text: string | undefined,
  fallback: number,
  name: string,
  min: number,
  max: number,
) {
  if (text === undefined || text === '') return fallback
  const n = Number(text)
  if (!Number.isInteger(n) || n < min || n > max)
    fail(`${name}=${text} is not a whole number from ${min} to ${max}.`)
  return n
}

const port = integer(values.port ?? process.env.PORT, 5173, 'PORT', 0, 65535)
const seedSize = integer(
  values['seed-size'] ?? process.env.CALLBACK_SEED_SIZE,
  6000,
  'seed size',
  0,
  500_000,
)
const dataDir = resolve(values['data-dir'] ?? process.env.CALLBACK_DATA_DIR ?? 'data')
const corsOrigins = (values['cors-origins'] ?? process.env.CALLBACK_CORS_ORIGINS ?? '')
  .split(/[\s,]+/)
  .filter(Boolean)
for (const origin of corsOrigins) {
  let parsed: URL | undefined
  try {
    parsed = new URL(origin)
  } catch {
    // reported below
  }
  if (!parsed || parsed.origin !== origin)
    fail(
      `"${origin}" is not an origin (scheme, host and port only, e.g. https://shop.example.com).`,
    )
}

// Without a build (tests, or `node dist-server/main.js` before `npm run build`) the tenant still
// answers its API; the app's pages say how to build it.
const staticDir = resolve(values.static ?? 'dist')
const hasApp = existsSync(join(staticDir, 'index.html'))
if (!hasApp && !values.quiet)
  console.warn(`No app build in ${staticDir}: serving the API only (run npm run build first).`)

const started = performance.now()
if (!values.quiet)
  console.log(`Opening the tenant in ${dataDir}${values.reset ? ' (from a fresh seed)' : ''}…`)
const server = await startTenantServer({
  port,
  host: values.host ?? process.env.HOST ?? '127.0.0.1',
  dataDir,
  ...(hasApp ? { staticDir } : {}),
  reset: values.reset ?? false,
  seedSize,
  corsOrigins,
  trustProxy: values['trust-proxy'] ?? process.env.CALLBACK_TRUST_PROXY === '1',
}).catch((error: unknown) => {
  if (error instanceof StoredStateError)
    fail(
      `${error.message}.\n\nThe file is left as it is. To start over from a fresh demo tenant, run\n\n    npm start -- --reset\n\n(an unreadable file is then moved aside, not deleted).`,
    )
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
    fail(`port ${port} is in use. Set PORT=… (or --port) to use another.`)
  throw error
})
const seconds = ((performance.now() - started) / 1000).toFixed(1)
const width = Math.max(...ACCOUNTS.map(([name]) => name.length), 'username'.length)

console.log(`
Callback Admin is running with its tenant server (ready in ${seconds} s):

    ${server.url}

Demo accounts (the password is demo for all of them):

    ${'username'.padEnd(width)}  role
    ${'-'.repeat(width)}  ${'-'.repeat(40)}
${ACCOUNTS.map(([name, role]) => `    ${name.padEnd(width)}  ${role}`).join('\n')}

Engagement API for your own website or app:

    base path  ${server.url}/engagement/v3
    API key    ${DEMO_API_KEY}   (send it as the x-api-key header)
    CORS       ${[server.url, ...corsOrigins].join(', ')}${corsOrigins.length ? '' : '  (add yours with CALLBACK_CORS_ORIGINS)'}

    curl -s -X POST ${server.url}/engagement/v3/callbacks/create \\
      -H 'Content-Type: application/json' -H 'x-api-key: ${DEMO_API_KEY}' \\
      -d '{"serviceName":"Service 24x7 VQ_CB","phoneNumber":"+14155550123"}'

The tenant is stored in ${server.dataFile}; \`npm start -- --reset\` starts over. Ctrl+C stops.
`)

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    void server.close().then(() => process.exit(0))
  })
}
