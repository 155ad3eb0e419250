import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { configureApi } from '@/api/client'
import { resetTenantServer } from '@/api/session'
import { App } from '@/app/App'
import type { DemoControls } from '@/app/demo'
import { startI18n } from '@/i18n/i18n'
import { loadConfig } from '@/lib/config'
import { installHistoryGuard } from '@/lib/leaveGuard'

async function start() {
  installHistoryGuard()
  const container = document.getElementById('root')
  if (!container) throw new Error('index.html has no #root element')
  const root = createRoot(container)
  const [config] = await Promise.all([loadConfig(), startI18n()])
  configureApi(config.apiBaseUrl || window.location.origin)
  let demo: DemoControls | null = null
  if (config.demoTenant) {
    // The one place the app reaches the simulator: a real deployment never downloads it.
    const { startDemoTenant } = await import('@mocks/browser')
    demo = await startDemoTenant({ idleTimeoutMinutes: config.idleTimeoutMinutes })
  } else if (config.tenantServer) {
    demo = {
      shared: true,
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
