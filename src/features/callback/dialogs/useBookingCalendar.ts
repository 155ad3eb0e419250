import { useState } from 'react'
import { useTimeDisplay } from '@/lib/useTimeDisplay'
import { bookableDates } from './bookingDays'

export interface BookingCalendar {
  /** The zone dates are picked in: the one times are shown in (the viewer's, or UTC if asked). */
  timeZone: string
  bounds: { min: string; max: string }
}

/** Which dates can be picked, fixed when the dialog opens so the choices do not move under the user. */
export function useBookingCalendar(): BookingCalendar {
  const { timeZone } = useTimeDisplay()
  const [bounds] = useState(() => bookableDates(Date.now(), timeZone))
  return { timeZone, bounds }
}
