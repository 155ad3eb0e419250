import { computeAvailability, slotContaining, slotStarts, type Slot } from '@/domain/availability'
import { capacityAt } from '@/domain/capacityRule'
import {
  isCancellable,
  isExpired,
  RECORD_TTL_MS,
  type CallbackOrigin,
  type OriginationChannel,
} from '@/domain/callback'
import {
  callbackComparator,
  callbackMatcher,
  compareInstants,
  type CallbackFilter,
  type SortField,
  type SortOrder,
} from '@/domain/callbackQuery'
import type { CallbackEvent } from '@/domain/lifecycle'
import { RowChanges } from '../store/changes'
import { ROW_ORDER } from '../store/layout'
import type { CallbackRecord, PlannedEvent, SimQueue, TenantState } from '../store/types'
import { CallInDesk } from './callIns'
import { applyEvent, fire, type EngineHost } from './engine'
import { sortedPage } from './firstSorted'
import { MinHeap } from './heap'
import { estimatedWaitSeconds } from './queueFigures'

const iso = (t: number) => new Date(t).toISOString()
/** How often records past their 14-day TTL are swept out. */
const TTL_SWEEP_MS = 60_000
/** Completed callbacks that no longer hold their slot. */
const RELEASES_SLOT = new Set(['CANCELLED', 'CANCELLED_BY_ADMIN', 'RESCHEDULED'])

export interface NewCallback {
  serviceName: string
  phoneNumber: string
  origin: CallbackOrigin
  channel: OriginationChannel
  desiredTime: number
  createdBy?: string | undefined
  id?: string
  extraMetrics?: CallbackRecord['metrics']
  parameters?: CallbackRecord['parameters']
}

/**
 * The simulated tenant in memory: the persisted state plus the indexes that keep it fast (by ID,
 * by desired time, QUEUED per queue, the agenda of planned events). All changes to callbacks go
 * through here and the engine, so indexes and the state machine never disagree.
 */
export class Tenant implements EngineHost {
  readonly state: TenantState
  private readonly byId = new Map<string, CallbackRecord>()
  private readonly queues = new Map<string, SimQueue>()
  private readonly queued = new Map<string, Set<CallbackRecord>>()
  private readonly agenda = new MinHeap<{ record: CallbackRecord; plan: PlannedEvent }>()
  private clock: number
  private lastSweep = 0
  /** Called after anything changed, so the state can be persisted. */
  onChange: (() => void) | undefined
  /** Callbacks changed since the store last wrote them. */
  readonly changes = new RowChanges()
  /** Where new callback and call-in IDs come from; the seed replaces it with a seeded generator. */
  newId: () => string = () => crypto.randomUUID()
  /** Click-To-Call-In requests and their simulated consumers. */
  readonly callIns: CallInDesk

  constructor(state: TenantState, now: number) {
    this.state = state
    this.clock = now
    this.callIns = new CallInDesk(state, this.changes, () => this.newId())
    for (const queue of state.queues) this.queues.set(queue.name, queue)
    state.callbacks.sort(ROW_ORDER.callbacks)
    for (const record of state.callbacks) {
      this.byId.set(record.id, record)
      if (record.state === 'QUEUED') this.setQueued(record, true)
      if (record.next) this.agenda.push(record.next.at, { record, plan: record.next })
    }
  }

  get now(): number {
    return this.clock
  }

  // ---- EngineHost ----
  queue(name: string): SimQueue | undefined {
    return this.queues.get(name)
  }

  queuedCount(queueName: string): number {
    return this.queued.get(queueName)?.size ?? 0
  }

  /** The callbacks QUEUED in a queue now, in no particular order. */
  queuedIn(queueName: string): ReadonlySet<CallbackRecord> {
    return this.queued.get(queueName) ?? new Set()
  }

  setQueued(record: CallbackRecord, queued: boolean): void {
    let set = this.queued.get(record.serviceName)
    if (!set) this.queued.set(record.serviceName, (set = new Set()))
    if (queued) set.add(record)
    else set.delete(record)
  }

  schedule(record: CallbackRecord, event: CallbackEvent, at: number): void {
    const plan = { event, at }
    record.next = plan
    this.agenda.push(at, { record, plan })
  }

  // ---- clock ----
  /** Run every planned event due by `now`, in time order, and sweep expired records. */
  advanceTo(now: number): void {
    let changed = false
    for (
      let key = this.agenda.peekKey();
      key !== undefined && key <= now;
      key = this.agenda.peekKey()
    ) {
      const entry = this.agenda.pop()
      if (!entry) break
      // Superseded plans (the callback was cancelled or replanned) stay in the heap until popped.
      if (entry.record.next !== entry.plan || !this.byId.has(entry.record.id)) continue
      entry.record.next = undefined
      fire(this, entry.record, entry.plan.event, entry.plan.at)
      this.changes.put('callbacks', entry.record)
      changed = true
    }
    changed = this.callIns.advanceTo(now) || changed
    this.clock = Math.max(this.clock, now)
    if (now - this.lastSweep >= TTL_SWEEP_MS) {
      this.lastSweep = now
      changed = this.sweepExpired(now) || changed
    }
    if (changed) this.onChange?.()
  }

