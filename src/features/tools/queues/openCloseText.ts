import type { BusinessHours } from '@/domain/businessHours'
import { openStatus } from '@/domain/businessHours'
import { viewerTimeZone, type TimeDisplay } from '@/lib/time'

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(display: TimeDisplay, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${display.locale}|${display.timeZone}|${display.hour12}|${JSON.stringify(options)}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(display.locale, {
      timeZone: display.timeZone,
      hour: 'numeric',
      minute: '2-digit',
      hour12: display.hour12,
      // Named when it is not the viewer's own (Show Times in UTC), as every time in the app.
      ...(display.timeZone !== viewerTimeZone() ? { timeZoneName: 'short' } : {}),
      ...options,
    })
    formatters.set(key, f)
  }
  return f
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>()

/** The calendar day of an instant in the display's zone, to tell "today" from other days. */
function dayOf(instant: number, timeZone: string): string {
  let f = dayFormatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
    dayFormatters.set(timeZone, f)
  }
  return f.format(instant)
}

/**
 * An opening or closing time as short as it can be without doubt: "5:00 PM" today, "Mon 9:00 AM"
 * within the week, with the date beyond that.
 */
export function formatOpenCloseTime(instant: number, now: number, display: TimeDisplay): string {
  if (dayOf(instant, display.timeZone) === dayOf(now, display.timeZone))
    return formatter(display, {}).format(instant)
  if (instant - now < 6 * 86_400_000)
    return formatter(display, { weekday: 'short' }).format(instant)
  return formatter(display, { weekday: 'short', month: 'short', day: 'numeric' }).format(instant)
}

export type OpenCloseKey =
  | 'queues.open.always'
  | 'queues.open.closing'
  | 'queues.open.openNoClose'
  | 'queues.open.opening'
  | 'queues.open.closedNoOpen'

/** What the Open/Close Time column says for a queue now, as a message key and its time. */
export function openCloseText(
  hours: BusinessHours,
  now: number,
  display: TimeDisplay,
): { key: OpenCloseKey; time?: string } {
  const status = openStatus(hours, now)
  switch (status.kind) {
    case 'always':
      return { key: 'queues.open.always' }
    case 'open':
      return status.closesAt === null
        ? { key: 'queues.open.openNoClose' }
        : { key: 'queues.open.closing', time: formatOpenCloseTime(status.closesAt, now, display) }
    case 'closed':
      return status.opensAt === null
        ? { key: 'queues.open.closedNoOpen' }
        : { key: 'queues.open.opening', time: formatOpenCloseTime(status.opensAt, now, display) }
  }
}
