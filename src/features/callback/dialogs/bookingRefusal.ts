import { ERROR_CODES, isApiError, type ProposedSlot } from '@/api/errors'

/** Where a refused booking belongs in a form: next to a field, in the slot choices, or in an alert. */
export type BookingRefusal =
  | { kind: 'slotFull'; slots: ProposedSlot[] }
  | { kind: 'field'; field: 'phoneNumber' | 'slot' | 'serviceName'; message: string }
  /** The queue does not take this type of callback now (closed, or not offered): 40003. */
  | { kind: 'queue'; message: string }
  /** An earlier attempt with this form's Idempotency-Key went through with other values. */
  | { kind: 'alreadySent' }
  | { kind: 'other' }

const FIELDS: Record<string, 'phoneNumber' | 'slot' | 'serviceName'> = {
  phoneNumber: 'phoneNumber',
  desiredTime: 'slot',
  serviceName: 'serviceName',
}

export function bookingRefusal(error: unknown): BookingRefusal {
  if (!isApiError(error) || error.kind !== 'http') return { kind: 'other' }
  if (error.code === ERROR_CODES.slotFull) return { kind: 'slotFull', slots: error.slots ?? [] }
  if (error.code === ERROR_CODES.idempotencyMismatch) return { kind: 'alreadySent' }
  if (error.code === ERROR_CODES.numberRefused) {
    const reason = error.detail?.reason
    const message =
      reason && !error.message.includes(reason) ? `${error.message} (${reason})` : error.message
    return { kind: 'field', field: 'phoneNumber', message }
  }
  if (error.code === ERROR_CODES.queueRefused) return { kind: 'queue', message: error.message }
  const field = error.httpStatus === 400 && error.detail?.field && FIELDS[error.detail.field]
  return field ? { kind: 'field', field, message: error.message } : { kind: 'other' }
}
