import type { OpenInterval } from '@/domain/businessHours'
import { formatClock, wallClock } from '@/domain/zonedTime'
import type { DemoUser, SimQueue } from '../store/types'

/**
 * The demo tenant: three lines of business, thirteen callback queues in six time zones, the demo
 * accounts of the product spec. Password "demo" for every account.
 */
export const DEMO_PASSWORD = 'demo'
export const DEMO_API_KEY = 'demo-4f1c2b7e9a0d4c3b8e6f5a2d1c0b9a87'

export const DEMO_USERS: DemoUser[] = [
  {
    username: 'admin',
    displayName: 'Ada Admin',
    password: DEMO_PASSWORD,
    groups: ['Callback Administrator'],
  },
  {
    username: 'supervisor',
    displayName: 'Sam Supervisor',
    password: DEMO_PASSWORD,
    groups: ['Callback Supervisor'],
  },
  {
    username: 'monitor',
    displayName: 'Mo Monitor',
    password: DEMO_PASSWORD,
    groups: ['Callback Monitor'],
  },
  {
    username: 'developer',
    displayName: 'Dev Developer',
    password: DEMO_PASSWORD,
    groups: ['Callback Developer'],
  },
  {
    username: 'sales.supervisor',
    displayName: 'Sasha Sales',
    password: DEMO_PASSWORD,
    groups: ['Callback Supervisor', 'Sales'],
  },
  {
    username: 'sales.developer',
    displayName: 'Dara Sales',
    password: DEMO_PASSWORD,
    groups: ['Callback Developer', 'Sales'],
  },
  { username: 'agent', displayName: 'Andy Agent', password: DEMO_PASSWORD, groups: ['Agents'] },
]

/** Access groups that restrict their members to one line of business. */
export const LINE_OF_BUSINESS_GROUPS: Record<string, string> = {
  Sales: 'Sales',
  Service: 'Service',
  Claims: 'Claims',
}

const range = (open: string, close: string): OpenInterval[] => [{ open, close }]
/** Sunday first: the same hours Monday to Friday, optional Saturday and Sunday. */
function week(weekday: OpenInterval[], saturday: OpenInterval[] = [], sunday: OpenInterval[] = []) {
  return [sunday, weekday, weekday, weekday, weekday, weekday, saturday]
}

type QueueSeed = Omit<SimQueue, 'timeZone' | 'businessHours' | 'model'> & {
  zone: string
  weekly: OpenInterval[][]
  alwaysOpen?: boolean
  closedDates?: string[]
  model: Omit<SimQueue['model'], 'routingNode' | 'routePoint' | 'callerId'>
}

