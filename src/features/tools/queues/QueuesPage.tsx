import Clear from '@mui/icons-material/Clear'
import FilterList from '@mui/icons-material/FilterList'
import Refresh from '@mui/icons-material/Refresh'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import IconButton from '@mui/material/IconButton'
import InputAdornment from '@mui/material/InputAdornment'
import Snackbar from '@mui/material/Snackbar'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { queueOverviewsQuery } from '@/api/queues'
import { useCurrentUser } from '@/api/session'
import { ErrorAlert } from '@/components/ErrorAlert'
import { Loading } from '@/components/Loading'
import { PageHeading } from '@/components/PageHeading'
import { Pager } from '@/components/Pager'
import { compareNames, viewQueues } from '@/domain/queueDisplay'
import { can } from '@/domain/roles'
import { useTranslation } from '@/i18n/i18n'
import { useTimeDisplay } from '@/lib/useTimeDisplay'
import { useNow } from '@/lib/useNow'
import { DisplayedQueuesDialog } from './DisplayedQueuesDialog'
import { QueuesTable } from './QueuesTable'
import type { AssignmentOutcome } from './RuleCell'
import { RULE_FIELDS, type RuleField } from './ruleFields'
import { useQueuesView } from './useQueuesView'
import { useRuleOptions } from './useRuleOptions'

interface Failure {
  title: string
  error: unknown
  retry?: (() => void) | undefined
}

