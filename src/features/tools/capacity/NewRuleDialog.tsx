import Dialog from '@mui/material/Dialog'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import Stack from '@mui/material/Stack'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useId, useState, type SubmitEvent } from 'react'
import { capacityRulesQuery, createCapacityRule, type CapacityRule } from '@/api/capacityRules'
import { ERROR_CODES, isApiError } from '@/api/errors'
import { ErrorAlert } from '@/components/ErrorAlert'
import { LabeledInput } from '@/components/LabeledInput'
import { useControlCharacterProblem } from '@/components/useControlCharacterProblem'
import { putInList } from '@/components/useVersionedEditor'
import { DialogSubmitActions } from '@/components/DialogSubmitActions'
import { MAX_RULE_NAME_LENGTH, ruleNameProblem, type SlotLength } from '@/domain/capacityRule'
import { useTranslation } from '@/i18n/i18n'
import { useSingleFlight } from '@/lib/useSingleFlight'
import { TimeslotLengthToggle } from './TimeslotLengthToggle'

/**
 * Add New Capacity: the name first (fixed once the rule exists, as in the original) and the
 * Timeslot Length; the rule is created empty, and its calendar opens.
 */
export function NewRuleDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void
  onCreated: (rule: CapacityRule) => void
}) {
  const { t } = useTranslation('capacity')
  const titleId = useId()
  const queryClient = useQueryClient()
  const [name, setName] = useState('')
  const [duration, setDuration] = useState<SlotLength>(60)
  const [nameError, setNameError] = useState<string | undefined>()

  const singleFlight = useSingleFlight()
  const controlProblem = useControlCharacterProblem()
  const create = useMutation({
    mutationFn: () => createCapacityRule({ name: name.trim(), days: {}, duration }),
    onSuccess: (rule) => {
      putInList(queryClient, capacityRulesQuery().queryKey, rule)
      onCreated(rule)
    },
    onError: (error) => {
      if (isApiError(error) && error.code === ERROR_CODES.conflict) {
        setNameError(error.message)
        create.reset()
      }
    },
  })

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    const control = controlProblem(name)
    if (control) {
      setNameError(control)
      return
    }
    const problem = ruleNameProblem(name)
    if (problem) {
      setNameError(problem === 'empty' ? t('newRule.nameRequired') : t('newRule.nameTooLong'))
      return
    }
    // The answer's handlers report a refusal; Enter then a click while it runs sends nothing more.
    void singleFlight(() => create.mutateAsync().catch(() => null))
  }

  return (
    <Dialog open onClose={create.isPending ? undefined : onClose} aria-labelledby={titleId}>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{t('newRule.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <DialogContentText>{t('newRule.nameHelp')}</DialogContentText>
            <LabeledInput
              label={t('newRule.name')}
              value={name}
              error={nameError}
              autoFocus
              required
              inputProps={{ maxLength: MAX_RULE_NAME_LENGTH + 10 }}
              onChange={(event) => {
                setName(event.currentTarget.value)
                setNameError(undefined)
              }}
            />
            <TimeslotLengthToggle value={duration} onChange={setDuration} />
            {create.isError && <ErrorAlert error={create.error} title={t('newRule.failed')} />}
          </Stack>
        </DialogContent>
        <DialogSubmitActions
          busy={create.isPending}
          onCancel={onClose}
          submitLabel={t('newRule.create')}
        />
      </form>
    </Dialog>
  )
}
