import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import LinearProgress from '@mui/material/LinearProgress'
import Snackbar from '@mui/material/Snackbar'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { functionalUpdate, type OnChangeFn, type RowSelectionState } from '@tanstack/react-table'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { callbackListQuery } from '@/api/callbacks'
import { queryKeys } from '@/api/keys'
import { usePreferences, useSavePreferences } from '@/api/preferences'
import { useCurrentUser } from '@/api/session'
import type { BulkCancelData, CallbackSummary, Preferences } from '@/api/types'
import { ErrorAlert } from '@/components/ErrorAlert'
import { Loading } from '@/components/Loading'
import { pageCount, type SearchField, type SortField, type SortOrder } from '@/domain/callbackQuery'
import { isPredefinedRange } from '@/domain/dateRanges'
import { can } from '@/domain/roles'
import { formatDate, formatDateTime, type TimeDisplay } from '@/lib/time'
import { useDelayedFlag } from '@/lib/useDelayedFlag'
import { useTimeDisplay } from '@/lib/useTimeDisplay'
import { CallbackDialogs, type CreatedCallback, type OpenDialog } from './CallbackDialogs'
import { CallbackTable } from './list/CallbackTable'
import { EmptyList } from './list/EmptyList'
import { ListContext, type ListContextValue } from './list/ListContext'
import { ListPagination } from './list/ListPagination'
import { listParams, rangeSelection, smallestRangeContaining } from './list/listParams'
import { Toolbar } from './list/Toolbar'
import { useCallbackT } from './list/useCallbackT'
import { useListView } from './list/useListState'
import { useNow } from './list/useNow'

const NO_ITEMS: CallbackSummary[] = []
/** Loads that end sooner show no progress bar. */
const UPDATING_DELAY_MS = 250
const NO_SELECTION: RowSelectionState = {}

/** Every row names its time several times (cells and labels): format each value once per display. */
function cachedTimeFormatter(display: TimeDisplay) {
  const cache = new Map<string, string>()
  return (value: string) => {
    let text = cache.get(value)
    if (text === undefined) cache.set(value, (text = formatDateTime(value, display)))
    return text
  }
}

interface Notice {
  id: number
  text: string
  severity: 'success' | 'warning' | 'info'
}

