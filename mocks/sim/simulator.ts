import {
  DEFAULT_SEED_SIZE,
  seedTenant,
  seedTenantInSlices,
  type SeedOptions,
} from '../seed/seedTenant'
import { migrateState, StoredStateError } from '../store/migrations'
import { Faults, type Fault } from './faults'
import { Tenant } from './tenant'

/** Where the tenant is kept between runs: IndexedDB in the page, SQLite in the tenant server. */
export interface Persistence {
  /** The saved state as stored (upgraded by migrateState), or undefined when nothing is saved. */
  load(): Promise<unknown>
  /** Store the tenant as it is now; a store may write only what changed (Tenant.changes). */
  save(tenant: Tenant): Promise<void>
  clear(): Promise<void>
  /**
   * Move an unreadable saved tenant out of the way, kept for whoever wants to look at it, so a fresh
   * one can be stored. Stores that never start over on their own (the tenant server refuses an
   * unreadable file instead) need not implement it.
   */
  setAside?(): Promise<void>
}

/** How the tenant is reached: through Mock Service Worker in the page, or over real HTTP. */
export interface Transport {
  /**
   * Real HTTP: the session cookie is HttpOnly (a mocked response in the page can only set what page
   * script may, so the page's cookie cannot be).
   */
  httpOnlyCookies: boolean
  /** Origins whose pages may call the engagement API (CORS); the app's own origin is always allowed. */
  corsOrigins: readonly string[]
  /**
   * The cookies a request carries, when the transport knows better than the request: in the page,
   * the browser's one cookie jar (document.cookie), whichever tab the request came from.
   */
  cookies?: () => Record<string, string>
}

/**
 * Run once the requests already received have been handled: in Node after this turn's I/O
 * (setImmediate), in the page after this task.
 */
const afterPendingRequests: (run: () => void) => void =
  typeof setImmediate === 'function' ? (run) => setImmediate(run) : (run) => setTimeout(run, 0)

export const IN_PAGE: Transport = { httpOnlyCookies: false, corsOrigins: [] }

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
  transport?: Transport
  /**
   * What to do with a saved tenant that cannot be read (damaged, or from a newer build): start from a
   * fresh seed (the page: a demo must never stay blank) or throw, so the tenant server can say what
   * is wrong and leave the file for the user to decide.
   */
  unreadable?: 'reseed' | 'throw'
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
  readonly transport: Transport
  /** Why the saved tenant was replaced by a fresh seed when the simulator started, if it was. */
  readonly recovered: string | undefined
  private tenantValue: Tenant
  private readonly clock: () => number
  private readonly options: SimulatorOptions
  private saveTimer: ReturnType<typeof setTimeout> | undefined
  private pendingSave: Promise<void> | undefined

  private constructor(tenant: Tenant, options: SimulatorOptions, recovered?: string) {
    this.options = options
    this.clock = options.now ?? Date.now
    this.latencyMs = options.latencyMs ?? 0
    this.idleTimeoutMs = (options.idleTimeoutMinutes ?? 20) * 60_000
    this.transport = options.transport ?? IN_PAGE
    this.recovered = recovered
    for (const [endpoint, fault] of Object.entries(options.faults ?? {}))
      this.faults.set(endpoint, fault)
    this.tenantValue = tenant
    this.watch(tenant)
  }

  /** The saved tenant if there is a readable one, else a fresh seed, which is saved at once. */
  static async start(options: SimulatorOptions = {}): Promise<Simulator> {
    const now = (options.now ?? Date.now)()
    let recovered: string | undefined
    let saved: Tenant | undefined
    try {
      const raw = await options.persistence?.load()
      if (raw !== undefined) saved = new Tenant(migrateState(raw), now)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      if (options.unreadable === 'throw')
        throw error instanceof StoredStateError ? error : new StoredStateError('damaged', reason)
      recovered = reason
      const persistence = options.persistence
      await (persistence?.setAside ? persistence.setAside() : persistence?.clear())?.catch(
        () => undefined,
      )
    }
    const tenant = saved ?? (await seedTenantInSlices(Simulator.seedOptions(options, now)))
    const simulator = new Simulator(tenant, options, recovered)
    if (!saved) await simulator.persistNow()
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
    const size = options.seedSize ?? DEFAULT_SEED_SIZE
    return options.seed === undefined ? { now, size } : { now, size, seed: options.seed }
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
    clearTimeout(this.saveTimer)
    this.saveTimer = undefined
    await this.options.persistence?.clear()
    this.tenantValue = await seedTenantInSlices(Simulator.seedOptions(this.options, this.clock()))
    this.watch(this.tenantValue)
    this.faults.clear()
    await this.persistNow()
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
      void persistence.save(this.tenantValue).catch(() => undefined)
    }, 1000)
  }

  /**
   * Save before a write is answered, so a reload or a restart right after never loses it. A failed
   * save fails the request: the change is not acknowledged. Writes that arrive together share one
   * save (group commit): the save starts once the requests already received have run, and each of
   * them is answered when it is done.
   */
  persistNow(): Promise<void> {
    const persistence = this.options.persistence
    if (!persistence) return Promise.resolve()
    clearTimeout(this.saveTimer)
    this.saveTimer = undefined
    this.pendingSave ??= new Promise<void>((resolve) => afterPendingRequests(resolve)).then(() => {
      this.pendingSave = undefined
      return persistence.save(this.tenantValue)
    })
    return this.pendingSave
  }

  /** Write now (the page is being hidden or closed). */
  flush(): void {
    if (!this.saveTimer) return
    clearTimeout(this.saveTimer)
    this.saveTimer = undefined
    void this.options.persistence?.save(this.tenantValue).catch(() => undefined)
  }
}
