import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Typography from '@mui/material/Typography'
import type { SearchField } from '@/domain/callbackQuery'
import type { CallbackT } from './useCallbackT'

interface EmptyListProps {
  rangeName: string
  field: SearchField
  term: string
  /** Null when the widest range is already shown. */
  onWiden: (() => void) | null
  onClearSearch: () => void
  t: CallbackT
}

/** Nothing to list: say why, and offer the likely way out. */
export function EmptyList({ rangeName, field, term, onWiden, onClearSearch, t }: EmptyListProps) {
  const searching = term.trim() !== ''
  return (
    <Box
      role="status"
      sx={{
        p: 4,
        textAlign: 'center',
        bgcolor: 'background.paper',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
      }}
    >
      <Typography variant="h6" component="h2" gutterBottom>
        {t('list.emptyTitle')}
      </Typography>
      <Typography color="text.secondary" sx={{ maxWidth: 640, mx: 'auto', mb: 2 }}>
        {searching
          ? t('list.emptySearch', {
              range: rangeName,
              term: term.trim(),
              field: t(`search.fields.${field}`),
            })
          : t('list.emptyRange', { range: rangeName })}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, justifyContent: 'center', flexWrap: 'wrap' }}>
        {searching && (
          <Button variant="outlined" onClick={onClearSearch}>
            {t('list.clearSearch')}
          </Button>
        )}
        {onWiden && (
          <Button variant="outlined" onClick={onWiden}>
            {t('list.widerRange')}
          </Button>
        )}
      </Box>
    </Box>
  )
}