/** The Callback tab's list, its toolbar, and the dialogs it opens (product.md §2.1–§2.7). */
export function CallbackList() {
  const { t, language } = useCallbackT()
  const user = useCurrentUser()
  const canManage = can(user.role, 'callbacks.manage')
  const prefs = usePreferences()
  const savePrefs = useSavePreferences()
  const queryClient = useQueryClient()
  const { locale, timeZone, hour12 } = useTimeDisplay()
  const display = useMemo(() => ({ locale, timeZone, hour12 }), [locale, timeZone, hour12])
  const now = useNow()
  const { view, update: updateView } = useListView(prefs.customRanges)

  const selection = useMemo(
    () => rangeSelection(view, prefs, now, timeZone),
    [view, prefs, now, timeZone],
  )
  const params = useMemo(() => listParams(selection, view), [selection, view])
  // The request for the next view starts at the click rather than once that view has rendered.
  const update = useCallback<typeof updateView>(
    (patch, options) => {
      const next = { ...view, page: 1, ...patch }
      void queryClient.prefetchQuery(
        callbackListQuery(listParams(rangeSelection(next, prefs, now, timeZone), next)),
      )
      updateView(patch, options)
    },
    [view, prefs, now, timeZone, queryClient, updateView],
  )
  const list = useQuery({
    ...callbackListQuery(params),
    refetchInterval: prefs.autoRefreshSeconds > 0 ? prefs.autoRefreshSeconds * 1000 : false,
  })
  const items = list.data?.items ?? NO_ITEMS
  // While the next page loads, the rows shown are still the last page's, as of when it was fetched.
  // The new query's own time is 0 until it answers; passing that on would redraw all 250 rows twice.
  const [fetchedAt, setFetchedAt] = useState(list.dataUpdatedAt)
  if (!list.isPlaceholderData && list.dataUpdatedAt !== fetchedAt) setFetchedAt(list.dataUpdatedAt)
  const showUpdating = useDelayedFlag(list.isFetching, UPDATING_DELAY_MS)
  const total = list.data?.total ?? 0

  // Selection belongs to one view: another page, range, search or sort starts with none.
  const viewKey = [view.range, view.field, view.q, view.sort, view.order, view.page].join('|')
  const [selectionState, setSelectionState] = useState({ key: viewKey, rows: NO_SELECTION })
  const rowSelection = selectionState.key === viewKey ? selectionState.rows : NO_SELECTION
  const onRowSelectionChange = useCallback<OnChangeFn<RowSelectionState>>(
    (updater) =>
      setSelectionState((previous) => ({
        key: viewKey,
        rows: functionalUpdate(updater, previous.key === viewKey ? previous.rows : NO_SELECTION),
      })),
    [viewKey],
  )
  const selectedItems = useMemo(
    () => items.filter((item) => rowSelection[item.id] === true),
    [items, rowSelection],
  )

  const columnVisibility = useMemo(
    () => ({
      select: canManage,
      actions: canManage,
      serviceName: prefs.includeServiceName,
      callbackId: prefs.includeCallbackId,
      updatedAt: prefs.includeTimeUpdated,
    }),
    [canManage, prefs.includeServiceName, prefs.includeCallbackId, prefs.includeTimeUpdated],
  )

  const [dialog, setDialog] = useState<OpenDialog | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  const say = (text: string, severity: Notice['severity'] = 'success') =>
    setNotice({ id: Date.now(), text, severity })

  const onEdit = useCallback(
    (callback: CallbackSummary) => setDialog({ kind: 'edit', callback }),
    [],
  )
  const onRecreate = useCallback(
    (callback: CallbackSummary) => setDialog({ kind: 'recreate', callback }),
    [],
  )
  const formatTime = useMemo(() => cachedTimeFormatter(display), [display])
  const context = useMemo<ListContextValue>(
    () => ({ t, locale, formatTime, fetchedAt, onEdit, onRecreate }),
    [t, locale, formatTime, fetchedAt, onEdit, onRecreate],
  )
  const onSort = useCallback(
    (sort: SortField, order: SortOrder) => update({ sort, order }),
    [update],
  )
  const onSearch = useCallback(
    (field: SearchField, q: string) => update({ field, q }, { replace: true }),
    [update],
  )

  // A page past the end (a bookmark, or records that expired since) shows the last page instead.
  const lastPage = pageCount(total)
  const pastTheEnd = list.isSuccess && !list.isPlaceholderData && view.page > lastPage
  useEffect(() => {
    if (pastTheEnd) update({ page: lastPage }, { replace: true })
  }, [pastTheEnd, lastPage, update])

  const rangeName = isPredefinedRange(view.range)
    ? t(`ranges.${view.range}`)
    : (prefs.customRanges.find((range) => range.id === view.range)?.name ?? view.range)
  const from = Date.parse(selection.from)
  const to = Date.parse(selection.to)
  const span = t('ranges.span', {
    from: formatDate(from, display),
    to: formatDate(to - 1, display),
  })
  const filtered = prefs.visibleStates.length > 0 || prefs.visibleServices.length > 0

  const onCreated = (created: CreatedCallback) => {
    setDialog(null)
    const at = Date.parse(created.desiredTime)
    if (at >= from && at < to) return say(t('notices.created'))
    const range = smallestRangeContaining(at, Date.now(), timeZone)
    if (!range) return say(t('notices.createdOutOfRange'), 'info')
    update({ range })
    say(t('notices.createdRangeChanged', { range: t(`ranges.${range}`) }))
  }
  const onBulkDone = (result: BulkCancelData) => {
    setSelectionState({ key: viewKey, rows: NO_SELECTION })
    say(
      t('notices.bulkDone', {
        cancelled: result.cancelled,
        excluded: result.excluded,
        failed: result.failed,
      }),
      result.failed > 0 ? 'warning' : 'success',
    )
  }
  const saveAutoRefresh = (seconds: Preferences['autoRefreshSeconds']) =>
    savePrefs.mutate({ ...prefs, autoRefreshSeconds: seconds })

  return (
    <ListContext.Provider value={context}>
      <Toolbar
        t={t}
        canManage={canManage}
        selectedCount={selectedItems.length}
        onCreate={() => setDialog({ kind: 'create' })}
        onCancelSelected={() =>
          setDialog({
            kind: 'bulkCancel',
            selected: selectedItems,
            range: selection,
            rangeLabel: t('ranges.withDates', {
              range: rangeName,
              from: formatDate(from, display),
              to: formatDate(to - 1, display),
            }),
          })
        }
        onExport={() => setDialog({ kind: 'export' })}
        onRefresh={() => void queryClient.invalidateQueries({ queryKey: queryKeys.callbacks.all })}
        autoRefresh={prefs.autoRefreshSeconds}
        onAutoRefreshChange={saveAutoRefresh}
        onAdvancedOptions={() => setDialog({ kind: 'options' })}
        range={view.range}
        customRanges={prefs.customRanges}
        onRangeChange={(range) => update({ range })}
        field={view.field}
        term={view.q}
        onSearch={onSearch}
      />
      <Stack spacing={1}>
        {savePrefs.isError && (
          <ErrorAlert
            error={savePrefs.error}
            title={t('notices.prefsFailed')}
            onRetry={() => savePrefs.variables && savePrefs.mutate(savePrefs.variables)}
          />
        )}
        {list.isError && (
          <ErrorAlert
            error={list.error}
            title={t('list.failed')}
            onRetry={() => void list.refetch()}
          />
        )}
      </Stack>
      <Stack
        direction="row"
        useFlexGap
        spacing={2}
        sx={{ flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'baseline', mt: 1 }}
      >
        <Typography variant="body2" color="text.secondary">
          {list.data
            ? t('list.summary', { count: total, total: total.toLocaleString(language), span })
            : span}
        </Typography>
        {filtered && (
          <Typography variant="body2" color="text.secondary">
            {t('list.filtered')}
          </Typography>
        )}
        {canManage && (
          <Typography variant="body2" role="status" sx={{ fontWeight: 500, ml: 'auto' }}>
            {selectedItems.length > 0 ? t('toolbar.selected', { count: selectedItems.length }) : ''}
          </Typography>
        )}
      </Stack>
      <Box sx={{ height: 4, my: 0.5 }}>
        {showUpdating && <LinearProgress aria-label={t('list.updating')} />}
      </Box>
      {list.isPending ? (
        <Loading label={t('loading')} />
      ) : items.length > 0 ? (
        <CallbackTable
          items={items}
          label={t('table.label', { range: rangeName })}
          canManage={canManage}
          columnVisibility={columnVisibility}
          rowSelection={rowSelection}
          onRowSelectionChange={onRowSelectionChange}
          sort={view.sort}
          order={view.order}
          onSort={onSort}
          t={t}
        />
      ) : list.isSuccess && total === 0 ? (
        <EmptyList
          rangeName={rangeName}
          field={view.field}
          term={view.q}
          onWiden={view.range === 'all' ? null : () => update({ range: 'all' })}
          onClearSearch={() => update({ q: '' })}
          t={t}
        />
      ) : null}
      {total > 0 && (
        <ListPagination
          page={view.page}
          total={total}
          locale={language}
          onPageChange={(page) => update({ page })}
          t={t}
        />
      )}
      <CallbackDialogs
        dialog={dialog}
        onClose={() => setDialog(null)}
        onCreated={onCreated}
        onChanged={(message) => {
          setDialog(null)
          say(message)
        }}
        onBulkDone={onBulkDone}
      />
      {notice && (
        <Snackbar
          key={notice.id}
          open
          autoHideDuration={12_000}
          onClose={(_, reason) => reason !== 'clickaway' && setNotice(null)}
          anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
        >
          <Alert
            severity={notice.severity}
            variant="filled"
            role="status"
            onClose={() => setNotice(null)}
            closeText={t('notices.close')}
          >
            {notice.text}
          </Alert>
        </Snackbar>
      )}
    </ListContext.Provider>
  )
}
