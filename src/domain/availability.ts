import { isOpenAt, type BusinessHours } from './businessHours'
import { addDays, localDayBounds, toOffsetIso, wallClock } from './zonedTime'

/**
 * Bookable slots for scheduled callbacks. A slot is offered when the business is open at its start,
 * it lies in the requested window and in the future, and it still has room: its capacity (the queue's
 * slot capacity unless a capacity rule says otherwise) minus the callbacks already booked in it.
 */
export interface SlotQueue {
  businessHours: BusinessHours
  slotDurationMin: number
  /** Scheduled callbacks one slot can take, before any capacity rule. */
  slotCapacity: number
}

export interface Slot {
  /** Start of the slot, ISO in UTC. */
  utcTime: string
  /** Start of the slot in the requested zone, ISO with offset. */
  localTime: string
  /** Places still free. */
  capacity: number
  /** The slot's total capacity. */
  total: number
}

export interface AvailabilityRequest {
  start: number
  end: number
  now: number
  /** Zone for `localTime` (the caller's); business hours always use the queue's zone. */
  timeZone: string
  maxTimeSlots?: number
  /** Include full slots (capacity 0). */
  reportBusy?: boolean
}

export interface AvailabilityInputs {
  queue: SlotQueue
  /** Callbacks already booked in the slot starting at `slotStart`. */
  bookedIn: (slotStart: number, slotEnd: number) => number
  /** Total capacity of a slot when a rule overrides the queue's; defaults to slotCapacity. */
  capacityOf?: (slotStart: number) => number
}

export function slotStarts(queue: SlotQueue, start: number, end: number): number[] {
  const step = queue.slotDurationMin * 60_000
  if (!(step > 0)) throw new RangeError('Slot duration must be positive')
  const { timeZone } = queue.businessHours
  const result: number[] = []
  // Walk local days so the grid is anchored on local midnight, then step in real time: a 23-hour day
  // has fewer slots and a 25-hour day more, and each lies on the local grid.
  let date = wallClock(start, timeZone).date
  for (;;) {
    const day = localDayBounds(date, timeZone)
    if (day.start >= end) break
    for (let t = day.start; t < day.end; t += step) {
      if (t >= start && t < end && isOpenAt(queue.businessHours, t)) result.push(t)
    }
    date = addDays(date, 1)
  }
  return result
}

export function computeAvailability(
  inputs: AvailabilityInputs,
  request: AvailabilityRequest,
): Slot[] {
  const { queue, bookedIn, capacityOf = () => queue.slotCapacity } = inputs
  const step = queue.slotDurationMin * 60_000
  // Strictly after now: a slot starting this very millisecond could not be booked any more.
  const from = Math.max(request.start, request.now + 1)
  const slots: Slot[] = []
  // Checked before adding, not only after: maxTimeSlots 0 used to return one slot.
  if (request.maxTimeSlots !== undefined && request.maxTimeSlots <= 0) return slots
  for (const t of slotStarts(queue, from, request.end)) {
    const total = Math.max(0, capacityOf(t))
    const free = Math.max(0, total - bookedIn(t, t + step))
    if (free === 0 && !request.reportBusy) continue
    slots.push({
      utcTime: new Date(t).toISOString(),
      localTime: toOffsetIso(t, request.timeZone),
      capacity: free,
      total,
    })
    if (request.maxTimeSlots !== undefined && slots.length >= request.maxTimeSlots) break
  }
  return slots
}

/** The slot that contains `instant`, if the instant falls on a bookable slot of the queue. */
export function slotContaining(queue: SlotQueue, instant: number): number | null {
  const step = queue.slotDurationMin * 60_000
  const { date } = wallClock(instant, queue.businessHours.timeZone)
  const { start } = localDayBounds(date, queue.businessHours.timeZone)
  const slotStart = start + Math.floor((instant - start) / step) * step
  return isOpenAt(queue.businessHours, slotStart) ? slotStart : null
}
