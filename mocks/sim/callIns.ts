import {
  chooseDnis,
  matchCall,
  newAccessCode,
  plannedCall,
  type CallInGroupPolicy,
  type DialResult,
  type IncomingCall,
} from '@/domain/callIn'
import { MAX_CALL_IN_RECORDS } from '@/domain/callInQuery'
import { phoneDigits } from '@/domain/phoneDigits'
import { phoneNumberFor } from '../seed/phoneNumbers'
import type { RowChanges } from '../store/changes'
import { ROW_ORDER } from '../store/layout'
import type { CallInPlan, CallInRecord, TenantState } from '../store/types'
import { MinHeap } from './heap'
import { pick, rngFor } from './rng'

const iso = (t: number) => new Date(t).toISOString()
const byCreation = ROW_ORDER.callIns
const LINES_OF_BUSINESS = ['Sales', 'Service', 'Claims']

export interface NewCallIn {
  /** Given by the seed, which draws IDs from its own generator; new otherwise. */
  id?: string
  fromPhoneNumber?: string | undefined
  callbackServiceId?: string | undefined
  userData?: CallInRecord['userData']
}

/**
 * The tenant's Click-To-Call-In desk: the requests, which DNIS each waits on, and the clock's plan
 * for each (a simulated consumer's call, or the expiry). Every change to a request goes through
 * here and is reported to the store, so the indexes, the row store and the agenda never disagree.
 * Outcomes are drawn from generators seeded by the request's ID and step: a tenant replays
 * identically from the same seed and clock.
 */
export class CallInDesk {
  private readonly byId = new Map<string, CallInRecord>()
  /** Requests waiting for a call, by the digits of their DNIS. */
  private readonly waiting = new Map<string, Set<CallInRecord>>()
  private readonly agenda = new MinHeap<{ record: CallInRecord; plan: CallInPlan }>()

  constructor(
    private readonly state: TenantState,
    private readonly changes: RowChanges,
    private readonly newId: () => string,
  ) {
    state.callIns.sort(byCreation)
    for (const record of state.callIns) {
      this.byId.set(record.id, record)
      if (record.state === 'CREATED') this.setWaiting(record, true)
      if (record.next) this.agenda.push(record.next.at, { record, plan: record.next })
    }
  }

  get(id: string): CallInRecord | undefined {
    return this.byId.get(id)
  }

  /** Whether a request waits on this number: a Unique DNIS group cannot hand it out. */
  inUse(dnis: string): boolean {
    return (this.waiting.get(phoneDigits(dnis))?.size ?? 0) > 0
  }

  /** When the first number of the group's pool is free again (its request expires at the latest). */
  nextFreeAt(group: CallInGroupPolicy): number | undefined {
    let first: number | undefined
    for (const { number } of group.dnis) {
      let freeAt = 0
      for (const r of this.waiting.get(phoneDigits(number)) ?? [])
        freeAt = Math.max(freeAt, Date.parse(r.expiresAt))
      if (freeAt > 0 && (first === undefined || freeAt < first)) first = freeAt
    }
    return first
  }

  /**
   * A new request on one of the group's numbers, or null when the group has Unique DNIS and every
   * number of its pool is in use.
   */
  create(group: CallInGroupPolicy, input: NewCallIn, now: number): CallInRecord | null {
    const id = input.id ?? this.newId()
    const dnis = chooseDnis(group, (n) => this.inUse(n), rngFor(id, 'dnis'))
    if (dnis === null) return null
    const record: CallInRecord = {
      id,
      state: 'CREATED',
      groupName: group.name,
      dnis,
      ...(group.generateAccessCode
        ? { accessCode: newAccessCode(rngFor(id, 'code'), group.accessCodeLength) }
        : {}),
      ...(input.fromPhoneNumber
        ? { fromPhoneNumber: input.fromPhoneNumber, ani: input.fromPhoneNumber }
        : {}),
      createdAt: iso(now),
      expiresAt: iso(now + group.expirySeconds * 1000),
      ...(input.callbackServiceId ? { callbackServiceId: input.callbackServiceId } : {}),
      ...(input.userData && Object.keys(input.userData).length > 0
        ? { userData: input.userData }
        : {}),
    }
    this.insert(record)
    this.setWaiting(record, true)
    if (this.state.simulatedCallers) this.planCall(record, 0, now)
    else this.schedule(record, { event: 'EXPIRE', at: Date.parse(record.expiresAt) })
    this.dropOldest()
    return record
  }

