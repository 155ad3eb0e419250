import Refresh from '@mui/icons-material/Refresh'
import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useSearchParams } from 'react-router'
import { errorsQuery } from '@/api/errorLog'
import { ErrorAlert } from '@/components/ErrorAlert'
import { Loading } from '@/components/Loading'
import { Pager } from '@/components/Pager'
import { SearchForm } from '@/components/SearchForm'
import { MAX_CORR_ID, parseCorrIdSearch } from '@/domain/correlationId'
import { useTranslation } from '@/i18n/i18n'
import { errorsSearch } from '@/lib/errorsLink'
import { ErrorDetailsDialog } from './ErrorDetailsDialog'
import { ErrorList } from './ErrorList'

/**
 * Developer > Errors (product.md §3): the tenant's most recent error answers, newest first and
 * paged, searched by the leading part of a correlation ID; one error's details in a dialog. The
 * search, the page and the open error live in the URL, so the error messages of the whole app can
 * link here and Back closes the details.
 */
export default function ErrorsPage() {
  const { t, language } = useTranslation('developer')
  const [params, setParams] = useSearchParams()
  const urlSearch = parseCorrIdSearch(params.get('corrId') ?? '')
  const prefix = urlSearch.ok ? urlSearch.prefix : ''
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1)
  const selected = params.get('error')
  const [input, setInput] = useState(params.get('corrId') ?? '')
  const [inputError, setInputError] = useState<string | null>(null)
  const list = useQuery(errorsQuery(prefix, page - 1))

  const submit = () => {
    const search = parseCorrIdSearch(input)
    if (!search.ok) {
      setInputError(
        search.error === 'tooLong'
          ? t('errors.searchTooLong', { max: MAX_CORR_ID })
          : t('errors.searchFormat'),
      )
      return
    }
    setInputError(null)
    if (search.prefix === prefix && page === 1) void list.refetch()
    else setParams(errorsSearch(search.prefix))
  }
  const showAll = () => {
    setInput('')
    setInputError(null)
    setParams(errorsSearch(''))
  }
  const goTo = (next: { page?: number; error?: string | null }) => {
    const to = new URLSearchParams(params)
    if (next.page !== undefined) to.set('page', String(next.page))
    if (next.error === null) to.delete('error')
    else if (next.error !== undefined) to.set('error', next.error)
    setParams(to)
  }

  const data = list.data
  const pageCount = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1
  // A page past the end (old errors dropped meanwhile, or an edited address): the last one.
  const pastEnd = data !== undefined && !list.isPlaceholderData && page > pageCount
  useEffect(() => {
    if (pastEnd) {
      const to = new URLSearchParams(params)
      to.set('page', String(pageCount))
      setParams(to, { replace: true })
    }
  }, [pastEnd, pageCount, params, setParams])
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        {t('errors.title')}
      </Typography>
      <Typography variant="h6" component="h2">
        {t('errors.recent')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('errors.intro', {
          retained: new Intl.NumberFormat(language).format(data?.retained ?? 1000),
        })}
      </Typography>
      <SearchForm
        label={t('errors.searchLabel')}
        value={input}
        onChange={(value) => {
          setInput(value)
          setInputError(null)
        }}
        error={inputError}
        help={t('errors.searchHelp')}
        submitLabel={t('errors.search')}
        onSubmit={submit}
      >
        {prefix !== '' && <Button onClick={showAll}>{t('errors.clear')}</Button>}
        <Button
          startIcon={<Refresh />}
          onClick={() => void list.refetch()}
          disabled={list.isFetching}
        >
          {t('errors.refresh')}
        </Button>
      </SearchForm>

      {list.isPending ? (
        <Loading label={t('errors.loading')} minHeight={160} />
      ) : list.isError ? (
        <ErrorAlert
          error={list.error}
          title={t('errors.failed')}
          onRetry={() => void list.refetch()}
        />
      ) : list.data.total === 0 ? (
        <Alert severity="info" role="status">
          <AlertTitle>{t('errors.none')}</AlertTitle>
          {prefix
            ? t('errors.noneMatching', {
                q: prefix,
                retained: new Intl.NumberFormat(language).format(list.data.retained),
              })
            : t('errors.noneHelp')}
        </Alert>
      ) : (
        <>
          {prefix !== '' && (
            <Typography role="status" variant="body2">
              {t('errors.matching', { count: list.data.total, q: prefix })}
            </Typography>
          )}
          <ErrorList items={list.data.items} onOpen={(id) => goTo({ error: id })} />
          <Pager
            page={page}
            pageCount={pageCount}
            from={(page - 1) * list.data.pageSize + 1}
            to={(page - 1) * list.data.pageSize + list.data.items.length}
            total={list.data.total}
            locale={language}
            onPageChange={(next) => goTo({ page: next })}
            labels={{
              nav: t('errors.pagination.label'),
              displayed: (range) => t('errors.pagination.displayed', range),
              first: t('errors.pagination.first'),
              previous: t('errors.pagination.previous'),
              next: t('errors.pagination.next'),
              last: t('errors.pagination.last'),
            }}
          />
        </>
      )}
      {selected && <ErrorDetailsDialog id={selected} onClose={() => goTo({ error: null })} />}
    </Stack>
  )
}
