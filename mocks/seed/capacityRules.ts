import type { CapacityDays } from '@/domain/capacityRule'
import type { CapacityRuleRecord } from '../store/types'
import type { SeededRules } from './seededRules'

const WORKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const

/** The same times on several days: `{ "08:00": 6, … }` for each day named. */
function on(days: readonly (keyof CapacityDays)[], times: Record<string, number>): CapacityDays {
  return Object.fromEntries(days.map((day) => [day, { ...times }]))
}

/** Every hour or half hour from `from` (inclusive) to `to` (exclusive) at one value. */
function span(from: number, to: number, value: number, step: 60 | 30): Record<string, number> {
  const times: Record<string, number> = {}
  for (let m = from * 60; m < to * 60; m += step) {
    times[`${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`] =
      value
  }
  return times
}

/**
 * The demo tenant's capacity rules: an hourly weekday rule on the West Coast sales queue, a
 * half-hourly rule with a lunchtime peak on two service and claims queues (Paris and Sydney: the
 * same rule read in each queue's own zone), and two rules assigned to no queue, one of them the
 * guide's "March" example, so a rule can be deleted. The other queues keep their slot capacity.
 */
export function seedCapacityRules(updatedAt: string): SeededRules<CapacityRuleRecord> {
  const meta = { version: 1, updatedAt, updatedBy: 'admin' }
  return {
    rules: [
      {
        id: 'capacity-weekday-hourly',
        name: 'Weekday hourly',
        duration: 60,
        days: on(WORKDAYS, { ...span(7, 19, 6, 60), '12:00': 4 }),
        ...meta,
      },
      {
        id: 'capacity-half-hour-peak',
        name: 'Half-hour peak',
        duration: 30,
        days: {
          ...on(WORKDAYS, {
            ...span(8, 20, 5, 30),
            ...span(12, 14, 9, 30),
            '17:00': 8,
            '17:30': 8,
          }),
          sat: span(8, 20, 3, 30),
        },
        ...meta,
      },
      {
        id: 'capacity-march-campaign',
        name: 'March campaign',
        duration: 60,
        days: on(WORKDAYS, {
          ...span(8, 12, 10, 60),
          ...span(12, 14, 15, 60),
          ...span(14, 18, 10, 60),
        }),
        ...meta,
      },
      {
        id: 'capacity-weekend-cover',
        name: 'Weekend cover',
        duration: 60,
        days: on(['sat', 'sun'], span(9, 17, 2, 60)),
        ...meta,
      },
    ],
    assign: {
      'Sales West VQ_CB': 'capacity-weekday-hourly',
      'Service EMEA VQ_CB': 'capacity-half-hour-peak',
      'Claims Motor VQ_CB': 'capacity-half-hour-peak',
    },
    updatedAt,
  }
}
