/**
 * How times are shown: in the viewer's zone (or UTC), 12- or 24-hour, in the chosen language's
 * format, and with the zone named whenever it is not the viewer's own.
 */
export interface TimeDisplay {
  locale: string
  /** UTC when the user asked for it, else the viewer's zone. */
  timeZone: string
  hour12: boolean
}

let viewerZone: string | undefined

/** The zone of this device, looked up once: formatting 250 rows must not ask Intl 250 times. */
export function viewerTimeZone(): string {
  viewerZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
  return viewerZone
}

const formatters = new Map<string, Intl.DateTimeFormat>()

/** Which parts of an instant a formatter writes. */
type Parts = 'dateTime' | 'date' | 'time'

function formatter(
  display: TimeDisplay,
  withZone: boolean,
  parts: Parts = 'dateTime',
): Intl.DateTimeFormat {
  const key = `${display.locale}|${display.timeZone}|${display.hour12}|${withZone}|${parts}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(display.locale, {
      timeZone: display.timeZone,
      ...(parts === 'time' ? {} : { year: 'numeric', month: '2-digit', day: '2-digit' }),
      ...(parts === 'date'
        ? {}
        : { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: display.hour12 }),
      ...(withZone ? { timeZoneName: 'short' } : {}),
    })
    formatters.set(key, f)
  }
  return f
}

/** "11/21/2026, 02:30:00 PM" — with the zone ("UTC") appended when it is not the viewer's. */
export function formatDateTime(value: string | number, display: TimeDisplay): string {
  const withZone = display.timeZone !== viewerTimeZone()
  return formatter(display, withZone).format(new Date(value))
}

/** "02:30:00 PM": the time of day alone, zone named as in formatDateTime. */
export function formatTimeOfDay(value: string | number, display: TimeDisplay): string {
  const withZone = display.timeZone !== viewerTimeZone()
  return formatter(display, withZone, 'time').format(new Date(value))
}

function remembered(format: (value: string) => string): (value: string) => string {
  const cache = new Map<string, string>()
  return (value) => {
    let text = cache.get(value)
    if (text === undefined) cache.set(value, (text = format(value)))
    return text
  }
}

/**
 * formatDateTime remembering what it formatted: a list names the same times many times (cells,
 * labels), and formatting is the costly part of drawing its rows. One per display. Given
 * `sameDayAs`, a time on that time's date is written as its time of day alone (a row's second
 * time, whose date the reader has just read in the first).
 */
export function cachedTimeFormatter(
  display: TimeDisplay,
): (value: string, sameDayAs?: string) => string {
  const full = remembered((value) => formatDateTime(value, display))
  const date = remembered((value) => formatDate(value, display))
  const clock = remembered((value) => formatTimeOfDay(value, display))
  return (value, sameDayAs) =>
    sameDayAs !== undefined && date(value) === date(sameDayAs) ? clock(value) : full(value)
}

export function formatDate(value: string | number, display: TimeDisplay): string {
  return formatter(display, false, 'date').format(new Date(value))
}

/** A time in a zone that may differ from the display's (a queue's business hours), zone named. */
export function formatInZone(
  value: string | number,
  display: TimeDisplay,
  timeZone: string,
): string {
  return formatter({ ...display, timeZone }, timeZone !== display.timeZone).format(new Date(value))
}

/** "2 min 5 s" style durations for waits, from seconds. */
export function formatDuration(seconds: number, locale: string): string {
  const units: Array<[Intl.NumberFormatOptions['unit'], number]> = [
    ['hour', Math.floor(seconds / 3600)],
    ['minute', Math.floor((seconds % 3600) / 60)],
    ['second', Math.floor(seconds % 60)],
  ]
  const parts = units
    .filter(([, n], i) => n > 0 || (i === 2 && seconds < 60))
    .map(([unit, n]) =>
      new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(n),
    )
  return parts.join(' ')
}
