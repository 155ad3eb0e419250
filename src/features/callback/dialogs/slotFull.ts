import type { ProposedSlot } from '@/api/errors'
import type { Translate } from '@/i18n/i18n'

/** The two calls of a booking form (react-hook-form) that a full slot needs. */
interface SlotField {
  setValue(name: 'slot', value: string): void
  setError(name: 'slot', error: { message: string }, options: { shouldFocus: boolean }): void
}

/**
 * The chosen slot filled up before the booking went through: the tenant's proposals replace the
 * choice, and the slot field says why (with or without proposals) and takes the focus.
 */
export function showSlotFull(
  form: SlotField,
  slots: ProposedSlot[],
  setProposed: (slots: ProposedSlot[]) => void,
  t: Translate<'callbackDialogs'>,
): void {
  setProposed(slots)
  form.setValue('slot', '')
  form.setError(
    'slot',
    { message: slots.length ? t('slot.full') : t('slot.fullNoProposal') },
    { shouldFocus: true },
  )
}
