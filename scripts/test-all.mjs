/**
 * `npm test`: every check CI runs, in order, stopping at the first failure: type-check, lint,
 * format, unit + integration tests, production build and its bundle budgets, end-to-end tests on
 * that build.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SERVER_BUILD } from './serverBuild.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = join(root, 'node_modules', '.bin')
const DEBIAN_CHROMIUM = '/usr/bin/chromium'

// node_modules/.bin first: the tools run on the Node 24 installed there, however this was started.
const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` }

/** Before the end-to-end tests: a browser to run them in (see playwright.config.ts). */
async function browserCheck() {
  if (existsSync(DEBIAN_CHROMIUM)) return null
  const { chromium } = await import('@playwright/test')
  if (existsSync(chromium.executablePath())) return null
  return (
    `no browser for the end-to-end tests: neither ${DEBIAN_CHROMIUM} nor Playwright's Chromium ` +
    `(${chromium.executablePath()}) exists.\n` +
    '  Install one with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
    '  (or, with internet access to the Playwright CDN:  npx playwright install chromium)'
  )
}

const STEPS = [
  { name: 'type-check', command: ['tsc', '-p', 'tsconfig.json'] },
  { name: 'lint', command: ['eslint', '.', '--max-warnings=0'] },
  { name: 'format check', command: ['prettier', '--check', '.'] },
  { name: 'unit + integration tests', command: ['vitest', 'run'] },
  { name: 'production build', command: ['vite', 'build'] },
  // The tenant server as npm start runs it: the e2e tests of e2e/server/ run against it.
  { name: 'tenant server build', command: ['vite', 'build', ...SERVER_BUILD] },
  // The deterministic budgets of quality.md, read from the build's manifest (no browser needed).
  { name: 'bundle budgets', command: ['node', 'scripts/bundle-sizes.mjs', '--check'] },
  { name: 'end-to-end tests', command: ['playwright', 'test'], before: browserCheck },
]

function run([command, ...args]) {
  return new Promise((resolve) => {
    const child = spawn(join(bin, command), args, { cwd: root, env, stdio: 'inherit' })
    child.on('error', (error) => resolve(`could not start ${command}: ${error.message}`))
    child.on('exit', (code, signal) =>
      resolve(code === 0 ? null : `exited with ${signal ?? `code ${code}`}`),
    )
  })
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
const results = []
const started = Date.now()

function summary(failure) {
  const width = Math.max(...STEPS.map((s) => s.name.length))
  console.log('\n──── npm test summary ────')
  for (const step of STEPS) {
    const result = results.find((r) => r.step === step)
    const status = !result ? 'not run' : result.failure ? 'FAILED' : 'passed'
    const time = result ? seconds(result.ms).padStart(8) : ''
    console.log(`  ${step.name.padEnd(width)}  ${status.padEnd(7)} ${time}`)
  }
  console.log(
    `  ${'total'.padEnd(width)}  ${''.padEnd(7)} ${seconds(Date.now() - started).padStart(8)}`,
  )
  if (failure) console.log(`\nnpm test FAILED at "${failure.step.name}": ${failure.failure}\n`)
  else console.log('\nnpm test passed.\n')
}

for (const step of STEPS) {
  console.log(`\n──── ${step.name}: ${step.command.join(' ')} ────\n`)
  const t0 = Date.now()
  const failure = (await step.before?.()) ?? (await run(step.command))
  const result = { step, failure, ms: Date.now() - t0 }
  results.push(result)
  console.log(`\n${step.name}: ${failure ? 'FAILED' : 'passed'} in ${seconds(result.ms)}`)
  if (failure) {
    summary(result)
    process.exit(1)
  }
}
summary(null)
