/**
 * Bundle figures from the production build's manifest (dist/.vite/manifest.json), gzip-compressed
 * the way a server would send them. Deterministic, so CI can hold them to the budgets of
 * quality.md without a browser:
 * - initial: JavaScript needed before the sign-in page is interactive (entry + sign-in page + the
 *   English "common" messages), not counting the simulator;
 * - simulator: what only the demo tenant loads (mocks/browser.ts and the chunks no app path needs);
 * - largest route: the biggest lazily loaded chunk of the app itself.
 */
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'

export const BUDGETS = { initial: 170 * 1024, simulator: 150 * 1024, largestRoute: 120 * 1024 }

const SIGN_IN = 'src/features/sign-in/SignInPage.tsx'
const SIMULATOR = 'mocks/browser.ts'
const FIRST_MESSAGES = 'src/i18n/locales/en/common.json'

export function bundleSizes(dist = 'dist') {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'))
  const gz = new Map()
  const size = (file) => {
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(dist, file))).length)
    return gz.get(file)
  }
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry)
  /** Chunks loaded with a key: the chunk and its static imports, transitively. */
  const closure = (key, into = new Set()) => {
    const chunk = manifest[key]
    if (!chunk || into.has(key)) return into
    into.add(key)
    for (const dep of chunk.imports ?? []) closure(dep, into)
    return into
  }
  const files = (keys) =>
    new Set([...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js')))
  const total = (set) => [...set].reduce((sum, file) => sum + size(file), 0)

  const initialKeys = new Set([...closure(entry), ...closure(SIGN_IN), ...closure(FIRST_MESSAGES)])
  const initial = files(initialKeys)

  // Everything reachable from the app without the simulator: the entry and every dynamic import
  // except the simulator's, followed transitively.
  const appKeys = new Set()
  const walk = (key) => {
    if (appKeys.has(key) || key === SIMULATOR) return
    appKeys.add(key)
    for (const dep of [...(manifest[key].imports ?? []), ...(manifest[key].dynamicImports ?? [])])
      walk(dep)
  }
  walk(entry)
  const appFiles = files(appKeys)
  const simulator = new Set([...files(closure(SIMULATOR))].filter((f) => !appFiles.has(f)))

  const lazy = [...appFiles]
    .filter((f) => !initial.has(f))
    .map((file) => ({ file, gzip: size(file) }))
  lazy.sort((a, b) => b.gzip - a.gzip)
  return {
    initial: { gzip: total(initial), files: [...initial] },
    simulator: { gzip: total(simulator), files: [...simulator] },
    /** Every file the demo tenant's start-up loads, shared ones included (to leave out of browser counts). */
    simulatorLoads: [...files(closure(SIMULATOR))],
    largestRoute: lazy[0] ?? { file: '-', gzip: 0 },
  }
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

/** `node scripts/bundle-sizes.mjs --check` fails when a budget is exceeded (CI). */
if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = bundleSizes()
  const rows = [
    [
      'JS before sign-in is interactive (gzip, without simulator)',
      sizes.initial.gzip,
      BUDGETS.initial,
    ],
    ['Simulator chunks (gzip, demo tenant only)', sizes.simulator.gzip, BUDGETS.simulator],
    [
      `Largest lazily loaded chunk (gzip): ${sizes.largestRoute.file}`,
      sizes.largestRoute.gzip,
      BUDGETS.largestRoute,
    ],
  ]
  let over = false
  for (const [label, value, budget] of rows) {
    const ok = value <= budget
    over ||= !ok
    console.log(`${ok ? 'ok  ' : 'OVER'} ${label}: ${kb(value)} (budget ${kb(budget)})`)
  }
  if (process.argv.includes('--check') && over) process.exit(1)
}
