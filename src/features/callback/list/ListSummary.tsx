import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { memo } from 'react'
import type { CallbackT } from './useCallbackT'

/**
 * The line above the table: how many callbacks the range holds and its dates, whether Advanced
 * Options hide some, and (for those who may cancel) how many rows are ticked.
 */
export const ListSummary = memo(function ListSummary({
  total,
  span,
  language,
  filtered,
  selectedCount,
  t,
}: {
  /** Null until the first page has answered: the dates alone are shown. */
  total: number | null
  span: string
  language: string
  filtered: boolean
  /** Null for a user who may not select rows. */
  selectedCount: number | null
  t: CallbackT
}) {
  return (
    <Stack
      direction="row"
      useFlexGap
      spacing={2}
      sx={{ flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'baseline', mt: 1 }}
    >
      <Typography variant="body2" color="text.secondary">
        {total === null
          ? span
          : t('list.summary', { count: total, total: total.toLocaleString(language), span })}
      </Typography>
      {filtered && (
        <Typography variant="body2" color="text.secondary">
          {t('list.filtered')}
        </Typography>
      )}
      {selectedCount !== null && (
        <Typography variant="body2" role="status" sx={{ fontWeight: 500, ml: 'auto' }}>
          {selectedCount > 0 ? t('toolbar.selected', { count: selectedCount }) : ''}
        </Typography>
      )}
    </Stack>
  )
})
