/**
 * Bulk Import From File on Tools > Click-To-Call In Config (issue 9 §1): a 10,000-line DNIS file
 * chosen in the import dialog, read by Papa Parse and checked in the page's Web Worker, and its
 * problems listed. Timed in the page from the file input's change event until the summary and the
 * first problem line are painted; the longest main-thread task meanwhile says whether the page
 * stayed responsive. Budget: ≤ 500 ms. Part of `npm run bench` (scripts/bench.mjs).
 */
export const IMPORT_BUDGET_MS = 500
const LINES = 10_000

/** A 10,000-line file; every `badEvery`th line broken (a number starting with 0); `run` varies it. */
function dnisFile(run, badEvery) {
  const rows = ['number,description']
  for (let i = 0; i < LINES; i++) {
    const digits = String(10_000_000 + run * LINES + i)
    rows.push(
      i % badEvery === badEvery - 1
        ? `0${digits},"Broken, line ${i + 2}"`
        : `+1800${digits},"Desk ${i + 2}, floor ${i % 40}"`,
    )
  }
  return Buffer.from(rows.join('\r\n'))
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function timeImport(page, buffer, name) {
  await page.evaluate(() => {
    window.__benchStart = 0
    window.__benchLongest = 0
    window.__benchObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__benchLongest = Math.max(window.__benchLongest, entry.duration)
    })
    window.__benchObserver.observe({ type: 'longtask' })
    document.addEventListener('change', () => (window.__benchStart = performance.now()), {
      capture: true,
      once: true,
    })
  })
  await page
    .getByRole('dialog', { name: 'Bulk Import From File' })
    .getByLabel('Choose a .csv file')
    .setInputFiles({ name, mimeType: 'text/csv', buffer })
  return page.evaluate(async (lines) => {
    const done = () => {
      const summary = [...document.querySelectorAll('[role="dialog"] p')].some((p) =>
        p.textContent?.startsWith(`${lines} lines read`),
      )
      const problems = document.querySelector(
        '[role="region"][aria-label="Problems found in the file"] li',
      )
      return summary && problems !== null
    }
    while (!window.__benchStart || !done()) await new Promise((r) => setTimeout(r, 1))
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
    const elapsed = performance.now() - window.__benchStart
    window.__benchObserver.disconnect()
    const summary = [...document.querySelectorAll('[role="dialog"] p')].find((p) =>
      p.textContent?.startsWith(`${lines} lines read`),
    )
    return { ms: elapsed, longestTask: window.__benchLongest, summary: summary.textContent }
  }, LINES.toLocaleString('en'))
}

/**
 * `open()` gives a signed-in page of the demo tenant; `navigate(page, path)` moves inside the app.
 * Two files: one line in ten broken (1,000 problems listed) and every line broken (10,000).
 */
export async function measureDnisImport(open, navigate, runs) {
  const { context, page } = await open()
  await navigate(page, '/tools/click-to-call?group=Service%20London')
  await page.getByRole('button', { name: 'Bulk Import From File' }).click()
  const results = []
  for (const [label, badEvery] of [
    ['1,000 invalid lines', 10],
    ['every line invalid', 1],
  ]) {
    const times = []
    const longest = []
    let summary = ''
    // The first run warms up the worker's code and React's paths: not counted.
    for (let run = 0; run <= runs; run++) {
      const result = await timeImport(page, dnisFile(run, badEvery), `bench-${run}.csv`)
      if (run === 0) continue
      times.push(result.ms)
      longest.push(result.longestTask)
      summary = result.summary
    }
    results.push({
      label,
      median: median(times),
      max: Math.max(...times),
      longestTask: Math.max(...longest),
      runs: times.length,
      summary,
    })
  }
  await context.close()
  return results
}

export function printDnisImport(results) {
  console.log(
    `\nClick-To-Call In Config: Bulk Import From File, ${LINES.toLocaleString('en')} lines (budget ≤ ${IMPORT_BUDGET_MS} ms, change event → summary and problems painted)`,
  )
  for (const r of results) {
    const verdict = r.median <= IMPORT_BUDGET_MS ? 'ok  ' : 'OVER'
    const tasks =
      r.longestTask > 0
        ? `longest main-thread task ${r.longestTask.toFixed(0)} ms`
        : 'no main-thread task over 50 ms'
    console.log(
      `${verdict} ${r.label}: ${r.median.toFixed(1)} ms median of ${r.runs} (max ${r.max.toFixed(1)} ms); ${tasks}; "${r.summary}"`,
    )
  }
}
