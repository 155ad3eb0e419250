import Stack from '@mui/material/Stack'
import ToggleButton from '@mui/material/ToggleButton'
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup'
import Typography from '@mui/material/Typography'
import { useId } from 'react'
import type { SlotLength } from '@/domain/capacityRule'
import { useTranslation } from '@/i18n/i18n'
import { toggleSx } from './calendarStyles'

/** "Timeslot Length: Hour | Half hour", for a new rule and in the editor. */
export function TimeslotLengthToggle({
  value,
  disabled = false,
  onChange,
}: {
  value: SlotLength
  disabled?: boolean
  onChange: (value: SlotLength) => void
}) {
  const { t } = useTranslation('capacity')
  const labelId = useId()
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography id={labelId} variant="body2" sx={{ fontWeight: 500 }}>
        {t('editor.timeslotLength')}
      </Typography>
      <ToggleButtonGroup
        exclusive
        size="small"
        color="primary"
        value={value}
        disabled={disabled}
        aria-labelledby={labelId}
        sx={toggleSx}
        onChange={(_, next: SlotLength | null) => {
          if (next) onChange(next)
        }}
      >
        <ToggleButton value={60}>{t('editor.hour')}</ToggleButton>
        <ToggleButton value={30}>{t('editor.halfHour')}</ToggleButton>
      </ToggleButtonGroup>
    </Stack>
  )
}
