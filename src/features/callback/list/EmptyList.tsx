import Button from '@mui/material/Button'
import { EmptyState } from '@/components/EmptyState'
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
    <EmptyState
      title={t('list.emptyTitle')}
      actions={
        <>
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
        </>
      }
    >
      {searching
        ? t('list.emptySearch', {
            range: rangeName,
            term: term.trim(),
            field: t(`search.fields.${field}`),
          })
        : t('list.emptyRange', { range: rangeName })}
    </EmptyState>
  )
}
