import Stack from '@mui/material/Stack'
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useMemo, useState } from 'react'
import { queryKeys } from '@/api/keys'
import { usePreferences, useSavePreferences } from '@/api/preferences'
import { useCurrentUser } from '@/api/session'
import type { BulkCancelData, CallbackSummary, Preferences } from '@/api/types'
import { ErrorAlert } from '@/components/ErrorAlert'
import { Loading } from '@/components/Loading'
import { UpdatingBar } from '@/components/UpdatingBar'
import type { SearchField, SortField, SortOrder } from '@/domain/callbackQuery'
import { isPredefinedRange } from '@/domain/dateRanges'
import { can } from '@/domain/roles'
import { cachedTimeFormatter, formatDate } from '@/lib/time'
import { useStableCallback } from '@/lib/useStableCallback'
import { useTimeDisplay } from '@/lib/useTimeDisplay'
import { CallbackDialogs, type CreatedCallback, type OpenDialog } from './CallbackDialogs'
import { CallbackTable } from './list/CallbackTable'
import { EmptyList } from './list/EmptyList'
import { ListContext, type ListContextValue } from './list/ListContext'
import { ListNotice, useNotice } from './list/ListNotice'
import { ListPagination } from './list/ListPagination'
import { ListSummary } from './list/ListSummary'
import { smallestRangeContaining } from './list/listParams'
import { Toolbar } from './list/Toolbar'
import { useCallbackPage } from './list/useCallbackPage'
import { useCallbackT } from './list/useCallbackT'
import { useRowSelection } from './list/useRowSelection'

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
  const { view, update, selection, list, items, total, fetchedAt } = useCallbackPage(
    prefs,
    timeZone,
  )
  const { rowSelection, onRowSelectionChange, selectedItems, clear } = useRowSelection(view, items)

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
  const { notice, say, dismiss } = useNotice()

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

  const onCreated = useStableCallback((created: CreatedCallback) => {
    setDialog(null)
    const at = Date.parse(created.desiredTime)
    if (at >= from && at < to) {
      say(t('notices.created'))
      return
    }
    const range = smallestRangeContaining(at, Date.now(), timeZone)
    if (range) {
      update({ range })
      say(t('notices.createdRangeChanged', { range: t(`ranges.${range}`) }))
    } else say(t('notices.createdOutOfRange'), 'info')
  })
  const onBulkDone = useStableCallback((result: BulkCancelData) => {
    clear()
    say(
      t('notices.bulkDone', {
        cancelled: result.cancelled,
        excluded: result.excluded,
        failed: result.failed,
      }),
      result.failed > 0 ? 'warning' : 'success',
    )
  })
  // Handed to the toolbar: each stays one function, so the toolbar is not redrawn by a page change.
  const onAutoRefreshChange = useStableCallback((seconds: Preferences['autoRefreshSeconds']) =>
    savePrefs.mutate({ ...prefs, autoRefreshSeconds: seconds }),
  )
  const onCreate = useStableCallback(() => setDialog({ kind: 'create' }))
  const onCancelSelected = useStableCallback(() =>
    setDialog({
      kind: 'bulkCancel',
      selected: selectedItems,
      range: selection,
      rangeLabel: t('ranges.withDates', {
        range: rangeName,
        from: formatDate(from, display),
        to: formatDate(to - 1, display),
      }),
    }),
  )
  const onExport = useStableCallback(() => setDialog({ kind: 'export' }))
  const onRefresh = useStableCallback(
    () => void queryClient.invalidateQueries({ queryKey: queryKeys.callbacks.all }),
  )
  const onAdvancedOptions = useStableCallback(() => setDialog({ kind: 'options' }))
  const onRangeChange = useStableCallback((range: string) => update({ range }))
  const onPageChange = useStableCallback((page: number) => update({ page }))

  return (
    <ListContext.Provider value={context}>
      <Toolbar
        t={t}
        canManage={canManage}
        selectedCount={selectedItems.length}
        onCreate={onCreate}
        onCancelSelected={onCancelSelected}
        onExport={onExport}
        onRefresh={onRefresh}
        autoRefresh={prefs.autoRefreshSeconds}
        onAutoRefreshChange={onAutoRefreshChange}
        onAdvancedOptions={onAdvancedOptions}
        range={view.range}
        customRanges={prefs.customRanges}
        onRangeChange={onRangeChange}
        field={view.field}
        term={view.q}
        onSearch={onSearch}
      />
      <Stack spacing={1}>
        {savePrefs.isError && (
          <ErrorAlert
            error={savePrefs.error}
            title={t('notices.prefsFailed')}
            onRetry={() => {
              savePrefs.mutate(savePrefs.variables)
            }}
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
      <ListSummary
        total={list.data ? total : null}
        span={span}
        language={language}
        filtered={filtered}
        selectedCount={canManage ? selectedItems.length : null}
        t={t}
      />
      <UpdatingBar fetching={list.isFetching} label={t('list.updating')} />
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
          onPageChange={onPageChange}
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
      <ListNotice notice={notice} onClose={dismiss} t={t} />
    </ListContext.Provider>
  )
}
