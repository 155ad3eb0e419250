import {
  DEFAULT_SEED_SIZE,
  seedTenant,
  seedTenantInSlices,
  STATE_SCHEMA,
  type SeedOptions,
} from '../seed/seedTenant'
import type { TenantState } from '../store/types'
import { Faults, type Fault } from './faults'
import { Tenant } from './tenant'

export interface Persistence {
  load(): Promise<TenantState | undefined>
  save(state: TenantState): Promise<void>
  clear(): Promise<void>
}

export interface SimulatorOptions {
  /** The simulator's clock (tests pin it; the browser follows Date.now, which Playwright can move). */
  now?: () => number
  seedSize?: number
  seed?: number
  /** Minutes without requests after which a session ends. */
  idleTimeoutMinutes?: number
  /** Added to every response, to make loading states visible and tests realistic. */
  latencyMs?: number
  faults?: Record<string, Fault>
  persistence?: Persistence
}

/**
 * The simulated tenant as a running service: its state, clock, latency and faults. Handlers ask it
 * for the tenant advanced to the current time on every request, so callbacks move through their
 * states whether or not anyone is looking.
 */
export class Simulator {
  readonly faults = new Faults()
  latencyMs: number
  readonly idleTimeoutMs: number
  private tenantValue: Tenant
  private readonly clock: () => number
  private readonly options: SimulatorOptions
  private saveTimer: ReturnType<typeof setTimeout> | undefined

  private constructor(tenant: Tenant, options: SimulatorOptions) {
    this.options = options
    this.clock = options.now ?? Date.now
    this.latencyMs = options.latencyMs ?? 0
    this.idleTimeoutMs = (options.idleTimeoutMinutes ?? 20) * 60_000
    for (const [endpoint, fault] of Object.entries(options.faults ?? {}))
      this.faults.set(endpoint, fault)
    this.tenantValue = tenant
    this.watch(tenant)
  }

  static async start(options: SimulatorOptions = {}): Promise<Simulator> {
    const now = (options.now ?? Date.now)()
    const saved = await options.persistence?.load().catch(() => undefined)
    const tenant =
      saved && saved.schema === STATE_SCHEMA
        ? new Tenant(saved, now)
        : await seedTenantInSlices(Simulator.seedOptions(options, now))
    const simulator = new Simulator(tenant, options)
    if (!saved) simulator.persistSoon()
    return simulator
  }

  /** A simulator on a fresh tenant, synchronously (tests). */
  static fresh(options: SimulatorOptions = {}): Simulator {
    return new Simulator(
      seedTenant(Simulator.seedOptions(options, (options.now ?? Date.now)())),
      options,
    )
  }

  private static seedOptions(options: SimulatorOptions, now: number): SeedOptions {
    return { now, size: options.seedSize ?? DEFAULT_SEED_SIZE, seed: options.seed }
  }

  now(): number {
    return this.clock()
  }

  /** The tenant, with every event due by now applied. */
  tenant(): Tenant {
    this.tenantValue.advanceTo(this.clock())
    return this.tenantValue
  }

  /** Throw the tenant away and seed a new one (the UI's Reset demo data). */
  async reset(): Promise<void> {
    await this.options.persistence?.clear()
    this.tenantValue = await seedTenantInSlices(Simulator.seedOptions(this.options, this.clock()))
    this.watch(this.tenantValue)
    this.faults.clear()
    this.persistSoon()
  }

  private watch(tenant: Tenant): void {
    tenant.onChange = () => this.persistSoon()
  }

  /** Save at most once a second: bursts of changes (a bulk cancel) cost one write. */
  private persistSoon(): void {
    const persistence = this.options.persistence
    if (!persistence || this.saveTimer) return
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined
      void persistence.save(this.tenantValue.state).catch(() => undefined)
    }, 1000)
  }

  /**
   * Save before a write is answered, so a reload right after never loses it (a save started while
   * the page unloads may not finish). Changes made by the clock alone replay identically from the
   * last saved state, so they can wait for the debounced save.
   */
  async persistNow(): Promise<void> {
    if (!this.options.persistence) return
    clearTimeout(this.saveTimer)
    this.saveTimer = undefined
    await this.options.persistence.save(this.tenantValue.state).catch(() => undefined)
  }

  /** Write now (the page is being hidden or closed). */
  flush(): void {
    if (!this.saveTimer) return
    clearTimeout(this.saveTimer)
    this.saveTimer = undefined
    void this.options.persistence?.save(this.tenantValue.state).catch(() => undefined)
  }
}
