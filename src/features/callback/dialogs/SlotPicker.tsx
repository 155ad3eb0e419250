import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import { useQuery } from '@tanstack/react-query'
import { useController, useFormContext } from 'react-hook-form'
import { availabilityQuery } from '@/api/queues'
import type { ProposedSlot } from '@/api/errors'
import type { Queue } from '@/api/types'
import { ErrorAlert } from '@/components/ErrorAlert'
import type { CallbackOrigin } from '@/domain/callback'
import { useTranslation } from '@/i18n/i18n'
import { formatDate } from '@/lib/time'
import { useTimeDisplay } from '@/lib/useTimeDisplay'
import { dayWindow, isBookableDate } from './bookingDays'
import { slotTimes } from './slotTimes'
import type { BookingCalendar } from './useBookingCalendar'

/** The fields a form needs to pick a slot; `type` is absent where only scheduling makes sense. */
export interface SlotFields {
  type?: CallbackOrigin
  date: string
  slot: string
}

interface SlotPickerProps {
  queue: Queue | undefined
  calendar: BookingCalendar
  /** Free slots the backend proposed when the chosen one filled up; they may lie on other days. */
  proposed: ProposedSlot[]
  disabled?: boolean
  /** When moving a callback: its present time, listed as the current slot but not offered. */
  current?: string
}

/**
 * Desired Date and Available Time Slot: only free slots within business hours, from the availability
 * API, shown in the viewer's zone and, when the queue works in another zone, in the queue's too.
 * Lives in a react-hook-form form (FormProvider) with `date` and `slot` fields.
 */
export function SlotPicker({ queue, calendar, proposed, disabled, current }: SlotPickerProps) {
  const { t } = useTranslation('callbackDialogs')
  const display = useTimeDisplay()
  const { control } = useFormContext<SlotFields>()
  const { bounds, timeZone } = calendar
  const scheduledOnly = (values: SlotFields) => values.type !== 'IMMEDIATE'
  const dayLabel = (date: string) => formatDate(dayWindow(date, timeZone).start, display)

  const date = useController({
    control,
    name: 'date',
    rules: {
      validate: (value, values) => {
        if (!scheduledOnly(values)) return true
        if (!value) return t('slot.dateRequired')
        return (
          isBookableDate(value, bounds) ||
          t('slot.dateOutOfRange', { min: dayLabel(bounds.min), max: dayLabel(bounds.max) })
        )
      },
    },
  })
  const slot = useController({
    control,
    name: 'slot',
    rules: {
      validate: (value, values) => !scheduledOnly(values) || Boolean(value) || t('slot.required'),
    },
  })

  const validDate = isBookableDate(date.field.value, bounds)
  const day = dayWindow(validDate ? date.field.value : bounds.min, timeZone)
  const availability = useQuery({
    ...availabilityQuery(queue?.name ?? '', day.start, day.end, timeZone),
    enabled: Boolean(queue?.scheduledEnabled) && validDate,
  })

  const freeThatDay = availability.data?.slots ?? []
  // A proposed slot is listed once, among the proposals, wherever it falls.
  const ofDay = freeThatDay.filter((s) => !proposed.some((p) => p.utcTime === s.utcTime))
  const label = (s: ProposedSlot) => {
    const places = t('slot.places', { count: s.capacity })
    const { time, queueTime } = slotTimes(
      s.utcTime,
      display,
      queue?.timeZone ?? display.timeZone,
      date.field.value,
    )
    const text = queueTime
      ? t('slot.optionWithQueueTime', { time, queueTime, places })
      : t('slot.option', { time, places })
    return isCurrent(s) ? t('slot.current', { slot: text }) : text
  }
  const currentMs = current === undefined ? NaN : Date.parse(current)
  const isCurrent = (s: ProposedSlot) => Date.parse(s.utcTime) === currentMs
  const option = (s: ProposedSlot) => (
    <option key={s.utcTime} value={s.utcTime} disabled={isCurrent(s)}>
      {label(s)}
    </option>
  )

  let status: string
  if (!queue) status = t('slot.chooseQueue')
  else if (!queue.scheduledEnabled) status = t('slot.noScheduling', { queue: queue.name })
  else if (!validDate) status = t('slot.chooseDate')
  else if (availability.isPending) status = t('slot.loading')
  else if (availability.isError) status = t('slot.loadFailed')
  else if (freeThatDay.length === 0)
    status = proposed.length
      ? t('slot.noneThatDayButProposed', { date: dayLabel(date.field.value) })
      : t('slot.noneThatDay', { date: dayLabel(date.field.value) })
  else if (queue.timeZone !== display.timeZone)
    status = t('slot.zoneHint', { zone: display.timeZone, queueZone: queue.timeZone })
  else status = t('slot.count', { count: freeThatDay.length })

  const slotError = slot.fieldState.error?.message
  const dateError = date.fieldState.error?.message
  const nothingToPick = ![...ofDay, ...proposed].some((s) => !isCurrent(s))

  return (
    <Stack spacing={2}>
      <Stack spacing={2}>
        <TextField
          type="date"
          label={t('slot.date')}
          name={date.field.name}
          value={date.field.value}
          onChange={(event) => {
            date.field.onChange(event.target.value)
            slot.field.onChange('')
          }}
          onBlur={date.field.onBlur}
          inputRef={date.field.ref}
          disabled={disabled}
          error={Boolean(dateError)}
          helperText={
            dateError ??
            t('slot.dateHelp', { min: dayLabel(bounds.min), max: dayLabel(bounds.max) })
          }
          slotProps={{
            htmlInput: { min: bounds.min, max: bounds.max },
            inputLabel: { shrink: true },
          }}
          sx={{ width: { xs: '100%', sm: 260 } }}
        />
        <TextField
          select
          fullWidth
          label={t('slot.slot')}
          name={slot.field.name}
          value={slot.field.value}
          onChange={(event) => slot.field.onChange(event.target.value)}
          onBlur={slot.field.onBlur}
          inputRef={slot.field.ref}
          disabled={disabled || nothingToPick}
          error={Boolean(slotError)}
          helperText={nothingToPick ? status : (slotError ?? status)}
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        >
          <option value="">{t('slot.placeholder')}</option>
          {proposed.length > 0 && (
            <optgroup label={t('slot.proposedGroup')}>{proposed.map(option)}</optgroup>
          )}
          {proposed.length > 0 && ofDay.length > 0 ? (
            <optgroup label={t('slot.dayGroup', { date: dayLabel(date.field.value) })}>
              {ofDay.map(option)}
            </optgroup>
          ) : (
            ofDay.map(option)
          )}
        </TextField>
      </Stack>
      {availability.isError && (
        <ErrorAlert
          error={availability.error}
          title={t('slot.loadFailed')}
          onRetry={() => void availability.refetch()}
        />
      )}
    </Stack>
  )
}
