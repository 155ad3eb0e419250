/**
 * `npm run bench`: the figures of quality.md, measured on the production build in Chromium.
 * - bundle sizes (gzip) from the build manifest, and the JS Chromium actually fetched before the
 *   sign-in page was usable;
 * - for 1,000 / 20,000 / 100,000 callbacks in range on the simulated tenant: time to the first page
 *   after navigating to the Callback tab, main-thread time per search keystroke, time to change
 *   page and to re-sort.
 * Timings vary with the machine; run it on a quiet one. Results also go to bench-results/.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { BUDGETS, bundleSizes, kb } from './bundle-sizes.mjs'

const PORT = Number(process.env.BENCH_PORT ?? 4180)
const ORIGIN = `http://localhost:${PORT}`
const SIZES = (process.env.BENCH_SIZES ?? '1000,20000,100000').split(',').map(Number)
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const SYSTEM_CHROMIUM = '/usr/bin/chromium'

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`)
}

async function startPreview() {
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(ORIGIN)).ok) return server
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  server.kill()
  throw new Error('vite preview did not start')
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
const ms = (value) => `${value.toFixed(1)} ms`

async function newPage(browser, hooks) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  await context.addInitScript((config) => {
    window.__callbackSimConfig = config
  }, hooks)
  const page = await context.newPage()
  return { context, page }
}

async function signIn(page) {
  await page.goto(`${ORIGIN}/sign-in`)
  await page.getByLabel('Username').fill('admin')
  await page.getByLabel('Password').fill('demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('navigation', { name: 'Sections' }).waitFor()
}

/** JS the browser fetched before the sign-in form could be used. */
async function measureInitialLoad(browser, simulatorFiles) {
  const { context, page } = await newPage(browser, { persist: false, latencyMs: 0, seedSize: 1000 })
  const scripts = new Set()
  page.on('response', (response) => {
    const url = new URL(response.url())
    if (url.origin === ORIGIN && url.pathname.endsWith('.js')) scripts.add(url.pathname.slice(1))
  })
  const started = Date.now()
  await page.goto(`${ORIGIN}/sign-in`)
  await page.getByLabel('Username').waitFor()
  const interactive = Date.now() - started
  await context.close()
  const app = [...scripts].filter((f) => !simulatorFiles.has(f) && f !== 'mockServiceWorker.js')
  const gzip = app.reduce((sum, f) => sum + gzipSync(readFileSync(join('dist', f))).length, 0)
  return { files: app.length, gzip, interactive }
}

/** Navigate inside the app as a link would (history + popstate), then wait for painted rows. */
async function timeNavigation(page, path) {
  return page.evaluate(async (target) => {
    const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
    const rowsShown = () => {
      const table = document.querySelector('table[aria-label^="Callbacks"]')
      return (
        table &&
        table.querySelectorAll('tbody tr').length > 0 &&
        !document.querySelector('[role="progressbar"]')
      )
    }
    const start = performance.now()
    history.pushState(null, '', target)
    dispatchEvent(new PopStateEvent('popstate'))
    while (!rowsShown()) await new Promise((r) => setTimeout(r, 2))
    await painted()
    return performance.now() - start
  }, path)
}

/** Click a control and time until the first row differs and the loading bar is gone. */
async function timeChange(page, locator) {
  await page.evaluate(() => {
    const first = document.querySelector('table[aria-label^="Callbacks"] tbody tr')
    window.__benchFirstRow = first?.textContent ?? ''
    window.__benchStart = 0
    document.addEventListener('click', () => (window.__benchStart = performance.now()), {
      capture: true,
      once: true,
    })
  })
  await locator.click()
  return page.evaluate(async () => {
    const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
    const changed = () => {
      const first = document.querySelector('table[aria-label^="Callbacks"] tbody tr')
      return (
        first &&
        first.textContent !== window.__benchFirstRow &&
        !document.querySelector('[role="progressbar"]')
      )
    }
    while (!changed()) await new Promise((r) => setTimeout(r, 2))
    await painted()
    return performance.now() - window.__benchStart
  })
}

async function taskSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics')
  return metrics.find((m) => m.name === 'TaskDuration').value
}

/**
 * Main-thread work per keystroke while typing (keys 80 ms apart, faster than the search's debounce)
 * and whether any long task (> 50 ms) happened; then the time until results show once typing stops.
 */
