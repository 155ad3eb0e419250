import PhoneForwardedIcon from '@mui/icons-material/PhoneForwarded'
import RefreshIcon from '@mui/icons-material/Refresh'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import MenuItem from '@mui/material/MenuItem'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react'
import { callInListQuery } from '@/api/callIns'
import { queryKeys } from '@/api/keys'
import { useCurrentUser } from '@/api/session'
import type { CallInRecord } from '@/api/types'
import { EmptyState } from '@/components/EmptyState'
import { ErrorAlert } from '@/components/ErrorAlert'
import { ListToolbar } from '@/components/ListToolbar'
import { Loading } from '@/components/Loading'
import { Pager, pageWindow } from '@/components/Pager'
import { SearchBox } from '@/components/SearchBox'
import { UpdatingBar } from '@/components/UpdatingBar'
import type { SortOrder } from '@/domain/callbackQuery'
import { can } from '@/domain/roles'
import { CALL_IN_STATES } from '@/domain/callIn'
import {
  CALL_IN_PAGE_SIZE,
  CALL_IN_RANGES,
  CALL_IN_SEARCH_FIELDS,
  MAX_CALL_IN_SEARCH,
  type CallInRange,
  type CallInSearchField,
  type CallInSortField,
} from '@/domain/callInQuery'
import { useTranslation } from '@/i18n/i18n'
import { useAppConfig } from '@/lib/appConfig'
import { isSimulatedTenant } from '@/lib/config'
import { cachedTimeFormatter } from '@/lib/time'
import { useTimeDisplay } from '@/lib/useTimeDisplay'
import { useUrlView } from '@/lib/urlView'
import { CallInTable } from './CallInTable'
import { callInListParams, DEFAULT_CALL_IN_VIEW, parseCallInView } from './callInView'

/** Loaded on first use: most visits only read the list. */
const PlayCallerDialog = lazy(() => import('./PlayCallerDialog'))

const NO_ITEMS: CallInRecord[] = []

/**
 * The Call-In tab (Administrator, Developer): the Click-To-Call-In records, 500 a page, filtered by
 * a predefined time range and a search on one attribute, sorted by any column; the whole view is
 * in the URL. Filtering, sorting and paging happen in the tenant: the page holds one page only.
 */
