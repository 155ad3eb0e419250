import Add from '@mui/icons-material/Add'
import DeleteOutline from '@mui/icons-material/DeleteOutlined'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { useSearchParams } from 'react-router'
import { capacityRulesQuery, deleteCapacityRule, type CapacityRule } from '@/api/capacityRules'
import { useCurrentUser } from '@/api/session'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { ErrorAlert } from '@/components/ErrorAlert'
import { Loading } from '@/components/Loading'
import { useUnsavedChangesGuard } from '@/components/UnsavedChangesGuard'
import { dropFromList } from '@/components/useVersionedEditor'
import { can } from '@/domain/roles'
import { useTranslation } from '@/i18n/i18n'
import { useSingleFlight } from '@/lib/useSingleFlight'
import { RuleEditor } from './RuleEditor'
import { NewRuleDialog } from './NewRuleDialog'

/**
 * Scheduled Capacity Rules: pick a rule (kept in the URL), see how many queues use it, add one,
 * delete one (refused with the reason while a queue uses it) and edit it below.
 */
export function RulesView() {
  const { t } = useTranslation('capacity')
  const { t: tc } = useTranslation()
  const user = useCurrentUser()
  const canEdit = can(user.role, 'capacityRules.edit')
  const queryClient = useQueryClient()
  const rules = useQuery(capacityRulesQuery())
  const [params, setParams] = useSearchParams()
  // Only to ask before an in-page switch: the editor below marks itself dirty.
  const guard = useUnsavedChangesGuard(false)
  const [adding, setAdding] = useState(false)
  const [deleting, setDeleting] = useState<'confirm' | 'refused' | null>(null)
  const [deleted, setDeleted] = useState<string | null>(null)
  const associatedId = useId()

  const list = rules.data ?? []
  const wanted = params.get('rule')
  const rule = wanted ? list.find((r) => r.id === wanted) : list[0]

  const select = (id: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        if (id) next.set('rule', id)
        else next.delete('rule')
        return next
      },
      { replace: true },
    )

  const singleFlight = useSingleFlight()
  const remove = useMutation({
    mutationFn: (target: CapacityRule) => deleteCapacityRule(target.id, target.version),
    onSuccess: (_, target) => {
      dropFromList(queryClient, capacityRulesQuery().queryKey, target.id)
      setDeleted(target.name)
      select(null)
    },
    onSettled: () => setDeleting(null),
  })

  if (rules.isPending) return <Loading label={t('loading')} />
  if (rules.isError) {
    return (
      <ErrorAlert
        error={rules.error}
        title={t('rules.loadFailed')}
        onRetry={() => void rules.refetch()}
      />
    )
  }

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        {list.length > 0 && (
          <TextField
            select
            size="small"
            label={t('rules.select')}
            value={rule?.id ?? ''}
            sx={{ minWidth: 260 }}
            slotProps={{
              select: { native: true },
              htmlInput: { 'aria-describedby': rule ? associatedId : undefined },
            }}
            onChange={(event) => {
              const id = event.target.value
              void guard.confirmDiscard().then((discard) => {
                if (discard) select(id)
              })
            }}
          >
            {!rule && <option value="" disabled />}
            {list.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </TextField>
        )}
        {canEdit && (
          <>
            <Button
              startIcon={<Add />}
              variant="outlined"
              onClick={() => {
                void guard.confirmDiscard().then((discard) => {
                  if (discard) setAdding(true)
                })
              }}
            >
              {t('rules.add')}
            </Button>
            {rule && (
              <Button
                startIcon={<DeleteOutline />}
                color="error"
                onClick={() => {
                  remove.reset()
                  setDeleting(
                    (rule.assignedCount ?? rule.assignedQueues.length) > 0 ? 'refused' : 'confirm',
                  )
                }}
              >
                {t('rules.delete')}
              </Button>
            )}
          </>
        )}
      </Stack>

      {rule && (
        <Typography id={associatedId} variant="body2">
          {t('rules.associated', { count: rule.assignedCount ?? rule.assignedQueues.length })}
          {rule.assignedQueues.length > 0 &&
            ` ${t('rules.associatedQueues', { queues: rule.assignedQueues.join(', ') })}`}
        </Typography>
      )}
      {deleted && (
        <Alert severity="success" role="status" onClose={() => setDeleted(null)}>
          {t('deleteRule.deleted', { name: deleted })}
        </Alert>
      )}
      {remove.isError && <ErrorAlert error={remove.error} title={t('deleteRule.failed')} />}
      {list.length === 0 && (
        <Alert severity="info" role="status">
          {canEdit ? t('rules.emptyAdmin') : t('rules.empty')}
        </Alert>
      )}
      {wanted && !rule && list.length > 0 && (
        <Alert severity="warning" role="status">
          {t('rules.notFound')}
        </Alert>
      )}

      {rule && <RuleEditor key={rule.id} rule={rule} canEdit={canEdit} />}

      {adding && (
        <NewRuleDialog
          onClose={() => setAdding(false)}
          onCreated={(created) => {
            setAdding(false)
            setDeleted(null)
            select(created.id)
          }}
        />
      )}
      {rule && (
        <ConfirmDialog
          open={deleting === 'confirm'}
          title={t('deleteRule.title', { name: rule.name })}
          confirmLabel={t('deleteRule.confirm')}
          destructive
          busy={remove.isPending}
          // The answer's handlers report a failure; a second click while it runs sends nothing.
          onConfirm={() => void singleFlight(() => remove.mutateAsync(rule).catch(() => null))}
          onClose={() => setDeleting(null)}
        >
          {t('deleteRule.body')}
        </ConfirmDialog>
      )}
      {rule && (
        <Dialog
          open={deleting === 'refused'}
          onClose={() => setDeleting(null)}
          aria-labelledby={`${associatedId}-refused`}
        >
          <DialogTitle id={`${associatedId}-refused`}>
            {t('deleteRule.refusedTitle', { name: rule.name })}
          </DialogTitle>
          <DialogContent>
            <DialogContentText>
              {t('deleteRule.refusedBody', {
                count: rule.assignedCount ?? rule.assignedQueues.length,
              })}
              {rule.assignedQueues.length > 0 &&
                ` ${t('rules.associatedQueues', { queues: rule.assignedQueues.join(', ') })}`}
            </DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setDeleting(null)} autoFocus>
              {tc('actions.close')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </Stack>
  )
}
