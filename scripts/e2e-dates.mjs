/**
 * `npm run test:e2e:dates`: the end-to-end suite on days that tend to break date logic, each run on
 * Playwright's clock started at that instant (E2E_NOW, read by e2e/fixtures.ts). Runs against the
 * existing build in dist/ (`vite build` first); extra arguments go to Playwright, e.g. a spec file.
 */
import { spawnSync } from 'node:child_process'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = join(root, 'node_modules', '.bin')
const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` }

const DAYS = [
  ['the last evening of a month and of a year', '2026-12-31T23:20:00Z'],
  ['a daylight-saving change day (US, clocks go forward at 07:00 UTC)', '2027-03-14T06:30:00Z'],
  ['a Sunday, around noon UTC', '2027-01-03T12:00:00Z'],
]

const results = []
for (const [why, now] of DAYS) {
  console.log(`\n──── e2e on ${now}: ${why} ────\n`)
  const run = spawnSync(join(bin, 'playwright'), ['test', ...process.argv.slice(2)], {
    cwd: root,
    env: { ...env, E2E_NOW: now },
    stdio: 'inherit',
  })
  results.push([now, run.status === 0])
}
console.log('\n──── e2e by date ────')
for (const [now, passed] of results) console.log(`  ${now}  ${passed ? 'passed' : 'FAILED'}`)
process.exit(results.every(([, passed]) => passed) ? 0 : 1)
