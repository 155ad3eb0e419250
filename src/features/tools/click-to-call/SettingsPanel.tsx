import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormHelperText from '@mui/material/FormHelperText'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useId } from 'react'
import {
  ACCESS_CODE_LENGTH,
  EXPIRY_SECONDS,
  settingProblem,
  type SettingRange,
} from '@/domain/callInGroup'
import { useTranslation } from '@/i18n/i18n'
import type { GroupDraft } from './groupDraft'
import { settingText } from './messages'

type Settings = Omit<GroupDraft, 'dnis'>

interface SettingsPanelProps {
  draft: Settings
  onChange: (change: Partial<Settings>) => void
  readOnly: boolean
  /** The tenant's refusal of a setting, when it had its own say. */
  refusals: Partial<Record<'accessCodeLength' | 'expirySeconds', string | undefined>>
}

/**
 * Access code settings: Generate Access Code, Length 4–12, Expiry (seconds) 10–1800, Unique DNIS.
 * A value out of range is said next to its field as it is typed; it is kept as typed.
 */
export function SettingsPanel({ draft, onChange, readOnly, refusals }: SettingsPanelProps) {
  const { t } = useTranslation('clickToCall')
  const id = useId()

  const numberField = (
    field: 'accessCodeLength' | 'expirySeconds',
    label: string,
    help: string,
    range: SettingRange,
    disabled: boolean,
  ) => {
    const problem = settingProblem(draft[field], range)
    const error = refusals[field] ?? (problem ? settingText(t, problem, range) : undefined)
    return (
      <TextField
        size="small"
        label={label}
        value={draft[field]}
        onChange={(event) => onChange({ [field]: event.target.value })}
        error={Boolean(error)}
        helperText={error ?? help}
        disabled={disabled}
        slotProps={{
          htmlInput: {
            inputMode: 'numeric',
            maxLength: 12,
            readOnly,
            'aria-invalid': Boolean(error),
          },
        }}
        sx={{ maxWidth: 320 }}
      />
    )
  }

  return (
    <Stack component="section" spacing={2} aria-labelledby={`${id}-title`}>
      <Typography id={`${id}-title`} variant="h6" component="h3">
        {t('settings.title')}
      </Typography>
      <div>
        <FormControlLabel
          control={
            <Checkbox
              checked={draft.generateAccessCode}
              disabled={readOnly}
              onChange={(event) => onChange({ generateAccessCode: event.target.checked })}
              slotProps={{ input: { 'aria-describedby': `${id}-generate` } }}
            />
          }
          label={t('settings.generateAccessCode')}
        />
        <FormHelperText id={`${id}-generate`} sx={{ mt: 0, ml: 4 }}>
          {t('settings.generateHelp')}
        </FormHelperText>
      </div>
      {numberField(
        'accessCodeLength',
        t('settings.length'),
        t('settings.lengthHelp'),
        ACCESS_CODE_LENGTH,
        !draft.generateAccessCode && !readOnly,
      )}
      {numberField(
        'expirySeconds',
        t('settings.expiry'),
        t('settings.expiryHelp'),
        EXPIRY_SECONDS,
        false,
      )}
      <div>
        <FormControlLabel
          control={
            <Checkbox
              checked={draft.uniqueDnis}
              disabled={readOnly}
              onChange={(event) => onChange({ uniqueDnis: event.target.checked })}
              slotProps={{ input: { 'aria-describedby': `${id}-unique` } }}
            />
          }
          label={t('settings.uniqueDnis')}
        />
        <FormHelperText id={`${id}-unique`} sx={{ mt: 0, ml: 4 }}>
          {t('settings.uniqueHelp')}
        </FormHelperText>
      </div>
    </Stack>
  )
}
