import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { NameOrder } from '@/domain/queueDisplay'

/**
 * The Queues page's view, kept in the URL so a reload, a bookmark or the back button shows the same
 * queues: ?q= (name filter), ?show= (each queue picked in Filter Displayed Queues; absent = all),
 * ?order=desc, ?page=.
 */
export interface QueuesUrlState {
  text: string
  shown: ReadonlySet<string> | null
  order: NameOrder
  page: number
}

export function useQueuesView() {
  const [params, setParams] = useSearchParams()
  const view = useMemo<QueuesUrlState>(() => {
    const shown = params.getAll('show')
    const page = Number(params.get('page'))
    return {
      text: params.get('q') ?? '',
      shown: shown.length ? new Set(shown) : null,
      order: params.get('order') === 'desc' ? 'desc' : 'asc',
      page: Number.isInteger(page) && page > 0 ? page : 1,
    }
  }, [params])

  const update = useCallback(
    (change: Partial<QueuesUrlState>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          if (change.text !== undefined) {
            if (change.text) next.set('q', change.text)
            else next.delete('q')
          }
          if (change.shown !== undefined) {
            next.delete('show')
            for (const name of change.shown ?? []) next.append('show', name)
          }
          if (change.order !== undefined) {
            if (change.order === 'desc') next.set('order', 'desc')
            else next.delete('order')
          }
          // Any other change starts again from the first page.
          const page = change.page ?? 1
          if (page > 1) next.set('page', String(page))
          else next.delete('page')
          return next
        },
        { replace: change.text !== undefined },
      )
    },
    [setParams],
  )
  return [view, update] as const
}
