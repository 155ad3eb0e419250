import MenuItem from '@mui/material/MenuItem'
import TextField from '@mui/material/TextField'
import type { Preferences } from '@/api/types'
import { AUTO_REFRESH_CHOICES } from '@/domain/preferences'
import type { CallbackT } from './useCallbackT'

type Seconds = Preferences['autoRefreshSeconds']

function choiceLabel(seconds: number, t: CallbackT): string {
  if (seconds === 0) return t('toolbar.autoRefreshOff')
  if (seconds < 60) return t('toolbar.autoRefreshSeconds', { count: seconds })
  return t('toolbar.autoRefreshMinutes', { count: seconds / 60 })
}

export function AutoRefreshSelect({
  value,
  onChange,
  t,
}: {
  value: Seconds
  onChange: (seconds: Seconds) => void
  t: CallbackT
}) {
  return (
    <TextField
      select
      size="small"
      label={t('toolbar.autoRefresh')}
      value={value}
      onChange={(event) => onChange(Number(event.target.value) as Seconds)}
      sx={{ minWidth: 150 }}
    >
      {AUTO_REFRESH_CHOICES.map((seconds) => (
        <MenuItem key={seconds} value={seconds}>
          {choiceLabel(seconds, t)}
        </MenuItem>
      ))}
    </TextField>
  )
}
