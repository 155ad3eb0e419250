import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { configureApi } from '@/api/client'
import { resetTenantServer } from '@/api/session'
import { App } from '@/app/App'
import type { DemoControls } from '@/app/demo'
import { StartingTenant } from '@/app/StartingTenant'
import { startI18n } from '@/i18n/i18n'
import { loadConfig, type AppConfig } from '@/lib/config'
import { installHistoryGuard } from '@/lib/leaveGuard'

/**
 * The tenant inside this page. If it cannot start, the app still renders and says so, with Reset
 * demo data (the saved tenant set aside): a blank page would leave only clearing site data.
 */
async function startDemoTenant(config: AppConfig): Promise<DemoControls> {
  try {
    // The one place the app reaches the simulator: a real deployment never downloads it.
    const { startDemoTenant } = await import('@mocks/browser')
    return await startDemoTenant({ idleTimeoutMinutes: config.idleTimeoutMinutes })
  } catch (error) {
    return {
      shared: false,
      recovered: null,
      startFailure: error instanceof Error ? error.message : String(error),
      reset: () => import('@mocks/browser').then((demo) => demo.setAsideSavedTenant()),
      forgetSession: () => undefined,
    }
  }
}

async function start() {
  installHistoryGuard()
  const container = document.getElementById('root')
  if (!container) throw new Error('index.html has no #root element')
  const root = createRoot(container)
  const [config] = await Promise.all([loadConfig(), startI18n()])
  configureApi(config.apiBaseUrl || window.location.origin)
  let demo: DemoControls | null = null
  if (config.demoTenant) {
    root.render(<StartingTenant />)
    demo = await startDemoTenant(config)
  } else if (config.tenantServer) {
    demo = {
      shared: true,
      recovered: null,
      startFailure: null,
      reset: async () => {
        await resetTenantServer()
      },
      forgetSession: () => undefined,
    }
  }
  root.render(
    <StrictMode>
      <App config={config} demo={demo} />
    </StrictMode>,
  )
}

void start()
