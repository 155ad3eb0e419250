import ContentCopy from '@mui/icons-material/ContentCopy'
import ContentPaste from '@mui/icons-material/ContentPaste'
import Undo from '@mui/icons-material/Undo'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useCallback, useState } from 'react'
import { capacityRulesQuery, updateCapacityRule, type CapacityRule } from '@/api/capacityRules'
import { queryKeys } from '@/api/keys'
import { BusyButton } from '@/components/BusyButton'
import { ConflictDialog } from '@/components/ConflictDialog'
import { ErrorAlert } from '@/components/ErrorAlert'
import { useVersionedEditor } from '@/components/useVersionedEditor'
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
import { CapacityCalendar } from './CapacityCalendar'
import type { Notice } from './notice'
import { JsonDialog } from './JsonDialog'
import { TimeslotLengthToggle } from './TimeslotLengthToggle'

/**
 * One rule's calendar: the draft, its Timeslot Length, Save (with the version read), Revert, copy
 * and paste of the JSON statement. A failed save keeps the draft and shows the correlation ID; a
 * save that finds a newer version asks what to do. Read only for the roles that may not edit.
 */
export function RuleEditor({ rule, canEdit }: { rule: CapacityRule; canEdit: boolean }) {
  const { t } = useTranslation('capacity')
  const display = useTimeDisplay()
  const [notice, setNotice] = useState<Notice>(null)
  const [jsonOpen, setJsonOpen] = useState(false)
  const editor = useVersionedEditor<CapacityRule, CapacityGrid>({
    resource: rule,
    toDraft: gridFromStatement,
    sameDraft: gridsEqual,
    update: (id, grid, version) => updateCapacityRule(id, { ...statementFromGrid(grid), version }),
    listKey: capacityRulesQuery().queryKey,
    // Availability and bookings-versus-capacity of the queues using the rule change at once.
    invalidates: [queryKeys.queues.all],
    onSaved: () => setNotice({ kind: 'info', text: t('editor.saved') }),
  })
  const { draft, setDraft, dirty, failure } = editor
  const saved = editor.saved ?? rule
  const save = () => {
    setNotice(null)
    editor.save()
  }

  const onChange = useCallback((next: CapacityGrid) => setDraft(next), [setDraft])
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
    // Browsers leave navigator.clipboard out of insecure (plain HTTP) pages, whatever its type says.
    const clipboard = navigator.clipboard as Clipboard | undefined
    if (!clipboard) failed()
    else clipboard.writeText(text).then(done, failed)
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
                disabled={!dirty || editor.saving}
                onClick={() => {
                  editor.revert()
                  setNotice({ kind: 'info', text: t('editor.reverted') })
                }}
              >
                {t('editor.revert')}
              </Button>
              <BusyButton busy={editor.saving} disabled={!dirty} onClick={save}>
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
      {failure && (
        <ErrorAlert error={failure.error} title={t('editor.saveFailed')} onRetry={failure.retry} />
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

      <ConflictDialog {...editor.conflictDialog} />
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
