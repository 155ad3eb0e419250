import AddIcon from '@mui/icons-material/Add'
import DeleteIcon from '@mui/icons-material/Delete'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import IconButton from '@mui/material/IconButton'
import List from '@mui/material/List'
import ListItem from '@mui/material/ListItem'
import ListItemText from '@mui/material/ListItemText'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import {
  MAX_RANGE_NAME,
  MAX_RANGE_OFFSET,
  validateCustomRange,
  type CustomRange,
  type CustomRangeError,
} from '@/domain/dateRanges'
import { MAX_CUSTOM_RANGES } from '@/domain/preferences'
import type { CallbackT } from './useCallbackT'

/** The Add Custom Date Range form as typed: offsets stay text until they are checked. */
export interface RangeDraft {
  name: string
  start: string
  end: string
}

export type RangeDraftErrors = Partial<Record<keyof RangeDraft, CustomRangeError>>

export const EMPTY_RANGE_DRAFT: RangeDraft = { name: '', start: '', end: '' }

function offset(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text)
}

let lastId = 0
function newRangeId(): string {
  lastId += 1
  return `range-${Date.now().toString(36)}-${lastId}`
}

/** The range a draft describes, or what is wrong with each field. */
export function checkRangeDraft(
  draft: RangeDraft,
  existing: readonly CustomRange[],
): { range: CustomRange } | { errors: RangeDraftErrors } {
  const candidate = { name: draft.name.trim(), start: offset(draft.start), end: offset(draft.end) }
  const errors = validateCustomRange(candidate, existing)
  if (Object.keys(errors).length > 0) return { errors }
  return { range: { id: newRangeId(), ...candidate } }
}

interface CustomRangesEditorProps {
  ranges: readonly CustomRange[]
  onRemove: (id: string) => void
  /** Null while the Add form is closed. */
  draft: RangeDraft | null
  errors: RangeDraftErrors
  onDraftChange: (draft: RangeDraft | null) => void
  onAdd: () => void
  t: CallbackT
}

export function CustomRangesEditor({
  ranges,
  onRemove,
  draft,
  errors,
  onDraftChange,
  onAdd,
  t,
}: CustomRangesEditorProps) {
  const message = (error: CustomRangeError | undefined) =>
    error ? t(`options.errors.${error}`, { max: MAX_RANGE_NAME }) : undefined
  const full = ranges.length >= MAX_CUSTOM_RANGES
  return (
    <Box>
      {ranges.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('options.noCustomRanges')}
        </Typography>
      ) : (
        <List dense disablePadding>
          {ranges.map((range) => (
            <ListItem
              key={range.id}
              disableGutters
              secondaryAction={
                <IconButton
                  edge="end"
                  aria-label={t('options.removeRange', { name: range.name })}
                  onClick={() => onRemove(range.id)}
                >
                  <DeleteIcon />
                </IconButton>
              }
            >
              <ListItemText
                primary={range.name}
                secondary={t('options.rangeDays', { start: range.start, end: range.end })}
              />
            </ListItem>
          ))}
        </List>
      )}
      {draft === null ? (
        <Button
          startIcon={<AddIcon />}
          onClick={() => onDraftChange(EMPTY_RANGE_DRAFT)}
          disabled={full}
          sx={{ mt: 1 }}
        >
          {t('options.addRange')}
        </Button>
      ) : (
        <Box
          component="fieldset"
          sx={{ border: 1, borderColor: 'divider', borderRadius: 1, mt: 1, p: 1.5 }}
        >
          <Typography component="legend" variant="body2" sx={{ px: 0.5 }}>
            {t('options.addRange')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
            {t('options.offsetsHelp')}
          </Typography>
          <TextField
            size="small"
            fullWidth
            label={t('options.rangeName')}
            value={draft.name}
            onChange={(event) => onDraftChange({ ...draft, name: event.target.value })}
            error={Boolean(errors.name)}
            helperText={message(errors.name)}
            slotProps={{ htmlInput: { maxLength: MAX_RANGE_NAME + 10 } }}
            autoFocus
          />
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start', mt: 2 }}>
            {(['start', 'end'] as const).map((field) => (
              <TextField
                key={field}
                size="small"
                type="number"
                label={t(`options.${field}`)}
                value={draft[field]}
                onChange={(event) => onDraftChange({ ...draft, [field]: event.target.value })}
                error={Boolean(errors[field])}
                helperText={message(errors[field])}
                slotProps={{
                  htmlInput: { min: -MAX_RANGE_OFFSET, max: MAX_RANGE_OFFSET, step: 1 },
                }}
                sx={{ flex: 1 }}
              />
            ))}
          </Stack>
          <Stack direction="row" spacing={1} sx={{ mt: 1.5 }}>
            <Button variant="outlined" onClick={onAdd}>
              {t('options.add')}
            </Button>
            <Button onClick={() => onDraftChange(null)}>{t('options.discardRange')}</Button>
          </Stack>
        </Box>
      )}
      {full && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('options.tooMany', { max: MAX_CUSTOM_RANGES })}
        </Typography>
      )}
    </Box>
  )
}
