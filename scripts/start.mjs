/**
 * `npm start`: build the app and the tenant server, then run the server, which serves the app and
 * answers its API (and the public engagement API) on one port, with the tenant kept in SQLite.
 * Usage: npm start                      → http://localhost:5173
 *        PORT=8080 npm start            → http://localhost:8080
 *        npm start -- --reset           → start over from a fresh seed
 *        npm start -- --seed-size 100000
 * Options and environment variables: see mocks/server/main.ts and the README.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SERVER_BUILD } from './serverBuild.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = join(root, 'node_modules', '.bin')

function fail(message) {
  console.error(`\nnpm start failed: ${message}\n`)
  process.exit(1)
}

const major = Number(process.versions.node.split('.')[0])
if (major < 24) {
  fail(
    `Node ${process.versions.node} is too old (the tenant server needs 24, for node:sqlite). ` +
      'Run it as `npm start`, which uses the Node 24 that `npm ci` installs in node_modules/.bin.',
  )
}
if (!existsSync(join(bin, 'vite'))) fail('dependencies are missing: run `npm ci` first.')

// node_modules/.bin first, so everything runs on the Node 24 installed there, however this was started.
const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` }

function run(command, args, options = {}) {
  const child = spawn(join(bin, command), args, { cwd: root, env, stdio: 'inherit', ...options })
  return new Promise((resolve) => {
    child.on('error', (error) => resolve(error))
    child.on('exit', (code, signal) => resolve(code ?? signal))
  })
}

console.log('Building the app and the tenant server…')
let built = await run('vite', ['build', '--logLevel', 'warn'])
if (built === 0) built = await run('vite', ['build', '--logLevel', 'warn', ...SERVER_BUILD])
if (built !== 0) fail(`the build failed (${String(built)}); see the messages above.`)

const server = spawn(
  join(bin, 'node'),
  [join(root, 'dist-server', 'main.js'), ...process.argv.slice(2)],
  {
    cwd: root,
    env,
    stdio: 'inherit',
  },
)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)))
