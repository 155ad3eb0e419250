import { useState, type Dispatch, type SetStateAction } from 'react'
import type { Outcome } from './CornerMessage'
import { refusalOf } from './fieldRefusal'

export type FieldErrors<F extends string> = Partial<Record<F, string | undefined>>

/**
 * What each credential form adds to `useVersionedEditor`: a message next to each field (found
 * before sending, or the tenant's 400 naming the field), and the corner message after a save.
 * Hand `check`, `claimsRefusal`, `onReset` to the editor, `succeeded` from its `onSaved`, and
 * `cornerMessage(editor)` to `CornerMessage`.
 */
export function useCredentialForm<F extends string>(fields: readonly F[], failedTitle: string) {
  const [errors, setErrors] = useState<FieldErrors<F>>({})
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  const showRefusal = (refused: FieldErrors<F> | null) => {
    if (refused) setErrors(refused)
    return refused !== null
  }
  return {
    errors,
    /** Shows the problems found in a draft; true when there are none and the save may go. */
    check: (found: FieldErrors<F>) => {
      setErrors(found)
      return Object.keys(found).length === 0
    },
    /** The tenant's 400 naming one of the fields: shown next to it rather than as a failure. */
    claimsRefusal: (error: unknown) => showRefusal(refusalOf(error, fields)),
    /** A refusal the form reads itself (a name taken meanwhile); true when there is one. */
    showRefusal,
    onReset: () => setErrors({}),
    succeeded: (message: string) => setOutcome({ kind: 'success', message }),
    /** A field's new value, which also takes its message away. */
    changeOf:
      <D>(setDraft: Dispatch<SetStateAction<D>>) =>
      <K extends keyof D & string>(field: K, value: D[K]) => {
        setDraft((d) => ({ ...d, [field]: value }))
        setErrors((e) => ({ ...e, [field]: undefined }))
      },
    /** The corner message's props: the editor's failure while there is one, else the success. */
    cornerMessage: (editor: {
      failure: { error: unknown } | null
      dismissFailure: () => void
    }) => ({
      outcome: editor.failure
        ? ({ kind: 'error', title: failedTitle, error: editor.failure.error } as const)
        : outcome,
      onClose: () => {
        editor.dismissFailure()
        setOutcome(null)
      },
    }),
  }
}
