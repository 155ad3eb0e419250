import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Divider from '@mui/material/Divider'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useCallback, useId, useState } from 'react'
import {
  callInGroupsQuery,
  createCallInGroup,
  deleteCallInGroup,
  updateCallInGroup,
  type CallInGroup,
} from '@/api/callInGroups'
import { isApiError } from '@/api/errors'
import { BusyButton } from '@/components/BusyButton'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { ConflictDialog } from '@/components/ConflictDialog'
import { EditorFailureAlert } from '@/components/EditorFailureAlert'
import { useVersionedEditor } from '@/components/useVersionedEditor'
import { VersionStamp } from '@/components/VersionStamp'
import {
  ACCESS_CODE_LENGTH,
  EXPIRY_SECONDS,
  poolProblem,
  settingProblem,
  type DnisEntry,
} from '@/domain/callInGroup'
import { useTranslation } from '@/i18n/i18n'
import { useCount } from '@/i18n/useCount'
import { DnisPool } from './DnisPool'
import { blankDraft, bodyOf, draftOf, sameDraft, type GroupDraft } from './groupDraft'
import { ImportDialog } from './ImportDialog'
import { poolText } from './messages'
import { SettingsPanel } from './SettingsPanel'

interface GroupEditorProps {
  /** The saved group, or null for a new one that has only a name so far. */
  group: CallInGroup | null
  newName: string
  canEdit: boolean
  onSaved: (group: CallInGroup, created: boolean) => void
  onGone: (deleted: CallInGroup | null) => void
}

/** The tenant's refusal of one field (it checks what the page checks; this is for a newer rule). */
type Refusals = Partial<Record<'pool' | 'accessCodeLength' | 'expirySeconds', string | undefined>>

function refusalOf(error: unknown): Refusals | null {
  if (!isApiError(error) || error.httpStatus !== 400) return null
  const field = error.detail?.field ?? ''
  if (field === 'accessCodeLength' || field === 'expirySeconds') return { [field]: error.message }
  if (field.startsWith('dnis')) return { pool: error.message }
  return null
}

/**
 * One group: its DNIS pool and settings, Save Group / Revert / Delete Group. Editing goes through
 * the shared editor mechanism (draft, unsaved-changes guard, version conflicts, cache); a save
 * sends the whole pool. Read only for the roles that may not change groups.
 */
