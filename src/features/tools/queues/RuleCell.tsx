import NativeSelect from '@mui/material/NativeSelect'
import Typography from '@mui/material/Typography'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { queryKeys } from '@/api/keys'
import { assignQueueRules, queueDetailQuery, type QueueOverview } from '@/api/queues'
import type { Translate } from '@/i18n/i18n'
import type { RuleFieldSpec, RuleOption } from './ruleFields'

const NONE = ''

export interface AssignmentOutcome {
  queue: string
  rule: string
  /** The rule's name after the change (saved) or before it (failed). */
  value: string
  error?: unknown
  retry?: () => void
}

interface RuleCellProps {
  queue: QueueOverview
  spec: RuleFieldSpec
  editable: boolean
  options: RuleOption[] | undefined
  onOutcome: (outcome: AssignmentOutcome) => void
  t: Translate<'toolsQueues'>
}

/**
 * One rule of one queue: a drop-down that assigns at once for a role that may change it, the rule's
 * name as text otherwise. While saving it shows the choice; a failure puts back the saved one.
 */
export function RuleCell({ queue, spec, editable, options, onOutcome, t }: RuleCellProps) {
  const queryClient = useQueryClient()
  const rule = t(spec.column)
  const nameOf = (id: string | undefined | null) =>
    !id ? t('queues.none') : (options?.find((o) => o.id === id)?.name ?? id)
  const assign = useMutation({
    mutationFn: (id: string | null) => assignQueueRules(queue.name, { [spec.field]: id }),
    onSuccess: (fresh, id) => {
      // Whatever shows this queue (availability, the callback tab's queue list) reads it again;
      // its row (and detail page) show the answer, newer than the list.
      void queryClient.invalidateQueries({ queryKey: queryKeys.queues.all, refetchType: 'none' })
      queryClient.setQueryData(queueDetailQuery(fresh.name).queryKey, fresh)
      // The rule pages list the queues each rule is assigned to.
      void queryClient.invalidateQueries({ queryKey: spec.listKey })
      onOutcome({ queue: queue.name, rule, value: nameOf(id) })
    },
    onError: (error, id) =>
      onOutcome({
        queue: queue.name,
        rule,
        value: nameOf(queue[spec.field]),
        error,
        retry: () => assign.mutate(id),
      }),
  })
  const saved = queue[spec.field] ?? NONE

  if (!editable) {
    return (
      <Typography variant="body2" component="span">
        {nameOf(saved)}
      </Typography>
    )
  }
  const value = assign.isPending ? (assign.variables ?? NONE) : saved
  const known = options?.some((o) => o.id === saved) ?? false
  return (
    <NativeSelect
      value={value}
      disabled={!options || assign.isPending}
      onChange={(event) => assign.mutate(event.target.value || null)}
      inputProps={{
        'aria-label': t('queues.ruleFor', { rule, queue: queue.name }),
        'aria-busy': assign.isPending,
      }}
      sx={{ minWidth: 136, fontSize: 'body2.fontSize' }}
    >
      <option value={NONE}>{t('queues.none')}</option>
      {/* A rule this list does not (yet) know still shows, by its ID. */}
      {saved && !known && <option value={saved}>{nameOf(saved)}</option>}
      {options?.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </NativeSelect>
  )
}
