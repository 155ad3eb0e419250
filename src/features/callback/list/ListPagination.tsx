import { memo } from 'react'
import { Pager, pageWindow } from '@/components/Pager'
import { PAGE_SIZE } from '@/domain/callbackQuery'
import type { CallbackT } from './useCallbackT'

interface ListPaginationProps {
  /** 1-based, as in the URL. */
  page: number
  total: number
  locale: string
  onPageChange: (page: number) => void
  t: CallbackT
}

/** The callback list's pager, pages being fixed at 250 rows; redrawn only when its props change. */
export const ListPagination = memo(function ListPagination({
  page,
  total,
  locale,
  onPageChange,
  t,
}: ListPaginationProps) {
  return (
    <Pager
      {...pageWindow(page, total, PAGE_SIZE)}
      locale={locale}
      onPageChange={onPageChange}
      labels={{
        nav: t('pagination.label'),
        displayed: (range) => t('pagination.displayed', range),
        first: t('pagination.first'),
        previous: t('pagination.previous'),
        next: t('pagination.next'),
        last: t('pagination.last'),
      }}
    />
  )
})
