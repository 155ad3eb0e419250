/**
 * Fault injection, per endpoint, for tests and demos: make one endpoint fail with a 500, hang until
 * the client gives up, drop off the network, or refuse with 429. Keys are "METHOD /path/pattern" as
 * the handlers declare them, e.g. "GET /admin/v1/callbacks" or "POST /admin/v1/callbacks".
 */
export const FAULT_KINDS = ['error', 'timeout', 'offline', 'rateLimit'] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

export interface Fault {
  kind: FaultKind
  /** How many requests fail before the endpoint recovers; unlimited when absent. */
  times?: number
}

export class Faults {
  private readonly faults = new Map<string, Fault & { remaining: number }>()

  set(endpoint: string, fault: Fault): void {
    this.faults.set(endpoint, { ...fault, remaining: fault.times ?? Infinity })
  }

  clear(endpoint?: string): void {
    if (endpoint) this.faults.delete(endpoint)
    else this.faults.clear()
  }

  /** The fault to inject for this request, if any (and count it). */
  take(endpoint: string): FaultKind | undefined {
    const fault = this.faults.get(endpoint)
    if (!fault) return undefined
    fault.remaining -= 1
    if (fault.remaining <= 0) this.faults.delete(endpoint)
    return fault.kind
  }

  list(): Array<{ endpoint: string; kind: FaultKind; remaining: number }> {
    return [...this.faults].map(([endpoint, f]) => ({
      endpoint,
      kind: f.kind,
      remaining: f.remaining,
    }))
  }
}
