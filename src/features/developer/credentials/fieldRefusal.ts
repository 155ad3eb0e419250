import { isApiError } from '@/api/errors'

/**
 * The backend's refusal of one of a form's fields (400 naming it in `data.field`), as a message for
 * that field; null for any other failure. The editor checks the same rules first, so this is the
 * backend catching what a stale page or another client sent.
 */
export function refusalOf<F extends string>(
  error: unknown,
  fields: readonly F[],
): Partial<Record<F, string>> | null {
  if (!isApiError(error) || error.httpStatus !== 400) return null
  const field = error.detail?.field
  if (!field || !(fields as readonly string[]).includes(field)) return null
  return { [field]: error.message } as Partial<Record<F, string>>
}
