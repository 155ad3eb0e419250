/**
 * The colour scale of the booked-versus-capacity view. Light backgrounds with the page's dark text
 * (contrast above 7:1 for each), and the figures always written in the cell, so colour is never the
 * only way to tell a full slot from a free one.
 */
export type UsageLevel = 'none' | 'low' | 'high' | 'full' | 'over'

export const USAGE_LEVELS: readonly UsageLevel[] = ['none', 'low', 'high', 'full', 'over']

export const USAGE_COLOURS: Record<UsageLevel, string> = {
  none: '#eeeeee',
  low: '#c8e6c9',
  high: '#fff59d',
  full: '#ffcc80',
  over: '#ef9a9a',
}

export function usageLevel(booked: number, capacity: number): UsageLevel {
  if (booked > capacity) return 'over'
  if (capacity === 0) return 'none'
  if (booked === capacity) return 'full'
  return booked * 2 >= capacity ? 'high' : 'low'
}
