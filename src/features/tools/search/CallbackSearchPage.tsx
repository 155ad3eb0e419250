import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { callbackSearchQuery } from '@/api/callbackSearch'
import { ErrorAlert } from '@/components/ErrorAlert'
import { Loading } from '@/components/Loading'
import { PageHeading } from '@/components/PageHeading'
import { SearchForm } from '@/components/SearchForm'
import { useTranslation } from '@/i18n/i18n'
import { useTimeDisplay } from '@/lib/useTimeDisplay'
import { SearchResults } from './SearchResults'

const MAX_LENGTH = 64
const LIMIT = 50

/** Tools > Callback Search (product.md §5.2): by Callback ID or customer phone number. */
export default function CallbackSearchPage() {
  const { t } = useTranslation('toolsQueues')
  const display = useTimeDisplay()
  const [params, setParams] = useSearchParams()
  // The search lives in the URL (?q=), so a reload or a shared link shows the same results.
  const q = (params.get('q') ?? '').trim().slice(0, MAX_LENGTH)
  const [input, setInput] = useState(q)
  const [error, setError] = useState<string | null>(null)
  const results = useQuery({ ...callbackSearchQuery(q), enabled: q !== '' })

  const submit = () => {
    const value = input.trim()
    const problem = !value
      ? t('search.required')
      : value.length > MAX_LENGTH
        ? t('search.tooLong')
        : null
    setError(problem)
    if (problem) return
    if (value === q) void results.refetch()
    else setParams({ q: value })
  }

  return (
    <Stack spacing={2}>
      <PageHeading title={t('search.title')} intro={t('search.intro')} />
      <SearchForm
        label={t('search.label')}
        value={input}
        onChange={(value) => {
          setInput(value)
          setError(null)
        }}
        error={error}
        help={t('search.help')}
        submitLabel={t('search.submit')}
        onSubmit={submit}
        submitDisabled={results.isFetching}
        maxLength={MAX_LENGTH + 1}
      />

      {q !== '' &&
        (results.isPending ? (
          <Loading label={t('search.searching')} minHeight={120} />
        ) : results.isError ? (
          <ErrorAlert
            error={results.error}
            title={t('search.failed')}
            onRetry={() => void results.refetch()}
          />
        ) : results.data.length === 0 ? (
          <Alert severity="info" role="status">
            <AlertTitle>{t('search.none')}</AlertTitle>
            {t('search.noneHelp')}
          </Alert>
        ) : (
          <>
            <Typography role="status" variant="body2">
              {t('search.results', { count: results.data.length, q })}
              {results.data.length >= LIMIT && ` ${t('search.limited')}`}
            </Typography>
            <SearchResults key={q} hits={results.data} display={display} t={t} />
          </>
        ))}
    </Stack>
  )
}