const SEEDS: QueueSeed[] = [
  {
    name: 'Sales VQ_CB',
    lineOfBusiness: 'Sales',
    zone: 'America/New_York',
    weekly: week(range('08:00', '20:00'), range('09:00', '17:00')),
    immediateEnabled: true,
    scheduledEnabled: true,
    slotDurationMin: 15,
    slotCapacity: 5,
    purgeTimeMinutes: 120,
    maxDialAttempts: 3,
    model: { agents: 6, averageHandleSeconds: 420, answerRate: 0.8, abandonRate: 0.05 },
  },
  {
    name: 'Sales West VQ_CB',
    lineOfBusiness: 'Sales',
    zone: 'America/Los_Angeles',
    weekly: week(range('07:00', '19:00')),
    immediateEnabled: true,
    scheduledEnabled: true,
    slotDurationMin: 30,
    slotCapacity: 8,
    purgeTimeMinutes: 90,
    maxDialAttempts: 3,
    model: { agents: 4, averageHandleSeconds: 360, answerRate: 0.75, abandonRate: 0.06 },
  },
  {
    name: 'Sales Premium VQ_CB',
    lineOfBusiness: 'Sales',
    zone: 'America/New_York',
    weekly: week([...range('09:00', '12:00'), ...range('13:00', '18:00')], range('10:00', '14:00')),
    immediateEnabled: false,
    scheduledEnabled: true,
    slotDurationMin: 15,
    slotCapacity: 2,
    purgeTimeMinutes: 60,
    maxDialAttempts: 4,
    model: { agents: 2, averageHandleSeconds: 600, answerRate: 0.85, abandonRate: 0.02 },
  },
  {
    name: 'Sales Renewals VQ_CB',
    lineOfBusiness: 'Sales',
    zone: 'America/Los_Angeles',
    weekly: week(range('09:00', '17:00')),
    immediateEnabled: true,
    scheduledEnabled: false,
    slotDurationMin: 30,
    slotCapacity: 4,
    purgeTimeMinutes: 60,
    maxDialAttempts: 2,
    model: { agents: 3, averageHandleSeconds: 300, answerRate: 0.7, abandonRate: 0.08 },
  },
  {
    name: 'Service VQ_CB',
    lineOfBusiness: 'Service',
    zone: 'Europe/London',
    weekly: week(range('08:00', '18:00'), range('09:00', '13:00')),
    closedDates: ['2026-12-25', '2026-12-26', '2027-01-01'],
    immediateEnabled: true,
    scheduledEnabled: true,
    slotDurationMin: 30,
    slotCapacity: 10,
    purgeTimeMinutes: 120,
    maxDialAttempts: 3,
    model: { agents: 8, averageHandleSeconds: 480, answerRate: 0.8, abandonRate: 0.05 },
  },
  {
    name: 'Service 24x7 VQ_CB',
    lineOfBusiness: 'Service',
    zone: 'UTC',
    weekly: week(range('00:00', '24:00'), range('00:00', '24:00'), range('00:00', '24:00')),
    alwaysOpen: true,
    immediateEnabled: true,
    scheduledEnabled: true,
    slotDurationMin: 60,
    slotCapacity: 20,
    purgeTimeMinutes: 240,
    maxDialAttempts: 3,
    model: { agents: 4, averageHandleSeconds: 540, answerRate: 0.8, abandonRate: 0.05 },
  },
  {
    name: 'Service EMEA VQ_CB',
    lineOfBusiness: 'Service',
    zone: 'Europe/Paris',
    weekly: week(range('09:00', '17:30')),
    immediateEnabled: true,
    scheduledEnabled: true,
    slotDurationMin: 30,
    slotCapacity: 6,
    purgeTimeMinutes: 90,
    maxDialAttempts: 3,
    model: { agents: 5, averageHandleSeconds: 420, answerRate: 0.78, abandonRate: 0.04 },
  },
  {
    name: 'Service Priority VQ_CB',
    lineOfBusiness: 'Service',
    zone: 'Europe/London',
    weekly: week(range('07:00', '22:00'), range('07:00', '22:00'), range('09:00', '17:00')),
    immediateEnabled: true,
    scheduledEnabled: true,
    slotDurationMin: 15,
    slotCapacity: 3,
    purgeTimeMinutes: 60,
    maxDialAttempts: 5,
    model: { agents: 3, averageHandleSeconds: 300, answerRate: 0.82, abandonRate: 0.03 },
  },
  {
    name: 'Claims VQ_CB',
    lineOfBusiness: 'Claims',
    zone: 'Australia/Sydney',
    weekly: week(range('08:30', '17:00')),
    immediateEnabled: true,
    scheduledEnabled: true,
    slotDurationMin: 30,
    slotCapacity: 6,
    purgeTimeMinutes: 120,
    maxDialAttempts: 3,
    model: { agents: 5, averageHandleSeconds: 720, answerRate: 0.75, abandonRate: 0.06 },
  },
  {
    name: 'Claims Motor VQ_CB',
    lineOfBusiness: 'Claims',
    zone: 'Australia/Sydney',
    weekly: week(range('08:00', '20:00'), range('08:00', '20:00')),
    immediateEnabled: true,
    scheduledEnabled: true,
    slotDurationMin: 15,
    slotCapacity: 4,
    purgeTimeMinutes: 90,
    maxDialAttempts: 3,
    model: { agents: 4, averageHandleSeconds: 600, answerRate: 0.77, abandonRate: 0.05 },
  },
  {
    name: 'Claims Travel VQ_CB',
    lineOfBusiness: 'Claims',
    zone: 'Asia/Kolkata',
    weekly: week(range('09:00', '18:00')),
    immediateEnabled: true,
    scheduledEnabled: true,
    slotDurationMin: 60,
    slotCapacity: 12,
    purgeTimeMinutes: 120,
    maxDialAttempts: 3,
    model: { agents: 4, averageHandleSeconds: 480, answerRate: 0.72, abandonRate: 0.07 },
  },
  {
    // Its hours are placed when the tenant is seeded so that it is closed right then (see below).
    name: 'Claims Night VQ_CB',
    lineOfBusiness: 'Claims',
    zone: 'Asia/Kolkata',
    weekly: [],
    immediateEnabled: true,
    scheduledEnabled: true,
    slotDurationMin: 30,
    slotCapacity: 3,
    purgeTimeMinutes: 240,
    maxDialAttempts: 3,
    model: { agents: 2, averageHandleSeconds: 540, answerRate: 0.7, abandonRate: 0.05 },
  },
  {
    // Being retired: its routing node no longer answers, so the Queues page shows "Unknown". It
    // offers neither callback type, so the seeded history (drawn from the queues that do) is unchanged.
    name: 'Sales Legacy VQ_CB',
    lineOfBusiness: 'Sales',
    zone: 'America/Chicago',
    weekly: week(range('09:00', '17:00')),
    active: false,
    immediateEnabled: false,
    scheduledEnabled: false,
    slotDurationMin: 30,
    slotCapacity: 2,
    purgeTimeMinutes: 60,
    maxDialAttempts: 2,
    model: { agents: 0, averageHandleSeconds: 420, answerRate: 0.7, abandonRate: 0.05 },
  },
]

