import TablePagination from '@mui/material/TablePagination'
import { PAGE_SIZE } from '@/domain/callbackQuery'
import type { CallbackT } from './useCallbackT'

const NO_SIZE_CHOICE: number[] = []

interface ListPaginationProps {
  /** 1-based, as in the URL. */
  page: number
  total: number
  locale: string
  onPageChange: (page: number) => void
  t: CallbackT
}

/** "1–250 of 5,123" and first / previous / next / last, pages being fixed at 250 rows. */
export function ListPagination({ page, total, locale, onPageChange, t }: ListPaginationProps) {
  const number = new Intl.NumberFormat(locale)
  const lastPage = Math.max(1, Math.ceil(total / PAGE_SIZE))
  return (
    <TablePagination
      component="nav"
      aria-label={t('pagination.label')}
      count={total}
      page={Math.min(page, lastPage) - 1}
      rowsPerPage={PAGE_SIZE}
      rowsPerPageOptions={NO_SIZE_CHOICE}
      onPageChange={(_, next) => onPageChange(next + 1)}
      showFirstButton
      showLastButton
      labelDisplayedRows={({ from, to, count }) =>
        t('pagination.displayed', {
          from: number.format(from),
          to: number.format(to),
          count: number.format(count),
        })
      }
      getItemAriaLabel={(type) => t(`pagination.${type}`)}
    />
  )
}