  private sweepExpired(now: number): boolean {
    const cutoff = iso(now - RECORD_TTL_MS)
    const list = this.state.callbacks
    let n = 0
    for (const record of list) {
      if (compareInstants(record.desiredTime, cutoff) > 0) break
      n++
    }
    if (n === 0) return false
    for (const record of list.splice(0, n)) {
      this.byId.delete(record.id)
      this.setQueued(record, false)
      this.changes.remove('callbacks', record.id)
    }
    return true
  }

  // ---- reads ----
  get(id: string): CallbackRecord | undefined {
    const record = this.byId.get(id)
    return record && !isExpired(record.desiredTime, this.clock) ? record : undefined
  }

  /** 1-based place among the callbacks waiting in the same queue; 0 once an agent has it. */
  positionOf(record: CallbackRecord): number {
    if (record.state !== 'QUEUED') return 0
    const mine = record.metrics.queuedAt ?? record.updatedAt
    let ahead = 0
    for (const other of this.queued.get(record.serviceName) ?? []) {
      const theirs = other.metrics.queuedAt ?? other.updatedAt
      if (compareInstants(theirs, mine) < 0 || (theirs === mine && other.id < record.id)) ahead++
    }
    return ahead + 1
  }

  /** Seconds until an agent is expected for this callback; 0 once routing, −1 when unknown. */
  waitOf(record: CallbackRecord): number {
    const queue = this.queues.get(record.serviceName)
    if (!queue) return -1
    if (record.state !== 'QUEUED') return 0
    return estimatedWaitSeconds(queue, this.positionOf(record), this.clock)
  }

  /** The queue's current EWT for a new callback. */
  queueWait(queue: SimQueue): number {
    return estimatedWaitSeconds(queue, this.queuedCount(queue.name) + 1, this.clock)
  }

  /** Records whose desired time is in [from, to): a slice of the time-ordered list. */
  private rangeIndexes(from: number, to: number): [number, number] {
    return [this.lowerBound(iso(from)), this.lowerBound(iso(to))]
  }