export function GroupEditor({ group, newName, canEdit, onSaved, onGone }: GroupEditorProps) {
  const { t } = useTranslation('clickToCall')
  const count = useCount()
  const id = useId()
  const [triedSave, setTriedSave] = useState(false)
  const [refusals, setRefusals] = useState<Refusals>({})
  const [importing, setImporting] = useState(false)
  const [notice, setNotice] = useState('')
  const editor = useVersionedEditor<CallInGroup, GroupDraft>({
    resource: group,
    blank: blankDraft,
    toDraft: draftOf,
    sameDraft,
    create: (draft) => createCallInGroup({ ...bodyOf(draft), name: newName }),
    update: (name, draft, version) => updateCallInGroup(name, { ...bodyOf(draft), version }),
    remove: (saved) => deleteCallInGroup(saved.name, saved.version),
    listKey: callInGroupsQuery().queryKey,
    check: (draft) => {
      setTriedSave(true)
      setRefusals({})
      return (
        poolProblem(draft.dnis) === null &&
        settingProblem(draft.accessCodeLength, ACCESS_CODE_LENGTH) === null &&
        settingProblem(draft.expirySeconds, EXPIRY_SECONDS) === null
      )
    },
    claimsRefusal: (error) => {
      const refusal = refusalOf(error)
      if (refusal) setRefusals(refusal)
      return refusal !== null
    },
    onSaved: (saved, created) => {
      setTriedSave(false)
      onSaved(saved, created)
    },
    onDeleted: onGone,
    onReset: () => {
      setTriedSave(false)
      setRefusals({})
    },
  })
  const { saved, draft, setDraft, dirty, failure } = editor

  const setPool = useCallback(
    (update: (pool: DnisEntry[]) => DnisEntry[]) => {
      setDraft((d) => ({ ...d, dnis: update(d.dnis) }))
      setRefusals((r) => ({ ...r, pool: undefined }))
    },
    [setDraft],
  )

  const problem = triedSave ? poolProblem(draft.dnis) : null
  const poolError = refusals.pool ?? (problem ? poolText(t, problem, draft.dnis) : undefined)
  const settingsInvalid =
    settingProblem(draft.accessCodeLength, ACCESS_CODE_LENGTH) !== null ||
    settingProblem(draft.expirySeconds, EXPIRY_SECONDS) !== null
  const name = saved?.name ?? newName

  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={`${id}-title`}
      sx={{ p: { xs: 2, md: 3 } }}
    >
      <Stack spacing={3}>
        <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
          <Box sx={{ flex: '1 1 16rem', minWidth: 0 }}>
            <Typography
              id={`${id}-title`}
              variant="h6"
              component="h2"
              sx={{ overflowWrap: 'anywhere' }}
            >
              {name}
            </Typography>
            <VersionStamp
              saved={saved}
              savedText={(vars) => t('editor.savedBy', vars)}
              notSavedText={t('editor.notSavedYet')}
            />
          </Box>
          {dirty && canEdit && saved && (
            <Chip
              label={t('editor.unsaved')}
              size="small"
              variant="outlined"
              sx={{ borderColor: 'warning.main', borderWidth: 2, color: 'text.primary' }}
            />
          )}
        </Stack>

        {!canEdit && (
          <Alert severity="info" role="status">
            {t('page.readOnly')}
          </Alert>
        )}

        <Box
          sx={{
            display: 'grid',
            gap: 3,
            gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(240px, 2fr)' },
            alignItems: 'start',
          }}
        >
          <DnisPool
            pool={draft.dnis}
            onChange={setPool}
            readOnly={!canEdit}
            error={poolError}
            onImport={() => setImporting(true)}
          />
          <Box sx={{ borderTop: { xs: 1, lg: 0 }, borderColor: 'divider', pt: { xs: 2, lg: 0 } }}>
            <SettingsPanel
              draft={draft}
              readOnly={!canEdit}
              refusals={refusals}
              onChange={(change) => {
                setDraft((d) => ({ ...d, ...change }))
                setRefusals((r) => ({
                  ...r,
                  accessCodeLength: undefined,
                  expirySeconds: undefined,
                }))
              }}
            />
          </Box>
        </Box>

        {notice && (
          <Alert severity="success" role="status" onClose={() => setNotice('')}>
            {notice}
          </Alert>
        )}
        <EditorFailureAlert
          failure={failure}
          busy={editor.saving || editor.deleting}
          title={t('editor.failed')}
        />
        {triedSave && (problem !== null || settingsInvalid) && (
          <Typography role="alert" color="error" variant="body2">
            {t('editor.fixFirst')}
          </Typography>
        )}

        {canEdit && (
          <>
            <Divider />
            <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
              <BusyButton busy={editor.saving} onClick={editor.save} disabled={!dirty}>
                {t('editor.save')}
              </BusyButton>
              <Button onClick={editor.revert} disabled={!dirty || editor.saving || !saved}>
                {t('editor.revert')}
              </Button>
              <Button
                color="error"
                onClick={editor.askDelete}
                disabled={editor.saving}
                sx={{ ml: { sm: 'auto' } }}
              >
                {saved ? t('editor.delete') : t('editor.discard')}
              </Button>
            </Stack>
          </>
        )}
      </Stack>

      {importing && (
        <ImportDialog
          pool={draft.dnis}
          onClose={() => setImporting(false)}
          onImport={(pool, imported, fileName) => {
            setPool(() => pool)
            setImporting(false)
            setNotice(t('import.imported', { ...count(imported), file: fileName }))
          }}
        />
      )}
      <ConfirmDialog
        {...editor.deleteDialog}
        title={saved ? t('editor.deleteTitle', { name: saved.name }) : t('editor.discardTitle')}
        confirmLabel={saved ? t('editor.deleteConfirm') : t('editor.discardConfirm')}
        destructive
      >
        {saved ? t('editor.deleteBody') : t('editor.discardBody')}
      </ConfirmDialog>
      <ConflictDialog {...editor.conflictDialog} title={t('editor.conflictTitle')} />
    </Paper>
  )
}
