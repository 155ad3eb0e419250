/**
 * Runtime configuration, read from /config.json when the app starts, so one build serves the demo
 * tenant and a real backend: pointing the app elsewhere is a change to that file, not to code.
 */
export interface AppConfig {
  /** Origin (and optional path prefix) of the backend; empty means the page's own origin. */
  apiBaseUrl: string
  /** Start the embedded simulated tenant (Mock Service Worker) before rendering. */
  demoTenant: boolean
  /** The backend is the simulated tenant server (npm start), shared and resettable by administrators. */
  tenantServer: boolean
  idleTimeoutMinutes: number
  /** How long before the end of an idle session the warning appears. */
  idleWarningSeconds: number
}

export const DEFAULT_CONFIG: AppConfig = {
  apiBaseUrl: '',
  demoTenant: true,
  tenantServer: false,
  idleTimeoutMinutes: 20,
  idleWarningSeconds: 60,
}

/** The backend is a simulated tenant (in the page or the tenant server), not a real one. */
export function isSimulatedTenant(config: AppConfig): boolean {
  return config.demoTenant || config.tenantServer
}

function positive(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback
}

export function parseConfig(raw: unknown): AppConfig {
  const input = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
  const idleTimeoutMinutes = positive(input.idleTimeoutMinutes, DEFAULT_CONFIG.idleTimeoutMinutes)
  return {
    apiBaseUrl:
      typeof input.apiBaseUrl === 'string'
        ? input.apiBaseUrl.replace(/\/+$/, '')
        : DEFAULT_CONFIG.apiBaseUrl,
    demoTenant:
      typeof input.demoTenant === 'boolean' ? input.demoTenant : DEFAULT_CONFIG.demoTenant,
    tenantServer: input.tenantServer === true,
    idleTimeoutMinutes,
    idleWarningSeconds: Math.min(
      positive(input.idleWarningSeconds, DEFAULT_CONFIG.idleWarningSeconds),
      idleTimeoutMinutes * 60 - 1,
    ),
  }
}

export async function loadConfig(): Promise<AppConfig> {
  try {
    const response = await fetch('/config.json', { cache: 'no-store' })
    return parseConfig(response.ok ? await response.json() : {})
  } catch {
    return DEFAULT_CONFIG
  }
}