  private lowerBound(time: string, id = ''): number {
    const list = this.state.callbacks
    let lo = 0
    let hi = list.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const r = list[mid]
      if (!r) break
      const c = compareInstants(r.desiredTime, time)
      if (c < 0 || (c === 0 && r.id < id)) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /** Matching records in [from, to) for a set of permitted queues, sorted, without paging. */
  select(
    filter: CallbackFilter,
    permitted: ReadonlySet<string>,
    sort: SortField = 'desiredTime',
    order: SortOrder = 'asc',
  ): CallbackRecord[] {
    const rows = this.matching(filter, permitted)
    // The list is kept in (desired time, ID) order, which is the default sort already.
    if (sort !== 'desiredTime') rows.sort(callbackComparator(sort, order))
    else if (order === 'desc') rows.reverse()
    return rows
  }

  /**
   * One page of select(): the records from `start` (at most `count`) and how many match in all,
   * without sorting every match (the list's answer to a page or sort change at 100,000 callbacks).
   */
  selectPage(
    filter: CallbackFilter,
    permitted: ReadonlySet<string>,
    page: { sort: SortField; order: SortOrder; start: number; count: number },
  ): { rows: CallbackRecord[]; total: number } {
    const matches = this.matching(filter, permitted)
    const { sort, order, start, count } = page
    const total = matches.length
    if (sort !== 'desiredTime') {
      return { rows: sortedPage(matches, start, count, callbackComparator(sort, order)), total }
    }
    if (order === 'asc') return { rows: matches.slice(start, start + count), total }
    const end = Math.max(0, total - start)
    return { rows: matches.slice(Math.max(0, end - count), end).reverse(), total }
  }

  /** Matching records in [from, to) for a set of permitted queues, in (desired time, ID) order. */
  private matching(filter: CallbackFilter, permitted: ReadonlySet<string>): CallbackRecord[] {
    const [lo, hi] = this.rangeIndexes(filter.from, filter.to)
    const matches = callbackMatcher(filter)
    const list = this.state.callbacks
    const rows: CallbackRecord[] = []
    for (let i = lo; i < hi; i++) {
      const record = list[i]
      if (!record) break
      if (permitted.has(record.serviceName) && matches(record)) rows.push(record)
    }
    return rows
  }

  // ---- availability ----
  /** Scheduled callbacks holding a place in the queue's slots between two instants, by slot start. */
  private bookings(queue: SimQueue, from: number, to: number): Map<number, number> {
    const step = queue.slotDurationMin * 60_000
    const counts = new Map<number, number>()
    const [lo, hi] = this.rangeIndexes(from - step, to)
    const list = this.state.callbacks
    for (let i = lo; i < hi; i++) {
      const r = list[i]
      if (!r) break
      if (r.serviceName !== queue.name || r.origin !== 'SCHEDULED') continue
      if (r.state === 'COMPLETED' && r.reason && RELEASES_SLOT.has(r.reason)) continue
      const slot = slotContaining(queue, Date.parse(r.desiredTime))
      if (slot !== null) counts.set(slot, (counts.get(slot) ?? 0) + 1)
    }
    return counts
  }

  availability(
    queue: SimQueue,
    request: {
      start: number
      end: number
      timeZone: string
      maxTimeSlots?: number
      reportBusy?: boolean
    },
  ): Slot[] {
    const booked = this.bookings(queue, request.start, request.end)
    return computeAvailability(
      { queue, bookedIn: (start) => booked.get(start) ?? 0, capacityOf: this.capacityOf(queue) },
      { ...request, now: this.clock },
    )
  }

  /** A slot's total capacity: the queue's capacity rule, read in its business-hours zone, if it has one. */
  capacityOf(queue: SimQueue): (slotStart: number) => number {
    const rule = queue.capacityRuleId
      ? this.state.capacityRules.find((r) => r.id === queue.capacityRuleId)
      : undefined
    const zone = queue.businessHours.timeZone
    return rule ? (t) => capacityAt(rule, zone, t) : () => queue.slotCapacity
  }

  /** Every bookable slot between two instants, past ones included, with its capacity and bookings. */
  capacityUsage(
    queue: SimQueue,
    from: number,
    to: number,
  ): Array<{ start: number; capacity: number; booked: number }> {
    const booked = this.bookings(queue, from, to)
    const capacityOf = this.capacityOf(queue)
    return slotStarts(queue, from, to).map((start) => ({
      start,
      capacity: Math.max(0, capacityOf(start)),
      booked: booked.get(start) ?? 0,
    }))
  }

  /** Free slots from a desired time on, for a 429 answer (the next few with room). */
  proposeSlots(queue: SimQueue, from: number, count = 5): Slot[] {
    return this.availability(queue, {
      start: from,
      end: from + 14 * 86_400_000,
      timeZone: 'UTC',
      maxTimeSlots: count,
    })
  }

  /** Places left in the slot that starts exactly at `desired`; null when it is not a bookable slot start. */
  freePlaces(queue: SimQueue, desired: number): number | null {
    const slot = this.availability(queue, {
      start: desired,
      end: desired + 1,
      timeZone: 'UTC',
      reportBusy: true,
    })[0]
    return slot && Date.parse(slot.utcTime) === desired ? slot.capacity : null
  }

  // ---- commands ----
  create(input: NewCallback): CallbackRecord {
    const queue = this.queues.get(input.serviceName)
    const now = this.clock
    const record: CallbackRecord = {
      id: input.id ?? this.newId(),
      serviceName: input.serviceName,
      phoneNumber: input.phoneNumber,
      origin: input.origin,
      channel: input.channel,
      state: 'SCHEDULED',
      desiredTime: iso(input.desiredTime),
      updatedAt: iso(Math.min(now, input.desiredTime)),
      metrics: {
        originationChannel: input.channel,
        callbackType: input.origin === 'SCHEDULED' ? 'SCHEDULED' : 'WAIT_FOR_AGENT',
        createdAt: iso(Math.min(now, input.desiredTime)),
        ...(input.createdBy ? { createdBy: input.createdBy } : {}),
        ...(input.origin === 'IMMEDIATE' && queue
          ? { ewtAtOffer: Math.max(0, this.queueWait(queue)) }
          : {}),
        ...input.extraMetrics,
      },
      ...(input.parameters ? { parameters: input.parameters } : {}),
    }
    this.insert(record)
    this.schedule(record, 'QUEUE', input.desiredTime)
    // An immediate callback joins its queue at once, not at the next request.
    this.advanceTo(now)
    this.onChange?.()
    return record
  }

  private insert(record: CallbackRecord): void {
    const at = this.lowerBound(record.desiredTime, record.id)
    this.state.callbacks.splice(at, 0, record)
    this.byId.set(record.id, record)
    this.changes.put('callbacks', record)
  }

  /** A person or the customer ends a callback that is not yet with an agent. */
  cancel(record: CallbackRecord, by: { username: string } | 'customer'): boolean {
    if (!isCancellable(record.state)) return false
    const ok = applyEvent(
      this,
      record,
      by === 'customer' ? 'CANCEL' : 'CANCEL_BY_ADMIN',
      this.clock,
      by === 'customer' ? undefined : by.username,
    )
    if (ok) {
      this.changes.put('callbacks', record)
      this.onChange?.()
    }
    return ok
  }

  /** Replace a SCHEDULED callback by a new one at another time; the old one is COMPLETED (RESCHEDULED). */
  reschedule(record: CallbackRecord, desiredTime: number, username: string): CallbackRecord | null {
    if (!applyEvent(this, record, 'RESCHEDULE', this.clock, username)) return null
    const replacement = this.create({
      serviceName: record.serviceName,
      phoneNumber: record.phoneNumber,
      origin: 'SCHEDULED',
      channel: 'UI',
      desiredTime,
      createdBy: username,
      extraMetrics: { rescheduledFrom: record.id },
      // The same request at another time: what the customer's app sent stays with it.
      parameters: record.parameters,
    })
    record.metrics = { ...record.metrics, rescheduledTo: replacement.id }
    this.changes.put('callbacks', record)
    return replacement
  }
}
