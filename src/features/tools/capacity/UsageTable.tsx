import Box from '@mui/material/Box'
import { useMemo } from 'react'
import type { CapacityUsage } from '@/api/capacityRules'
import { addDays } from '@/domain/zonedTime'
import { useTranslation } from '@/i18n/i18n'
import { visuallyHidden } from '@/lib/visuallyHidden'
import { USAGE_COLOURS, usageLevel } from './usageScale'

type UsageSlot = CapacityUsage['slots'][number]

/**
 * One week of a queue's slots as a table: days across, the slots' local start times down, each cell
 * "booked / capacity" on the colour of how full it is. A wall time that a DST change repeats has two
 * slots in its cell.
 */
export function UsageTable({ usage, label }: { usage: CapacityUsage; label: string }) {
  const { t, language } = useTranslation('capacity')
  const dates = useMemo(
    () => Array.from({ length: 7 }, (_, day) => addDays(usage.weekStart, day)),
    [usage.weekStart],
  )
  const { times, byCell } = useMemo(() => {
    const cells = new Map<string, UsageSlot[]>()
    const seen = new Set<string>()
    for (const slot of usage.slots) {
      seen.add(slot.time)
      const key = `${slot.date} ${slot.time}`
      const list = cells.get(key)
      if (list) list.push(slot)
      else cells.set(key, [slot])
    }
    return { times: [...seen].sort(), byCell: cells }
  }, [usage.slots])
  const heading = useMemo(() => {
    const format = new Intl.DateTimeFormat(language, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    })
    return (date: string) => format.format(Date.parse(`${date}T12:00:00Z`))
  }, [language])

  return (
    // Focusable, so the table can be scrolled by keyboard: it has nothing else to focus.
    <Box
      role="region"
      aria-label={label}
      tabIndex={0}
      sx={(theme) => ({
        maxHeight: '65vh',
        overflow: 'auto',
        border: `1px solid ${theme.palette.divider}`,
        borderRadius: 1,
        '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 2 },
        '& table': { borderCollapse: 'separate', borderSpacing: 0, width: '100%' },
        '& th, & td': {
          borderRight: `1px solid ${theme.palette.divider}`,
          borderBottom: `1px solid ${theme.palette.divider}`,
          px: 1,
          height: 30,
          minWidth: 72,
          textAlign: 'center',
          fontSize: theme.typography.body2.fontSize,
          fontVariantNumeric: 'tabular-nums',
          whiteSpace: 'nowrap',
        },
        '& thead th': {
          position: 'sticky',
          top: 0,
          zIndex: 1,
          bgcolor: theme.palette.grey[100],
        },
        '& tbody th': { bgcolor: theme.palette.grey[50], textAlign: 'left', fontWeight: 500 },
        '& td[data-closed]': { color: theme.palette.text.secondary },
      })}
    >
      <table aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{t('usage.time')}</th>
            {dates.map((date) => (
              <th key={date} scope="col">
                {heading(date)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {times.map((time) => (
            <tr key={time}>
              <th scope="row">{time}</th>
              {dates.map((date) => {
                const slots = byCell.get(`${date} ${time}`)
                if (!slots) {
                  return (
                    <td key={date} data-closed>
                      <span aria-hidden>–</span>
                      <span style={visuallyHidden}>{t('usage.closed')}</span>
                    </td>
                  )
                }
                const booked = slots.reduce((sum, s) => sum + s.booked, 0)
                const capacity = slots.reduce((sum, s) => sum + s.capacity, 0)
                return (
                  <td
                    key={date}
                    data-level={usageLevel(booked, capacity)}
                    style={{ backgroundColor: USAGE_COLOURS[usageLevel(booked, capacity)] }}
                  >
                    {slots.map((s) => `${s.booked}/${s.capacity}`).join(' · ')}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Box>
  )
}
