import { isOpenAt } from '@/domain/businessHours'
import { slotStarts } from '@/domain/availability'
import { DAY_MS } from '@/domain/zonedTime'
import type { OriginationChannel } from '@/domain/callback'
import type { SimQueue, TenantState } from '../store/types'
import { Tenant } from '../sim/tenant'
import { emptyCredentials, emptyRecaptcha, STATE_SCHEMA } from '../store/migrations'
import { between, mulberry32, pick, uuidFrom, type Rng } from '../sim/rng'
import { yieldToPage } from '../sim/yieldToPage'
import { seedCallInGroups } from './callInGroups'
import { seedCallInRequests } from './callIns'
import { seedCapacityRules } from './capacityRules'
import { seedNumberRules } from './numberRules'
import { phoneNumberFor } from './phoneNumbers'
import { seedRegionRules } from './regionRules'
import { seedRegions } from './regions'
import { DEMO_API_KEY, DEMO_USERS, LINE_OF_BUSINESS_GROUPS, seedQueues } from './tenant'

export const DEFAULT_SEED_SIZE = 6000
const HOUR = 3_600_000
const MINUTE = 60_000

export interface SeedOptions {
  now: number
  /** Callbacks to create over the 14-day window either side of now. */
  size?: number
  seed?: number
}

/** Something that happens to the tenant during the replay of its history. */
type Action =
  | {
      at: number
      kind: 'create'
      queue: SimQueue
      desired: number
      scheduled: boolean
      channel: OriginationChannel
      id: string
      phone: string
    }
  | { at: number; kind: 'customerCancel' | 'adminCancel' | 'reschedule'; id: string; to?: number }
  | { at: number; kind: 'callIn'; id: string; groupName: string; fromPhoneNumber?: string }

function randomOpenInstant(rng: Rng, queue: SimQueue, from: number, to: number): number | null {
  for (let i = 0; i < 12; i++) {
    const t = Math.floor(between(rng, from, to) / 1000) * 1000
    if (isOpenAt(queue.businessHours, t)) return t
  }
  return null
}

function randomSlot(rng: Rng, queue: SimQueue, from: number, to: number): number | null {
  const day = from + Math.floor(rng() * Math.max(1, (to - from) / DAY_MS)) * DAY_MS
  const starts = slotStarts(queue, Math.max(from, day), Math.min(to, day + DAY_MS))
  return starts.length ? pick(rng, starts) : null
}

/**
 * A realistic tenant: the history of the last 14 days and the bookings of the next 14 are replayed
 * through the same engine that runs the live tenant, so every record got where it is by legal
 * transitions — queued, dialled, answered or not, abandoned, purged, cancelled, rescheduled.
 */
