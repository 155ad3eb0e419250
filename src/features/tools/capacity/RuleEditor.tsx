import ContentCopy from '@mui/icons-material/ContentCopy'
import ContentPaste from '@mui/icons-material/ContentPaste'
import Undo from '@mui/icons-material/Undo'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import { capacityRulesQuery, updateCapacityRule, type CapacityRule } from '@/api/capacityRules'
import { savedVersionOf } from '@/api/errors'
import { queryKeys } from '@/api/keys'
import { BusyButton } from '@/components/BusyButton'
import { ConflictDialog } from '@/components/ConflictDialog'
import { ErrorAlert } from '@/components/ErrorAlert'
import { useUnsavedChangesGuard } from '@/components/UnsavedChangesGuard'
import {
  convertGrid,
  gridFromStatement,
  gridsEqual,
  statementFromGrid,
  type CapacityGrid,
  type SlotLength,
} from '@/domain/capacityRule'
import { serializeCapacityStatement } from '@/domain/capacityStatement'
import { useTranslation } from '@/i18n/i18n'
import { formatDateTime } from '@/lib/time'
import { useTimeDisplay } from '@/lib/useTimeDisplay'
import { CapacityCalendar, type Notice } from './CapacityCalendar'
import { JsonDialog } from './JsonDialog'
import { TimeslotLengthToggle } from './TimeslotLengthToggle'

/** 409 with the saved rule in data.current: someone saved since this rule was read. */
interface Saved {
  version: number
  updatedAt: string
  updatedBy: string
  grid: CapacityGrid
}

const savedOf = (rule: CapacityRule): Saved => ({
  version: rule.version,
  updatedAt: rule.updatedAt,
  updatedBy: rule.updatedBy,
  grid: gridFromStatement(rule),
})

/**
 * One rule's calendar: the draft, its Timeslot Length, Save (with the version read), Revert, copy
 * and paste of the JSON statement. A failed save keeps the draft and shows the correlation ID; a
 * save that finds a newer version asks what to do. Read only for the roles that may not edit.
 */