export default function CallInPage() {
  const { t, language } = useTranslation('callIn')
  const queryClient = useQueryClient()
  const user = useCurrentUser()
  // Playing the caller is the simulated tenant's own feature: a real tenant has real callers.
  const canPlayCaller = isSimulatedTenant(useAppConfig()) && can(user.role, 'callIn.simulate')
  const [playing, setPlaying] = useState(false)
  // Once loaded, the dialog stays mounted so that it closes with its animation.
  const [playedOnce, setPlayedOnce] = useState(false)
  const { locale, timeZone, hour12 } = useTimeDisplay()
  const { view, update } = useUrlView(parseCallInView, DEFAULT_CALL_IN_VIEW, (next) =>
    queryClient.query(callInListQuery(callInListParams(next, timeZone))),
  )
  const params = useMemo(() => callInListParams(view, timeZone), [view, timeZone])
  const list = useQuery(callInListQuery(params))
  const items = list.data?.items ?? NO_ITEMS
  const total = list.data?.total ?? 0

  // A page past the end (a bookmark, or records dropped since) shows the last page instead.
  const window = pageWindow(view.page, total, CALL_IN_PAGE_SIZE)
  const pastTheEnd = list.isSuccess && !list.isPlaceholderData && view.page > window.pageCount
  useEffect(() => {
    if (pastTheEnd) update({ page: window.pageCount }, { replace: true })
  }, [pastTheEnd, window.pageCount, update])

  const formatTime = useMemo(
    () => cachedTimeFormatter({ locale, timeZone, hour12 }),
    [locale, timeZone, hour12],
  )
  const onSort = useCallback(
    (sort: CallInSortField, order: SortOrder) => update({ sort, order }),
    [update],
  )
  const onSearch = useCallback(
    (field: CallInSearchField, q: string) => update({ field, q }, { replace: true }),
    [update],
  )
  const stateChoices = useMemo(
    () => ({ state: CALL_IN_STATES.map((s) => ({ value: s, label: t(`states.${s}`) })) }),
    [t],
  )
  const rangeName = t(`range.options.${view.range}`)
  const term = view.q.trim()

  return (
    <Box sx={{ p: { xs: 1.5, sm: 2 } }}>
      <ListToolbar
        label={t('toolbar.label')}
        title={t('title')}
        tools={
          <>
            {canPlayCaller && (
              <Button
                startIcon={<PhoneForwardedIcon />}
                onClick={() => {
                  setPlayedOnce(true)
                  setPlaying(true)
                }}
              >
                {t('toolbar.play')}
              </Button>
            )}
            <Button
              startIcon={<RefreshIcon />}
              onClick={() =>
                void queryClient.invalidateQueries({ queryKey: queryKeys.callIns.all })
              }
            >
              {t('toolbar.refresh')}
            </Button>
          </>
        }
        filters={
          <>
            <TextField
              select
              size="small"
              label={t('range.label')}
              value={view.range}
              onChange={(event) => update({ range: event.target.value as CallInRange })}
              sx={{ minWidth: 200 }}
            >
              {CALL_IN_RANGES.map((range) => (
                <MenuItem key={range} value={range}>
                  {t(`range.options.${range}`)}
                </MenuItem>
              ))}
            </TextField>
            <SearchBox
              fields={CALL_IN_SEARCH_FIELDS}
              field={view.field}
              term={view.q}
              maxLength={MAX_CALL_IN_SEARCH}
              onSearch={onSearch}
              choices={stateChoices}
              labels={{
                field: t('search.field'),
                term: t('search.label'),
                clear: t('search.clear'),
                anyChoice: t('search.anyState'),
                fieldName: (field) => t(`search.fields.${field}`),
                placeholder: (field) => t(`search.placeholders.${field}`),
              }}
            />
          </>
        }
      />
      {list.isError && (
        <ErrorAlert
          error={list.error}
          title={t('list.failed')}
          onRetry={() => void list.refetch()}
        />
      )}
      <Typography variant="body2" color="text.secondary" role="status" sx={{ mt: 1 }}>
        {list.data ? t('list.found', { count: total, total: total.toLocaleString(language) }) : ''}
      </Typography>
      <UpdatingBar fetching={list.isFetching} label={t('list.updating')} />
      {list.isPending ? (
        <Loading label={t('loading')} />
      ) : items.length > 0 ? (
        <CallInTable
          items={items}
          label={t('list.tableLabel', { range: rangeName })}
          sort={view.sort}
          order={view.order}
          onSort={onSort}
          formatTime={formatTime}
          t={t}
        />
      ) : list.isSuccess && total === 0 ? (
        <EmptyState
          title={t('list.emptyTitle')}
          actions={
            <>
              {term && (
                <Button variant="outlined" onClick={() => update({ q: '' })}>
                  {t('list.clearSearch')}
                </Button>
              )}
              {view.range !== 'all' && (
                <Button variant="outlined" onClick={() => update({ range: 'all' })}>
                  {t('list.allRecords')}
                </Button>
              )}
            </>
          }
        >
          {term
            ? t('list.emptySearch', {
                range: rangeName,
                term: view.field === 'state' ? t(`states.${term as 'CREATED'}`) : term,
                field: t(`search.fields.${view.field}`),
              })
            : t('list.emptyRange', { range: rangeName })}
        </EmptyState>
      ) : null}
      {total > 0 && (
        <Pager
          {...window}
          locale={language}
          onPageChange={(page) => update({ page })}
          labels={{
            nav: t('pagination.label'),
            displayed: (range) => t('pagination.displayed', range),
            first: t('pagination.first'),
            previous: t('pagination.previous'),
            next: t('pagination.next'),
            last: t('pagination.last'),
          }}
        />
      )}
      {playedOnce && (
        <Suspense fallback={null}>
          <PlayCallerDialog open={playing} onClose={() => setPlaying(false)} />
        </Suspense>
      )}
    </Box>
  )
}