const ROUTING_NODES: Record<string, string> = {
  Sales: 'us-east-1 (Virginia)',
  Service: 'eu-west-1 (Ireland)',
  Claims: 'ap-southeast-2 (Sydney)',
}

/**
 * The number each line of business presents to customers (fictional ranges: NANP 555-01xx, Ofcom's
 * drama numbers, ACMA's 02 5550 range). A queue's caller ID is its line's number with the queue's
 * position as the last two digits, so each queue is recognisable in Callback Search.
 */
const CALLER_ID_PREFIX: Record<string, string> = {
  Sales: '+121255501',
  Service: '+4420794601',
  Claims: '+612555001',
}

function routing(name: string, lineOfBusiness: string, index: number) {
  const slug = name
    .replace(/ VQ_CB$/, '')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase()
  return {
    routingNode: ROUTING_NODES[lineOfBusiness] ?? 'us-east-1 (Virginia)',
    routePoint: `RP_CB_${slug}`,
    callerId: `${CALLER_ID_PREFIX[lineOfBusiness] ?? '+121255501'}${String(index).padStart(2, '0')}`,
  }
}

/**
 * An eight-hour daily window that opens three hours after `now`, in the queue's zone: the tenant
 * always starts with one queue closed, whatever the hour it was seeded.
 */
function closedNowWeek(now: number, zone: string): OpenInterval[][] {
  const { minutes } = wallClock(now, zone)
  const open = (Math.ceil(minutes / 30) * 30 + 180) % (24 * 60)
  const close = open + 8 * 60
  const day: OpenInterval[] =
    close <= 24 * 60
      ? [{ open: formatClock(open), close: formatClock(close) }]
      : [
          { open: '00:00', close: formatClock(close - 24 * 60) },
          { open: formatClock(open), close: '24:00' },
        ]
  return Array.from({ length: 7 }, () => day)
}

export function seedQueues(now: number): SimQueue[] {
  return SEEDS.map(({ zone, weekly, alwaysOpen, closedDates, model, ...queue }, index) => ({
    ...queue,
    timeZone: zone,
    businessHours: {
      timeZone: zone,
      weekly: weekly.length ? weekly : closedNowWeek(now, zone),
      ...(alwaysOpen ? { alwaysOpen } : {}),
      ...(closedDates ? { closedDates } : {}),
    },
    model: { ...model, ...routing(queue.name, queue.lineOfBusiness, index) },
  }))
}