export function RuleEditor({ rule, canEdit }: { rule: CapacityRule; canEdit: boolean }) {
  const { t } = useTranslation('capacity')
  const display = useTimeDisplay()
  const queryClient = useQueryClient()
  const [saved, setSaved] = useState(() => savedOf(rule))
  const [draft, setDraft] = useState(saved.grid)
  const [notice, setNotice] = useState<Notice>(null)
  const [conflict, setConflict] = useState<CapacityRule | null>(null)
  const [jsonOpen, setJsonOpen] = useState(false)
  const dirty = !gridsEqual(draft, saved.grid)
  useUnsavedChangesGuard(dirty)

  // Someone saved the rule and the list was read again: take it when nothing here is unsaved.
  if (rule.version > saved.version && !dirty) {
    const next = savedOf(rule)
    setSaved(next)
    setDraft(next.grid)
  }

  const save = useMutation({
    mutationFn: ({ grid, version }: { grid: CapacityGrid; version: number }) =>
      updateCapacityRule(rule.id, { ...statementFromGrid(grid), version }),
    onSuccess: (result) => {
      setSaved(savedOf(result))
      setConflict(null)
      setNotice({ kind: 'info', text: t('editor.saved') })
      queryClient.setQueryData(capacityRulesQuery().queryKey, (list) =>
        list?.map((r) => (r.id === result.id ? result : r)),
      )
      // Availability and bookings-versus-capacity of the queues using the rule change at once.
      void queryClient.invalidateQueries({ queryKey: queryKeys.queues.all })
    },
    onError: (error) => {
      const current = savedVersionOf<CapacityRule>(error)
      if (current) {
        save.reset()
        setConflict(current)
      }
    },
  })
  const doSave = (version = saved.version) => {
    setNotice(null)
    save.mutate({ grid: draft, version })
  }

  const onChange = useCallback((next: CapacityGrid) => setDraft(next), [])
  const onNotice = useCallback((next: Notice) => setNotice(next), [])

  const switchLength = (to: SlotLength) => {
    if (to === draft.duration) return
    setDraft(convertGrid(draft, to))
    setNotice({ kind: 'info', text: to === 60 ? t('editor.converted60') : t('editor.converted30') })
  }

  const copyJson = () => {
    const text = serializeCapacityStatement(statementFromGrid(draft))
    const done = () => setNotice({ kind: 'info', text: t('calendar.copiedRule') })
    const failed = () => setNotice({ kind: 'error', text: t('editor.copyUnavailable') })
    if (!navigator.clipboard) failed()
    else navigator.clipboard.writeText(text).then(done, failed)
  }

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <TimeslotLengthToggle value={draft.duration} disabled={!canEdit} onChange={switchLength} />
        {dirty && (
          <Chip
            label={t('editor.unsaved')}
            size="small"
            variant="outlined"
            // MUI's warning orange as text is under 4.5:1: orange border, dark text.
            sx={{ borderColor: 'warning.main', borderWidth: 2, color: 'text.primary' }}
          />
        )}
        <Stack direction="row" spacing={1} useFlexGap sx={{ ml: 'auto', flexWrap: 'wrap' }}>
          <Button startIcon={<ContentCopy />} onClick={copyJson}>
            {t('editor.copyJson')}
          </Button>
          {canEdit && (
            <>
              <Button startIcon={<ContentPaste />} onClick={() => setJsonOpen(true)}>
                {t('editor.pasteJson')}
              </Button>
              <Button
                startIcon={<Undo />}
                disabled={!dirty || save.isPending}
                onClick={() => {
                  setDraft(saved.grid)
                  setNotice({ kind: 'info', text: t('editor.reverted') })
                }}
              >
                {t('editor.revert')}
              </Button>
              <BusyButton busy={save.isPending} disabled={!dirty} onClick={() => doSave()}>
                {t('editor.save')}
              </BusyButton>
            </>
          )}
        </Stack>
      </Stack>

      {!canEdit && (
        <Alert severity="info" role="status">
          {t('rules.readOnly')}
        </Alert>
      )}
      {save.isError && (
        <ErrorAlert error={save.error} title={t('editor.saveFailed')} onRetry={() => doSave()} />
      )}
      {notice?.kind === 'error' && (
        <Alert severity="error" role="alert" onClose={() => setNotice(null)}>
          {notice.text}
        </Alert>
      )}
      <Typography role="status" variant="body2" color="text.secondary" sx={{ minHeight: 20 }}>
        {notice?.kind === 'info'
          ? notice.text
          : t('rules.lastSaved', {
              user: saved.updatedBy,
              time: formatDateTime(saved.updatedAt, display),
              version: saved.version,
            })}
      </Typography>

      <CapacityCalendar
        grid={draft}
        ruleName={rule.name}
        readOnly={!canEdit}
        onChange={onChange}
        onNotice={onNotice}
      />

      <ConflictDialog
        open={conflict !== null}
        saved={conflict}
        onClose={() => setConflict(null)}
        onOverwrite={() => {
          if (conflict) doSave(conflict.version)
          setConflict(null)
        }}
        onLoadSaved={() => {
          if (conflict) {
            const next = savedOf(conflict)
            setSaved(next)
            setDraft(next.grid)
            queryClient.setQueryData(capacityRulesQuery().queryKey, (list) =>
              list?.map((r) => (r.id === conflict.id ? conflict : r)),
            )
          }
          setConflict(null)
        }}
      />
      {jsonOpen && (
        <JsonDialog
          initial={serializeCapacityStatement(statementFromGrid(draft))}
          onClose={() => setJsonOpen(false)}
          onApply={(grid) => {
            setDraft(grid)
            setJsonOpen(false)
            setNotice({ kind: 'info', text: t('calendar.pastedReplace') })
          }}
        />
      )}
    </Stack>
  )
}