function* seedSteps({
  now,
  size = DEFAULT_SEED_SIZE,
  seed = 20261121,
}: SeedOptions): Generator<void, Tenant> {
  const rng = mulberry32(seed)
  const queues = seedQueues(now)
  const start = now - 14 * DAY_MS + HOUR
  const end = now + 14 * DAY_MS - HOUR
  const actions: Action[] = []
  const channels: OriginationChannel[] = ['WEB', 'WEB', 'IVR', 'IVR', 'UI']

  const planCreate = (queue: SimQueue, desired: number, scheduled: boolean, createdAt: number) => {
    const id = uuidFrom(rng)
    actions.push({
      at: createdAt,
      kind: 'create',
      queue,
      desired,
      scheduled,
      channel: pick(rng, channels),
      id,
      phone: phoneNumberFor(queue.lineOfBusiness, rng),
    })
    if (!scheduled) return
    // Some bookings are changed before their time comes, by the customer or by a supervisor.
    const roll = rng()
    const when = createdAt + rng() * (desired - createdAt)
    if (when >= now && desired > now) return // the future is not written yet
    if (roll < 0.04) actions.push({ at: when, kind: 'customerCancel', id })
    else if (roll < 0.07) actions.push({ at: when, kind: 'adminCancel', id })
    else if (roll < 0.09) {
      const to = randomSlot(
        rng,
        queue,
        Math.max(desired, when + HOUR),
        Math.min(end, desired + 3 * DAY_MS),
      )
      if (to !== null) actions.push({ at: when, kind: 'reschedule', id, to })
    }
  }

  const immediateQueues = queues.filter((q) => q.immediateEnabled)
  const scheduledQueues = queues.filter((q) => q.scheduledEnabled)
  for (let i = 0; i < size; i++) {
    yield
    if (rng() < 0.45) {
      const queue = pick(rng, immediateQueues)
      const desired = randomOpenInstant(rng, queue, start, now - 20 * MINUTE)
      if (desired !== null) planCreate(queue, desired, false, desired)
    } else {
      const queue = pick(rng, scheduledQueues)
      // A few bookings come through the public API without a capacity check, at any hour.
      const desired =
        rng() < 0.03
          ? Math.floor(between(rng, start, end) / MINUTE) * MINUTE
          : randomSlot(rng, queue, start, end)
      if (desired !== null) {
        const createdAt = Math.max(start - 6 * HOUR, desired - between(rng, HOUR, 5 * DAY_MS))
        planCreate(queue, desired, true, Math.min(createdAt, now - MINUTE))
      }
    }
  }
  // The last quarter of an hour: callbacks waiting, being dialled and being handled right now.
  const openNow = immediateQueues.filter((q) => isOpenAt(q.businessHours, now))
  for (let i = 0; i < Math.max(12, Math.round(size / 200)) && openNow.length; i++) {
    const desired = now - Math.floor(rng() * 15 * MINUTE)
    planCreate(pick(rng, openNow), desired, false, desired)
  }
  // Scheduled for a queue that is closed right now: overdue, with the warning icon.
  const closedNow = scheduledQueues.filter((q) => !isOpenAt(q.businessHours, now))
  for (let i = 0; i < 4 && closedNow.length; i++) {
    const desired = now - (5 + i * 7) * MINUTE
    planCreate(pick(rng, closedNow), desired, true, desired - 2 * DAY_MS)
  }

  actions.sort((a, b) => a.at - b.at)
  // Rules exist from the start of the replayed history, so seeded callbacks obey them.
  const rulesSince = new Date(Math.min(start, actions[0]?.at ?? now) - DAY_MS).toISOString()
  const callInGroups = seedCallInGroups(rulesSince)
  for (const request of seedCallInRequests(seed, now, Math.round(size / 2), callInGroups))
    actions.push({ kind: 'callIn', ...request })
  actions.sort((a, b) => a.at - b.at)
  const numberRules = seedNumberRules(rulesSince)
  const capacityRules = seedCapacityRules(rulesSince)
  const regionRules = seedRegionRules(rulesSince)
  for (const queue of queues) {
    const numberRuleId = numberRules.assign[queue.name]
    const capacityRuleId = capacityRules.assign[queue.name]
    const regionRuleId = regionRules.assign[queue.name]
    if (numberRuleId) queue.numberRuleId = numberRuleId
    if (capacityRuleId) queue.capacityRuleId = capacityRuleId
    if (regionRuleId) queue.regionRuleId = regionRuleId
  }
  const state: TenantState = {
    schema: STATE_SCHEMA,
    seed,
    seededAt: now,
    apiKeys: [DEMO_API_KEY],
    users: DEMO_USERS,
    lineOfBusinessGroups: LINE_OF_BUSINESS_GROUPS,
    queues,
    callbacks: [],
    sessions: [],
    preferences: {},
    idempotency: [],
    errors: [],
    cancellations: [],
    numberRules: numberRules.rules,
    capacityRules: capacityRules.rules,
    regionRules: regionRules.rules,
    regions: seedRegions(),
    tenantConfigFetchedAt: now,
    callInGroups,
    callIns: [],
    simulatedCallers: true,
    apiKeyChecks: {},
    credentials: emptyCredentials(),
    recaptcha: emptyRecaptcha(),
  }
  const tenant = new Tenant(state, Math.min(start - 6 * HOUR, actions[0]?.at ?? now))
  tenant.newId = () => uuidFrom(rng)
  for (const action of actions) {
    yield
    tenant.advanceTo(action.at)
    if (action.kind === 'create') {
      tenant.create({
        id: action.id,
        serviceName: action.queue.name,
        phoneNumber: action.phone,
        origin: action.scheduled ? 'SCHEDULED' : 'IMMEDIATE',
        channel: action.channel,
        desiredTime: action.desired,
        createdBy: action.channel === 'UI' ? pick(rng, ['admin', 'supervisor']) : undefined,
      })
      continue
    }
    if (action.kind === 'callIn') {
      const group = callInGroups.find((g) => g.name === action.groupName)
      if (!group)
        throw new Error(`The seed plans a call-in for a group it lacks: ${action.groupName}`)
      tenant.callIns.create(group, action, action.at)
      continue
    }
    const record = tenant.get(action.id)
    if (!record) continue
    if (action.kind === 'customerCancel') tenant.cancel(record, 'customer')
    else if (action.kind === 'adminCancel') tenant.cancel(record, { username: 'supervisor' })
    else if (action.to !== undefined) tenant.reschedule(record, action.to, 'supervisor')
  }
  tenant.advanceTo(now)
  tenant.newId = () => crypto.randomUUID()
  return tenant
}

/** A realistic tenant (see seedSteps), built in one go: tests and Node. */
export function seedTenant(options: SeedOptions): Tenant {
  const steps = seedSteps(options)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/** Under the 50 ms that makes a long task, so a click or a keystroke is never held up for long. */
const SLICE_MS = 40

/**
 * The same tenant, built in slices that give the page back between them: on a first visit the
 * browser replays thousands of callbacks, which in one go blocked the page for over half a second.
 */
export async function seedTenantInSlices(options: SeedOptions): Promise<Tenant> {
  const steps = seedSteps(options)
  let sliceStart = performance.now()
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage()
      sliceStart = performance.now()
    }
  }
}
