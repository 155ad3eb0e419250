import { chromium } from '@playwright/test'
const [, , url, out, w = '1280', h = '800', actions = ''] = process.argv
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
})
const page = await browser.newPage({ viewport: { width: +w, height: +h } })
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning')
    console.log('console', m.type(), m.text().slice(0, 300))
})
page.on('pageerror', (e) => console.log('pageerror', e.message))
await page.goto(url)
await page.waitForTimeout(1500)
if (actions === 'signin') {
  await page.getByLabel('Username').fill(process.env.USER_NAME || 'admin')
  await page.getByLabel('Password').fill('demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForTimeout(2500)
}
await page.screenshot({ path: out, fullPage: true })
console.log('url', page.url())
await browser.close()
