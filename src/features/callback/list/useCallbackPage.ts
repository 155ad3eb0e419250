import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { callbackListQuery } from '@/api/callbacks'
import type { CallbackSummary, Preferences } from '@/api/types'
import { pageCount } from '@/domain/callbackQuery'
import { useNow } from '@/lib/useNow'
import { listParams, rangeSelection } from './listParams'
import { useListView } from './useListState'

const NO_ITEMS: CallbackSummary[] = []

/**
 * The page of callbacks the URL asks for: the view, its date range resolved in the viewer's zone,
 * the query and its state. `update` changes the view (back to page 1 unless a page is given),
 * requesting its page at the click and showing it once it is there (useUrlView).
 */
export function useCallbackPage(prefs: Preferences, timeZone: string) {
  const queryClient = useQueryClient()
  const now = useNow()
  const { view, update } = useListView(prefs.customRanges, (next) =>
    queryClient.query(
      callbackListQuery(listParams(rangeSelection(next, prefs, now, timeZone), next)),
    ),
  )

  const selection = useMemo(
    () => rangeSelection(view, prefs, now, timeZone),
    [view, prefs, now, timeZone],
  )
  const params = useMemo(() => listParams(selection, view), [selection, view])
  const list = useQuery({
    ...callbackListQuery(params),
    refetchInterval: prefs.autoRefreshSeconds > 0 ? prefs.autoRefreshSeconds * 1000 : false,
  })
  // While the next page loads, the rows shown are still the last page's, as of when it was fetched.
  // The new query's own time is 0 until it answers; passing that on would redraw all 250 rows twice.
  const [fetchedAt, setFetchedAt] = useState(list.dataUpdatedAt)
  if (!list.isPlaceholderData && list.dataUpdatedAt !== fetchedAt) setFetchedAt(list.dataUpdatedAt)
  const total = list.data?.total ?? 0

  // A page past the end (a bookmark, or records that expired since) shows the last page instead.
  const lastPage = pageCount(total)
  const pastTheEnd = list.isSuccess && !list.isPlaceholderData && view.page > lastPage
  useEffect(() => {
    if (pastTheEnd) update({ page: lastPage }, { replace: true })
  }, [pastTheEnd, lastPage, update])

  return {
    view,
    update,
    selection,
    list,
    items: list.data?.items ?? NO_ITEMS,
    total,
    fetchedAt,
  }
}