async function measureTyping(page, cdp) {
  const box = page.getByRole('textbox', { name: 'Search' })
  await box.click()
  await page.evaluate(() => {
    window.__longTasks = 0
    new PerformanceObserver((list) => (window.__longTasks += list.getEntries().length)).observe({
      type: 'longtask',
    })
  })
  const text = '4420'
  const before = await taskSeconds(cdp)
  for (const key of text) {
    await page.keyboard.type(key)
    await page.waitForTimeout(80)
  }
  const perKey = (((await taskSeconds(cdp)) - before) * 1000) / text.length
  const longTasks = await page.evaluate(() => window.__longTasks)
  const settled = await page.evaluate(async () => {
    const start = performance.now()
    const table = document.querySelector('table[aria-label^="Callbacks"]')
    const before = table?.querySelector('tbody')?.textContent
    while (
      table?.querySelector('tbody')?.textContent === before ||
      document.querySelector('[role="progressbar"]')
    ) {
      await new Promise((r) => setTimeout(r, 2))
      if (performance.now() - start > 10_000) break
    }
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
    return performance.now() - start
  })
  return { perKey, longTasks, settled }
}

async function measureSize(browser, size) {
  const { context, page } = await newPage(browser, { persist: false, latencyMs: 0, seedSize: size })
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  const seedStart = Date.now()
  await signIn(page)
  const startup = Date.now() - seedStart
  // Warm the tab's code once, so navigation measures data and rendering, not the first download.
  const cold = await timeNavigation(page, '/callback?range=all')
  const totalText = await page.getByRole('navigation', { name: 'Pages' }).textContent()
  const inRange = Number((/of\s+([\d,\s ]+)/.exec(totalText ?? '')?.[1] ?? '0').replace(/\D/g, ''))
  const first = []
  const pageChange = []
  const sortChange = []
  for (let i = 0; i < RUNS; i++) {
    await page.evaluate(() => {
      history.pushState(null, '', '/tools')
      dispatchEvent(new PopStateEvent('popstate'))
    })
    await page.getByRole('table').waitFor({ state: 'detached' })
    first.push(await timeNavigation(page, '/callback?range=all'))
    pageChange.push(await timeChange(page, page.getByRole('button', { name: 'Next page' })))
    sortChange.push(await timeChange(page, page.getByRole('button', { name: 'Phone Number' })))
  }
  await timeNavigation(page, '/callback?range=all&field=phoneNumber')
  const typing = await measureTyping(page, cdp)
  await context.close()
  return {
    size,
    inRange,
    startup,
    cold,
    first: median(first),
    pageChange: median(pageChange),
    sortChange: median(sortChange),
    ...typing,
  }
}

async function main() {
  console.log('Building the production bundle…')
  run('npx', ['vite', 'build', '--logLevel', 'warn'])
  const sizes = bundleSizes()
  const server = await startPreview()
  const browser = await chromium.launch({
    ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  })
  try {
    const initial = await measureInitialLoad(browser, new Set(sizes.simulator.files))
    const results = []
    for (const size of SIZES) {
      process.stdout.write(`Measuring ${size.toLocaleString('en')} callbacks…\n`)
      results.push(await measureSize(browser, size))
    }
    const check = (value, budget) => (value <= budget ? 'ok  ' : 'OVER')
    console.log('\nBundle (gzip)')
    console.log(
      `${check(sizes.initial.gzip, BUDGETS.initial)} JS before sign-in is interactive, without simulator: ${kb(sizes.initial.gzip)} (budget ${kb(BUDGETS.initial)}); fetched by Chromium: ${initial.files} files, ${kb(initial.gzip)}, usable after ${initial.interactive} ms`,
    )
    console.log(
      `${check(sizes.simulator.gzip, BUDGETS.simulator)} Simulator chunks: ${kb(sizes.simulator.gzip)} (budget ${kb(BUDGETS.simulator)})`,
    )
    console.log(
      `${check(sizes.largestRoute.gzip, BUDGETS.largestRoute)} Largest lazily loaded chunk: ${kb(sizes.largestRoute.gzip)} ${sizes.largestRoute.file} (budget ${kb(BUDGETS.largestRoute)})`,
    )
    console.log(
      `\nCallback tab (median of ${RUNS}; budgets: first page ≤ 300 ms at 20,000, keystroke ≤ 16 ms and no long task, page/sort ≤ 100 ms)`,
    )
    console.log(
      'in range  | sim start-up | first page (cold) | first page | per keystroke | long tasks | results after typing | next page | sort',
    )
    for (const r of results) {
      console.log(
        [
          r.inRange.toLocaleString('en').padStart(9),
          `${r.startup} ms`.padStart(12),
          ms(r.cold).padStart(17),
          ms(r.first).padStart(10),
          ms(r.perKey).padStart(13),
          String(r.longTasks).padStart(10),
          ms(r.settled).padStart(20),
          ms(r.pageChange).padStart(9),
          ms(r.sortChange),
        ].join(' | '),
      )
    }
    mkdirSync('bench-results', { recursive: true })
    const file = join(
      'bench-results',
      `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
    )
    writeFileSync(file, JSON.stringify({ bundle: sizes, initial, results }, null, 2))
    console.log(`\nSaved ${file}`)
  } finally {
    await browser.close()
    server.kill()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