  /** A call reaches the tenant: it completes the request it matches, if any. */
  call(call: IncomingCall, at: number): DialResult {
    const result = matchCall(this.waiting.get(phoneDigits(call.dnis)) ?? [], call, at)
    const record = result.match ? this.byId.get(result.match.id) : undefined
    if (record) this.complete(record, call, at)
    return result
  }

  /** Run every planned step due by `now`, in time order. Returns whether anything changed. */
  advanceTo(now: number): boolean {
    let changed = false
    while ((this.agenda.peekKey() ?? Infinity) <= now) {
      const due = this.agenda.pop()
      if (!due) break
      const { record, plan } = due
      // Superseded plans (the request was completed, replanned or dropped) stay until popped.
      if (record.next !== plan || !this.byId.has(record.id)) continue
      record.next = undefined
      changed = true
      if (plan.event === 'EXPIRE') {
        this.expire(record)
        continue
      }
      const result = this.call(plan.call, plan.at)
      // The call failed, or completed another request waiting on the same number: try again?
      if (result.match?.id !== record.id) this.planCall(record, plan.attempt + 1, plan.at)
    }
    return changed
  }

  private planCall(record: CallInRecord, attempt: number, from: number): void {
    const ownPhone =
      record.fromPhoneNumber ?? phoneNumberFor(this.lineOf(record, 'own'), rngFor(record.id, 'own'))
    const otherPhone = phoneNumberFor(this.lineOf(record, 'other'), rngFor(record.id, 'other'))
    const planned = plannedCall(
      record,
      attempt,
      from,
      rngFor(record.id, 'consumer', attempt),
      ownPhone,
      otherPhone,
    )
    this.schedule(
      record,
      planned
        ? { event: 'CALL', at: planned.at, attempt, call: planned.call }
        : { event: 'EXPIRE', at: Date.parse(record.expiresAt) },
    )
  }

  /** Where a simulated consumer's phone is: any of the tenant's countries. */
  private lineOf(record: CallInRecord, which: string): string {
    return pick(rngFor(record.id, which, 'line'), LINES_OF_BUSINESS)
  }

  private schedule(record: CallInRecord, plan: CallInPlan): void {
    record.next = plan
    this.agenda.push(plan.at, { record, plan })
    this.changes.put('callIns', record)
  }

  private complete(record: CallInRecord, call: IncomingCall, at: number): void {
    record.state = 'COMPLETED'
    record.completedAt = iso(at)
    if (call.ani) record.ani = call.ani
    record.next = undefined
    this.setWaiting(record, false)
    this.changes.put('callIns', record)
  }

  private expire(record: CallInRecord): void {
    if (record.state !== 'CREATED') return
    record.state = 'EXPIRED'
    this.setWaiting(record, false)
    this.changes.put('callIns', record)
  }

  private insert(record: CallInRecord): void {
    const list = this.state.callIns
    // New requests are the newest almost always: look for the place from the end.
    let at = list.length
    for (let before = list[at - 1]; before && byCreation(before, record) > 0; before = list[at - 1])
      at--
    list.splice(at, 0, record)
    this.byId.set(record.id, record)
  }

  /** At most 5,000 records are kept: the oldest go first, whatever their state. */
  private dropOldest(): void {
    const list = this.state.callIns
    const excess = list.length - MAX_CALL_IN_RECORDS
    if (excess <= 0) return
    for (const record of list.splice(0, excess)) {
      this.byId.delete(record.id)
      this.setWaiting(record, false)
      record.next = undefined
      this.changes.remove('callIns', record.id)
    }
  }

  private setWaiting(record: CallInRecord, waiting: boolean): void {
    const key = phoneDigits(record.dnis)
    let set = this.waiting.get(key)
    if (!set) this.waiting.set(key, (set = new Set()))
    if (waiting) set.add(record)
    else set.delete(record)
  }
}
