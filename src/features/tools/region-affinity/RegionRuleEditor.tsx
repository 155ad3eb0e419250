import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import {
  createRegionRule,
  deleteRegionRule,
  regionRulesQuery,
  updateRegionRule,
  type Region,
  type RegionRule,
  type RegionRuleBody,
} from '@/api/regionRules'
import { BusyButton } from '@/components/BusyButton'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { ConflictDialog } from '@/components/ConflictDialog'
import { ErrorAlert } from '@/components/ErrorAlert'
import { useControlCharacterProblem } from '@/components/useControlCharacterProblem'
import { useVersionedEditor } from '@/components/useVersionedEditor'
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
import { nameProblem } from './ruleName'
import { visuallyHidden } from '@/lib/visuallyHidden'

/** A rule as the editor holds it: its name and the three columns. */
interface RegionDraft {
  name: string
  layout: RegionLayout
}

const bodyOf = (draft: RegionDraft): RegionRuleBody => ({
  name: draft.name.trim(),
  ...ruleOf(draft.layout),
})

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
  const headingId = useId()
  const preferredMessageId = useId()
  const regionIds = useMemo(() => regions.map((r) => r.id), [regions])
  const regionMap = useMemo(() => new Map(regions.map((r) => [r.id, r])), [regions])

  const [attempted, setAttempted] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const nameRef = useRef<HTMLInputElement>(null)
  const preferredRef = useRef<HTMLDivElement>(null)
  const focusAfterMove = useRef<string | null>(null)

  const controlProblem = useControlCharacterProblem()
  const editor = useVersionedEditor<RegionRule, RegionDraft>({
    resource: rule,
    blank: () => ({ name: newName, layout: newLayout(regionIds) }),
    toDraft: (saved) => ({ name: saved.name, layout: layoutOf(saved, regionIds) }),
    sameDraft: (a, b) => a.name.trim() === b.name.trim() && sameOrder(a.layout, b.layout),
    create: (draft) => createRegionRule(bodyOf(draft)),
    update: (id, draft, version) => updateRegionRule(id, bodyOf(draft), version),
    remove: (saved) => deleteRegionRule(saved.id, saved.version),
    listKey: regionRulesQuery().queryKey,
    check: (draft) => {
      const badName =
        (controlProblem(draft.name) ?? nameProblem(t, draft.name, otherNames)) !== null
      if (!badName && draft.layout.preferred.length > 0) return true
      setAttempted(true)
      if (badName) nameRef.current?.focus()
      else preferredRef.current?.focus()
      return false
    },
    onSaved: (saved) => {
      setAttempted(false)
      onSaved(saved)
    },
    onDeleted: (deleted) => {
      if (deleted) onDeleted(deleted)
    },
    onReset: () => {
      setAttempted(false)
      setAnnouncement('')
    },
  })
  const { saved: base, draft, setDraft, dirty, failure } = editor
  const { name, layout } = draft
  const nameProblemText = controlProblem(name) ?? nameProblem(t, name, otherNames)
  const preferredMissing = layout.preferred.length === 0

  useEffect(() => {
    const id = focusAfterMove.current
    focusAfterMove.current = null
    if (id) document.getElementById(moveButtonId(id))?.focus()
  }, [layout])

  const edit = (next: RegionLayout) => {
    setDraft((current) => ({ ...current, layout: next }))
    editor.dismissFailure()
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

  // The list's copy is refreshed after assignments change on the Queues page; the base is not.
  const current = rule ?? base
  const visibleQueues = current?.assignedQueues ?? []
  const assignedCount = current?.assignedCount ?? visibleQueues.length
  const hiddenCount = assignedCount - visibleQueues.length

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
            const value = event.target.value
            setDraft((current) => ({ ...current, name: value }))
            editor.dismissFailure()
          }}
          error={attempted && nameProblemText !== null}
          helperText={attempted ? nameProblemText : undefined}
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

        {failure?.action === 'save' && (
          <ErrorAlert error={failure.error} title={t('saveFailed')} onRetry={failure.retry} />
        )}
        {failure?.action === 'delete' && (
          <ErrorAlert error={failure.error} title={t('deleteFailed')} />
        )}

        <Stack
          direction="row"
          spacing={1}
          sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}
        >
          <BusyButton
            busy={editor.saving}
            disabled={!dirty}
            onClick={editor.save}
            aria-describedby={preferredMissing ? preferredMessageId : undefined}
          >
            {t('actions.save')}
          </BusyButton>
          <Button onClick={editor.revert} disabled={!dirty || editor.saving}>
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
              onClick={editor.askDelete}
              disabled={assignedCount > 0 || editor.deleting}
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
          {...editor.deleteDialog}
          title={t('confirmDelete.title', { name: base.name })}
          confirmLabel={t('confirmDelete.confirm')}
          destructive
        >
          {t('confirmDelete.body')}
        </ConfirmDialog>
      )}
      <ConflictDialog {...editor.conflictDialog} />
    </Paper>
  )
}