/** Tools > Queues (product.md §5.1): every permitted queue, its figures, hours and rules. */
export default function QueuesPage() {
  const { t } = useTranslation('toolsQueues')
  const user = useCurrentUser()
  const display = useTimeDisplay()
  const overviews = useQuery(queueOverviewsQuery())
  const rules = useRuleOptions()
  const [view, setView] = useQueuesView()
  const [text, setText] = useState(view.text)
  const [dialogOpen, setDialogOpen] = useState(false)
  const [saved, setSaved] = useState<string | null>(null)
  const [failure, setFailure] = useState<Failure | null>(null)
  // Open/Close Time moves on with the clock, not only when the figures are fetched again.
  const now = useNow(30_000)

  const editable = useMemo(
    () =>
      Object.fromEntries(
        RULE_FIELDS.map((spec) => [spec.field, can(user.role, spec.permission)]),
      ) as Record<RuleField, boolean>,
    [user.role],
  )
  const all = overviews.data
  const names = useMemo(
    () => (all ?? []).map((q) => q.name).sort((a, b) => compareNames(a, b)),
    [all],
  )
  const page = useMemo(() => viewQueues(all ?? [], { ...view, text }), [all, view, text])

  const onOutcome = (outcome: AssignmentOutcome) => {
    if (outcome.error === undefined) {
      setFailure(null)
      setSaved(
        t('queues.saved', { rule: outcome.rule, queue: outcome.queue, value: outcome.value }),
      )
    } else {
      setSaved(null)
      setFailure({
        title: t('queues.saveFailed', {
          rule: outcome.rule,
          queue: outcome.queue,
          value: outcome.value,
        }),
        error: outcome.error,
        retry: outcome.retry,
      })
    }
  }

  const onRefreshFailed = (queue: string, error: unknown, retry: () => void) =>
    setFailure({ title: t('queues.refreshFailed', { queue }), error, retry })

  const fetchedAt = all?.find((q) => q.live)?.live?.fetchedAt
  const shownCount = view.shown ? names.filter((n) => view.shown?.has(n)).length : null

  return (
    <Stack spacing={2}>
      <PageHeading title={t('queues.title')} intro={t('queues.intro')} />
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1.5}
        sx={{ alignItems: { sm: 'center' } }}
      >
        <TextField
          label={t('queues.filterLabel')}
          size="small"
          value={text}
          onChange={(event) => {
            setText(event.target.value)
            setView({ text: event.target.value })
          }}
          slotProps={{
            htmlInput: { maxLength: 128 },
            input: {
              endAdornment: text ? (
                <InputAdornment position="end">
                  <IconButton
                    size="small"
                    aria-label={t('queues.clearFilter')}
                    onClick={() => {
                      setText('')
                      setView({ text: '' })
                    }}
                  >
                    <Clear fontSize="small" />
                  </IconButton>
                </InputAdornment>
              ) : undefined,
            },
          }}
          sx={{ minWidth: 240 }}
        />
        <Button
          variant="outlined"
          startIcon={<FilterList />}
          onClick={() => setDialogOpen(true)}
          disabled={!all?.length}
        >
          {shownCount === null
            ? t('queues.displayedButton')
            : t('queues.displayedButtonActive', { shown: shownCount, total: names.length })}
        </Button>
        {view.shown && (
          <Button onClick={() => setView({ shown: null })}>{t('displayed.showAll')}</Button>
        )}
        <Box sx={{ flexGrow: 1 }} />
        <Button
          variant="outlined"
          startIcon={<Refresh />}
          onClick={() => void overviews.refetch()}
          disabled={overviews.isFetching}
        >
          {overviews.isFetching && !overviews.isPending
            ? t('queues.refreshing')
            : t('queues.refreshAll')}
        </Button>
      </Stack>

      {failure && (
        <Box>
          <ErrorAlert error={failure.error} title={failure.title} onRetry={failure.retry} />
          <Button size="small" onClick={() => setFailure(null)} sx={{ mt: 0.5 }}>
            {t('queues.dismiss')}
          </Button>
        </Box>
      )}
      {rules.error !== undefined && (
        <ErrorAlert error={rules.error} title={t('queues.rulesFailed')} onRetry={rules.retry} />
      )}

      {overviews.isPending ? (
        <Loading label={t('queues.loading')} />
      ) : overviews.isError && !all ? (
        <ErrorAlert
          error={overviews.error}
          title={t('queues.loadFailed')}
          onRetry={() => void overviews.refetch()}
        />
      ) : (
        <>
          {overviews.isError && (
            <ErrorAlert
              error={overviews.error}
              title={t('queues.loadFailed')}
              onRetry={() => void overviews.refetch()}
            />
          )}
          <QueuesTable
            queues={page.items}
            order={view.order}
            onSort={(order) => setView({ order })}
            emptyText={all?.length ? t('queues.empty') : t('queues.noQueues')}
            row={{
              listUpdatedAt: overviews.dataUpdatedAt,
              editable,
              options: rules.lists,
              now,
              display,
              onRefreshFailed,
              onOutcome,
              t,
            }}
          />
          <Stack
            direction={{ xs: 'column', sm: 'row' }}
            sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' } }}
          >
            <Typography variant="caption" color="text.secondary">
              {fetchedAt &&
                t('queues.figuresAt', {
                  time: new Intl.DateTimeFormat(display.locale, {
                    timeZone: display.timeZone,
                    hour: 'numeric',
                    minute: '2-digit',
                    second: '2-digit',
                    hour12: display.hour12,
                  }).format(Date.parse(fetchedAt)),
                })}
            </Typography>
            <Pager
              page={page.page}
              pageCount={page.pageCount}
              from={page.from}
              to={page.to}
              total={page.total}
              locale={display.locale}
              onPageChange={(next) => setView({ page: next })}
              labels={{
                nav: t('queues.pagination.label'),
                displayed: (range) => t('queues.pagination.displayed', range),
                first: t('queues.pagination.first'),
                previous: t('queues.pagination.previous'),
                next: t('queues.pagination.next'),
                last: t('queues.pagination.last'),
              }}
            />
          </Stack>
        </>
      )}

      {dialogOpen && (
        <DisplayedQueuesDialog
          names={names}
          shown={view.shown}
          onApply={(shown) => {
            setView({ shown })
            setDialogOpen(false)
          }}
          onClose={() => setDialogOpen(false)}
          t={t}
        />
      )}
      <Snackbar
        open={saved !== null}
        autoHideDuration={5000}
        onClose={(_, reason) => {
          if (reason !== 'clickaway') setSaved(null)
        }}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity="success" variant="filled" role="status" onClose={() => setSaved(null)}>
          {saved}
        </Alert>
      </Snackbar>
    </Stack>
  )
}
