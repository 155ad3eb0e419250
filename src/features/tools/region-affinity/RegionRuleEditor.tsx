import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { ERROR_CODES, isApiError, savedVersionOf } from '@/api/errors'
import { queryKeys } from '@/api/keys'
import {
  createRegionRule,
  deleteRegionRule,
  updateRegionRule,
  type Region,
  type RegionRule,
} from '@/api/regionRules'
import { BusyButton } from '@/components/BusyButton'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { ConflictDialog } from '@/components/ConflictDialog'
import { ErrorAlert } from '@/components/ErrorAlert'
import { useUnsavedChangesGuard } from '@/components/UnsavedChangesGuard'
import {
  layoutOf,
  moveRegion,
  moveWithinColumn,
  newLayout,
  positionOf,
  ruleOf,
  sameOrder,
  type RegionLayout,
} from '@/domain/regionAffinity'
import { useTranslation } from '@/i18n/i18n'
import { ConnectionOrder } from './ConnectionOrder'
import { RegionColumns } from './RegionColumns'
import { moveButtonId, type RegionMove } from './RegionItem'
import { useNameProblem } from './ruleName'
import { visuallyHidden } from '@/lib/visuallyHidden'

// Pixel strings: in sx a bare 1 means 100%.

interface RegionRuleEditorProps {
  /** The rule as saved, or null for a new rule not saved yet. */
  rule: RegionRule | null
  /** The name a new rule was given in the Create dialog. */
  newName?: string
  regions: readonly Region[]
  /** The other rules' names, which this one may not take. */
  otherNames: readonly string[]
  onSaved: (rule: RegionRule) => void
  onDeleted: (rule: RegionRule) => void
}

/**
 * One rule's draft: its name and the three columns. Nothing reaches the backend until Save; Revert
 * goes back to the last saved order; a save that finds a newer version asks what to do; a failed
 * save keeps the draft.
 */
