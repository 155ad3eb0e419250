import { isApiError } from '@/api/errors'
import { ErrorAlert } from './ErrorAlert'

interface EditorFailureAlertProps {
  /** The editor's failed save or delete (`useVersionedEditor().failure`). */
  failure: { error: unknown; retry: () => void } | null
  /** A save or a delete is running: no second one from here meanwhile. */
  busy: boolean
  title: string
}

/**
 * A failed save or delete of an editor, with Try Again only where trying again can help: a refusal
 * on the merits (still assigned, changed meanwhile, not allowed) would only fail the same way.
 */
export function EditorFailureAlert({ failure, busy, title }: EditorFailureAlertProps) {
  if (failure === null) return null
  const retryable = !busy && !(isApiError(failure.error) && !failure.error.transient)
  return (
    <ErrorAlert
      error={failure.error}
      title={title}
      onRetry={retryable ? failure.retry : undefined}
    />
  )
}
