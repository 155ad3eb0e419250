import FormControl from '@mui/material/FormControl'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormHelperText from '@mui/material/FormHelperText'
import FormLabel from '@mui/material/FormLabel'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import { useId } from 'react'
import { useController, useFormContext } from 'react-hook-form'
import type { CallbackOrigin } from '@/domain/callback'
import { useTranslation } from '@/i18n/i18n'

interface TypeFields {
  type: CallbackOrigin
}

/** Callback Type: Immediate or Scheduled, each only when the queue offers it. */
export function CallbackTypeField({
  immediateEnabled = true,
  scheduledEnabled = true,
  disabled,
  onChange,
}: {
  immediateEnabled?: boolean
  scheduledEnabled?: boolean
  disabled?: boolean
  onChange?: (type: CallbackOrigin) => void
}) {
  const { t } = useTranslation('callbackDialogs')
  const labelId = useId()
  const helpId = useId()
  const { control } = useFormContext<TypeFields>()
  const { field, fieldState } = useController({ control, name: 'type' })
  const error = fieldState.error?.message
  return (
    <FormControl error={Boolean(error)} disabled={disabled}>
      <FormLabel id={labelId}>{t('type.label')}</FormLabel>
      <RadioGroup
        row
        aria-labelledby={labelId}
        aria-describedby={error ? helpId : undefined}
        name={field.name}
        value={field.value}
        onChange={(event) => {
          const type = event.target.value as CallbackOrigin
          field.onChange(type)
          onChange?.(type)
        }}
      >
        <FormControlLabel
          value="IMMEDIATE"
          control={
            <Radio
              slotProps={{ input: { ref: field.value === 'IMMEDIATE' ? field.ref : undefined } }}
            />
          }
          label={t('type.IMMEDIATE')}
          disabled={!immediateEnabled}
        />
        <FormControlLabel
          value="SCHEDULED"
          control={
            <Radio
              slotProps={{ input: { ref: field.value === 'SCHEDULED' ? field.ref : undefined } }}
            />
          }
          label={t('type.SCHEDULED')}
          disabled={!scheduledEnabled}
        />
      </RadioGroup>
      {error && <FormHelperText id={helpId}>{error}</FormHelperText>}
    </FormControl>
  )
}