export function RegionRuleEditor({
  rule,
  newName = '',
  regions,
  otherNames,
  onSaved,
  onDeleted,
}: RegionRuleEditorProps) {
  const { t } = useTranslation('regionAffinity')
  const queryClient = useQueryClient()
  const headingId = useId()
  const preferredMessageId = useId()
  const regionIds = useMemo(() => regions.map((r) => r.id), [regions])
  const regionMap = useMemo(() => new Map(regions.map((r) => [r.id, r])), [regions])

  // The saved version this draft is based on: it changes on save and when the user loads a newer one.
  const [base, setBase] = useState<RegionRule | null>(rule)
  const savedLayout = (saved: RegionRule | null) =>
    saved ? layoutOf(saved, regionIds) : newLayout(regionIds)
  const [name, setName] = useState(rule?.name ?? newName)
  const [layout, setLayout] = useState<RegionLayout>(() => savedLayout(rule))
  const [attempted, setAttempted] = useState(false)
  const [conflict, setConflict] = useState<RegionRule | null>(null)
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const nameRef = useRef<HTMLInputElement>(null)
  const preferredRef = useRef<HTMLDivElement>(null)
  const focusAfterMove = useRef<string | null>(null)

  const dirty = base === null || name.trim() !== base.name || !sameOrder(layout, base)
  useUnsavedChangesGuard(dirty)
  const nameProblem = useNameProblem(name, otherNames)
  const preferredMissing = layout.preferred.length === 0

  const upsert = (saved: RegionRule) =>
    queryClient.setQueryData<RegionRule[]>(queryKeys.config.regionRules(), (old) =>
      old?.some((r) => r.id === saved.id)
        ? old.map((r) => (r.id === saved.id ? saved : r))
        : [...(old ?? []), saved],
    )

  const save = useMutation({
    mutationFn: (version: number | undefined) => {
      const body = { name: name.trim(), ...ruleOf(layout) }
      return base && version !== undefined
        ? updateRegionRule(base.id, body, version)
        : createRegionRule(body)
    },
    onSuccess: (saved) => {
      setBase(saved)
      setName(saved.name)
      setLayout(layoutOf(saved, regionIds))
      setAttempted(false)
      upsert(saved)
      void queryClient.invalidateQueries({ queryKey: queryKeys.config.regionRules() })
      onSaved(saved)
    },
    onError: (error) => {
      const current = savedVersionOf<RegionRule>(error)
      if (current) setConflict(current)
    },
  })

  const remove = useMutation({
    mutationFn: (saved: RegionRule) => deleteRegionRule(saved.id, saved.version),
    onSuccess: (_, saved) => {
      setConfirmingDelete(false)
      queryClient.setQueryData<RegionRule[]>(queryKeys.config.regionRules(), (old) =>
        old?.filter((r) => r.id !== saved.id),
      )
      void queryClient.invalidateQueries({ queryKey: queryKeys.config.regionRules() })
      onDeleted(saved)
    },
    onError: () => setConfirmingDelete(false),
  })

  useEffect(() => {
    const id = focusAfterMove.current
    focusAfterMove.current = null
    if (id) document.getElementById(moveButtonId(id))?.focus()
  }, [layout])

  const edit = (next: RegionLayout) => {
    setLayout(next)
    save.reset()
  }

  const onMove = (id: string, move: RegionMove) => {
    const next =
      'to' in move ? moveRegion(layout, id, move.to) : moveWithinColumn(layout, id, move.step)
    const at = positionOf(next, id)
    if (!at || next === layout) return
    focusAfterMove.current = id
    edit(next)
    setAnnouncement(
      t('moved', {
        region: regionMap.get(id)?.name ?? id,
        column: t(`columns.${at.column}`),
        position: at.index + 1,
        count: next[at.column].length,
      }),
    )
  }

  const onSave = () => {
    if (nameProblem || preferredMissing) {
      setAttempted(true)
      if (nameProblem) nameRef.current?.focus()
      else preferredRef.current?.focus()
      return
    }
    save.mutate(base?.version)
  }

  const onRevert = () => {
    setName(base?.name ?? newName)
    setLayout(savedLayout(base))
    setAttempted(false)
    save.reset()
    setAnnouncement('')
  }

  // The list's copy is refreshed after assignments change on the Queues page; the base is not.
  const current = rule ?? base
  const visibleQueues = current?.assignedQueues ?? []
  const assignedCount = current?.assignedCount ?? visibleQueues.length
  const hiddenCount = assignedCount - visibleQueues.length
  // A stale version is answered by the conflict dialog, not an error.
  const saveError =
    save.isError && !(isApiError(save.error) && save.error.code === ERROR_CODES.staleVersion)
      ? save.error
      : null

  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Stack spacing={2}>
        <Box>
          <Typography variant="h6" component="h2" id={headingId}>
            {base
              ? t('editor.heading', { name: base.name })
              : t('editor.newHeading', { name: newName })}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {visibleQueues.length > 0
              ? t('assigned.queues', { queues: visibleQueues.join(', ') })
              : hiddenCount === 0 && t('assigned.none')}
            {hiddenCount > 0 && ` ${t('assigned.others', { count: hiddenCount })}`}
          </Typography>
        </Box>

        <TextField
          inputRef={nameRef}
          label={t('name.label')}
          value={name}
          required
          onChange={(event) => {
            setName(event.target.value)
            save.reset()
          }}
          error={attempted && nameProblem !== null}
          helperText={attempted ? nameProblem : undefined}
          sx={{ maxWidth: 420 }}
          slotProps={{ htmlInput: { maxLength: 200 } }}
        />

        <Box>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            {t('editor.columnsHeading')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('editor.columnsHelp')}
          </Typography>
        </Box>
        <RegionColumns layout={layout} regions={regionMap} onChange={edit} onMove={onMove} />
        <Box aria-live="polite" sx={visuallyHidden}>
          {announcement}
        </Box>

        {preferredMissing && (
          <Alert
            ref={preferredRef}
            id={preferredMessageId}
            tabIndex={-1}
            severity={attempted ? 'error' : 'warning'}
            role={attempted ? 'alert' : 'status'}
          >
            <strong>{t('preferredRequired')}</strong> — {t('preferredRequiredHelp')}
          </Alert>
        )}

        <ConnectionOrder layout={layout} regions={regionMap} />

        {saveError && <ErrorAlert error={saveError} title={t('saveFailed')} onRetry={onSave} />}
        {remove.isError && <ErrorAlert error={remove.error} title={t('deleteFailed')} />}

        <Stack
          direction="row"
          spacing={1}
          sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}
        >
          <BusyButton
            busy={save.isPending}
            disabled={!dirty}
            onClick={onSave}
            aria-describedby={preferredMissing ? preferredMessageId : undefined}
          >
            {t('actions.save')}
          </BusyButton>
          <Button onClick={onRevert} disabled={!dirty || save.isPending}>
            {t('actions.revert')}
          </Button>
          {dirty && (
            <Typography variant="body2" color="text.secondary">
              {t('unsavedNote')}
            </Typography>
          )}
          <Box sx={{ flex: 1 }} />
          {base && (
            <Button
              color="error"
              onClick={() => setConfirmingDelete(true)}
              disabled={assignedCount > 0 || remove.isPending}
            >
              {t('actions.delete')}
            </Button>
          )}
        </Stack>
        {base && assignedCount > 0 && (
          <Typography variant="body2" color="text.secondary">
            {t('deleteBlocked', { count: assignedCount })}
          </Typography>
        )}
      </Stack>

      {base && (
        <ConfirmDialog
          open={confirmingDelete}
          title={t('confirmDelete.title', { name: base.name })}
          confirmLabel={t('confirmDelete.confirm')}
          destructive
          busy={remove.isPending}
          onConfirm={() => remove.mutate(base)}
          onClose={() => setConfirmingDelete(false)}
        >
          {t('confirmDelete.body')}
        </ConfirmDialog>
      )}
      <ConflictDialog
        open={conflict !== null}
        saved={conflict}
        onClose={() => setConflict(null)}
        onOverwrite={() => {
          const version = conflict?.version
          setConflict(null)
          save.mutate(version)
        }}
        onLoadSaved={() => {
          if (conflict) {
            setBase(conflict)
            setName(conflict.name)
            setLayout(layoutOf(conflict, regionIds))
            upsert(conflict)
          }
          setConflict(null)
          setAttempted(false)
          save.reset()
        }}
      />
    </Paper>
  )
}
