import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { ErrorAlert } from '@/components/ErrorAlert'
import { Loading } from '@/components/Loading'
import { useTranslation } from '@/i18n/i18n'

/** A tab's saved credentials once read; a spinner before, the failure with a retry if the read failed. */
export function QueryGate<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>
  children: (data: T) => ReactNode
}) {
  const { t } = useTranslation('credentials')
  if (query.isPending) return <Loading label={t('loading')} />
  if (query.isError)
    return (
      <ErrorAlert
        error={query.error}
        title={t('loadFailed')}
        onRetry={() => void query.refetch()}
      />
    )
  return <>{children(query.data)}</>
}
