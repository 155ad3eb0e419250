/**
 * quality.md: Lighthouse (desktop) performance and accessibility scores ≥ 95 on the sign-in and
 * Callback pages. Run on the demo tenant as someone trying the product would meet it: a first
 * visit to sign-in (the simulator seeds its tenant during that load), then, signed in, a fresh load
 * of the Callback tab. Storage is kept between the two so the session and the tenant survive.
 */
import { desktopConfig, navigation } from 'lighthouse'
import puppeteer from 'puppeteer-core'

const SCORE_BUDGET = 95
const CATEGORIES = ['performance', 'accessibility']

async function audit(page, url) {
  const { lhr } = await navigation(page, url, {
    config: desktopConfig,
    flags: { onlyCategories: CATEGORIES, disableStorageReset: true },
  })
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`)
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
  const shown = (id) => lhr.audits[id]?.displayValue ?? '?'
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    lcp: shown('largest-contentful-paint'),
    tbt: shown('total-blocking-time'),
    cls: shown('cumulative-layout-shift'),
  }
}

export async function measureLighthouse(origin, executablePath, args) {
  const browser = await puppeteer.launch({ executablePath, headless: true, args })
  try {
    const page = await browser.newPage()
    const signIn = await audit(page, `${origin}/sign-in`)
    await page.goto(`${origin}/sign-in`)
    await page.locator('input[name=username]').fill('admin')
    await page.locator('input[name=password]').fill('demo')
    await page.keyboard.press('Enter')
    await page.waitForSelector('table[aria-label^="Callbacks"] tbody tr', { timeout: 60_000 })
    const callback = await audit(page, `${origin}/callback`)
    return { signIn, callback }
  } finally {
    await browser.close()
  }
}

export function printLighthouse(r) {
  console.log(`\nLighthouse, desktop, demo tenant (budget: each score ≥ ${SCORE_BUDGET})`)
  for (const [name, s] of [
    ['sign-in (first visit)', r.signIn],
    ['Callback tab', r.callback],
  ]) {
    const verdict =
      s.performance >= SCORE_BUDGET && s.accessibility >= SCORE_BUDGET ? 'ok  ' : 'LOW '
    console.log(
      `${verdict} ${name}: performance ${s.performance}, accessibility ${s.accessibility} (LCP ${s.lcp}, TBT ${s.tbt}, CLS ${s.cls})`,
    )
  }
}
