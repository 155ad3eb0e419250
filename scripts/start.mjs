/**
 * `npm start`: build the production bundle, then serve it with `vite preview` on the demo tenant.
 * Usage: npm start            → http://localhost:5173
 *        PORT=8080 npm start  → http://localhost:8080
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = join(root, 'node_modules', '.bin')
const port = Number(process.env.PORT ?? 5173)
const url = `http://localhost:${port}`

/** The demo tenant's accounts (product.md §1.4). */
const ACCOUNTS = [
  ['admin', 'Administrator'],
  ['supervisor', 'Supervisor'],
  ['monitor', 'Monitor'],
  ['developer', 'Developer'],
  ['sales.supervisor', 'Supervisor, Sales line of business only'],
  ['agent', 'no Callback role: refused (shows the message)'],
]

function fail(message) {
  console.error(`\nnpm start failed: ${message}\n`)
  process.exit(1)
}

const major = Number(process.versions.node.split('.')[0])
if (major < 22) {
  fail(
    `Node ${process.versions.node} is too old (Vite 8 needs 22 or later). ` +
      'Run it as `npm start`, which uses the Node 24 that `npm ci` installs in node_modules/.bin.',
  )
}
if (!existsSync(join(bin, 'vite'))) fail('dependencies are missing: run `npm ci` first.')
if (!Number.isInteger(port) || port < 1 || port > 65535)
  fail(`PORT=${process.env.PORT} is not a port.`)

// node_modules/.bin first, so vite runs on the Node 24 installed there, however this was started.
const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` }

function run(args, options = {}) {
  return spawn(join(bin, 'vite'), args, { cwd: root, env, stdio: 'inherit', ...options })
}

function exitCode(child) {
  return new Promise((resolve) => {
    child.on('error', (error) => resolve(error))
    child.on('exit', (code, signal) => resolve(code ?? signal))
  })
}

console.log('Building the production bundle (vite build)…\n')
const built = await exitCode(run(['build', '--logLevel', 'warn']))
if (built !== 0) fail(`the production build failed (${String(built)}); see the messages above.`)

const preview = run(['preview', '--port', String(port), '--strictPort'], {
  stdio: ['ignore', 'pipe', 'inherit'],
})
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => preview.kill(signal))
}
const previewExit = exitCode(preview)

/**
 * Vite prints its address once it listens; with --strictPort it exits instead when the port is
 * taken. Anything else answering on the port is not this build.
 */
const listening = new Promise((resolve) => {
  let output = ''
  preview.stdout.on('data', (chunk) => {
    output += String(chunk)
    if (output.includes(`:${port}/`)) resolve(true)
  })
  void previewExit.then(() => resolve(false))
  setTimeout(() => resolve(false), 30_000).unref()
})

if (!(await listening)) {
  preview.kill()
  fail(`could not serve the build on ${url} (is port ${port} in use? set PORT=… to use another).`)
}
preview.stdout.resume()

const width = Math.max(...ACCOUNTS.map(([name]) => name.length), 'username'.length)
console.log(`
Callback Admin is running on the embedded demo tenant:

    ${url}

Demo accounts (the password is demo for all of them):

    ${'username'.padEnd(width)}  role
    ${'-'.repeat(width)}  ${'-'.repeat(40)}
${ACCOUNTS.map(([name, role]) => `    ${name.padEnd(width)}  ${role}`).join('\n')}

The demo tenant lives in this browser (IndexedDB); "Reset demo data" in the account menu starts
over. Press Ctrl+C to stop.
`)

const code = await previewExit
if (code !== 0 && code !== 'SIGINT' && code !== 'SIGTERM')
  fail(`vite preview stopped (${String(code)}).`)
