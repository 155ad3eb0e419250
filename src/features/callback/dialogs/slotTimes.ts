import { wallClock } from '@/domain/zonedTime'
import { formatDateTime, viewerTimeZone, type TimeDisplay } from '@/lib/time'

/**
 * A slot's start as the slot list shows it. The list is for one date, so the date is left out unless
 * the slot lies on another day (a proposed slot); the queue's time is named with its zone, and with
 * its day when that differs. Short labels keep every choice readable in the select.
 */
const formats = new Map<string, Intl.DateTimeFormat>()

function timeOnly(
  instant: string,
  display: TimeDisplay,
  timeZone: string,
  withZone: boolean,
  withDay = false,
) {
  const key = `${display.locale}|${timeZone}|${display.hour12}|${withZone}|${withDay}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(display.locale, {
      timeZone,
      ...(withDay ? { month: '2-digit', day: '2-digit' } : {}),
      hour: '2-digit',
      minute: '2-digit',
      hour12: display.hour12,
      ...(withZone ? { timeZoneName: 'short' } : {}),
    })
    formats.set(key, format)
  }
  return format.format(new Date(instant))
}

export function slotTimes(
  utcTime: string,
  display: TimeDisplay,
  queueZone: string,
  /** The date the list is for, in the display's zone (YYYY-MM-DD). */
  listDate: string,
): { time: string; queueTime: string | undefined } {
  const instant = Date.parse(utcTime)
  const date = wallClock(instant, display.timeZone).date
  const time =
    date === listDate
      ? timeOnly(utcTime, display, display.timeZone, display.timeZone !== viewerTimeZone())
      : formatDateTime(utcTime, display)
  if (queueZone === display.timeZone) return { time, queueTime: undefined }
  const otherDay = wallClock(instant, queueZone).date !== date
  return { time, queueTime: timeOnly(utcTime, display, queueZone, true, otherDay) }
}
