import { DEFAULT_SIM_CONFIG, expect, setLatency, signIn, tabStrip, test } from './fixtures'

// Apart from session.spec.ts: its six-second idle timeout would open the warning dialog over these
// steps on a busy machine.
test.describe('signing out', () => {
  // The tenant is kept in IndexedDB here, as for a real visitor: a reload must not bring it back.
  test.use({ simConfig: { ...DEFAULT_SIM_CONFIG, persist: true, seedSize: 300 } })

  test('sticks even when the tab is closed right after the click', async ({ page, context }) => {
    await page.goto('/callback')
    await signIn(page, 'supervisor')
    // The tab closes long before the tenant answers the sign-out.
    await setLatency(page, 5000)
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.close({ runBeforeUnload: false })
    const again = await context.newPage()
    await again.goto('/callback')
    await expect(again).toHaveURL(/\/sign-in/)
    await expect(tabStrip(again)).toHaveCount(0)
  })
})
