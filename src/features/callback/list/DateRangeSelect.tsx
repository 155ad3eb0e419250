import ListSubheader from '@mui/material/ListSubheader'
import MenuItem from '@mui/material/MenuItem'
import TextField from '@mui/material/TextField'
import type { CustomRange } from '@/domain/dateRanges'
import { PREDEFINED_RANGE_IDS } from './listParams'
import type { CallbackT } from './useCallbackT'

interface DateRangeSelectProps {
  value: string
  customRanges: readonly CustomRange[]
  onChange: (range: string) => void
  t: CallbackT
}

/** The predefined ranges, then the user's own (Advanced Options). */
export function DateRangeSelect({ value, customRanges, onChange, t }: DateRangeSelectProps) {
  return (
    <TextField
      select
      size="small"
      label={t('ranges.label')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      sx={{ minWidth: 160 }}
    >
      {PREDEFINED_RANGE_IDS.map((id) => (
        <MenuItem key={id} value={id}>
          {t(`ranges.${id}`)}
        </MenuItem>
      ))}
      {customRanges.length > 0 && <ListSubheader>{t('ranges.custom')}</ListSubheader>}
      {customRanges.map((range) => (
        <MenuItem key={range.id} value={range.id}>
          {range.name}
        </MenuItem>
      ))}
    </TextField>
  )
}
