import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Divider from '@mui/material/Divider'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useCallback, useId, useState } from 'react'
import { ERROR_CODES, isApiError } from '@/api/errors'
import {
  createNumberRule,
  deleteNumberRule,
  numberRulesQuery,
  updateNumberRule,
  type NumberRule,
} from '@/api/numberRules'
import { BusyButton } from '@/components/BusyButton'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { ConflictDialog } from '@/components/ConflictDialog'
import { EditorFailureAlert } from '@/components/EditorFailureAlert'
import { useControlCharacterProblem } from '@/components/useControlCharacterProblem'
import { useVersionedEditor } from '@/components/useVersionedEditor'
import { VersionStamp } from '@/components/VersionStamp'
import { MAX_RULE_NAME, normalizeRule, ruleProblem } from '@/domain/numberRule'
import { mayChangeRule } from '@/domain/ruleAccess'
import { useTranslation, type Translate } from '@/i18n/i18n'
import { BlockedPatterns, patternRefusal } from './BlockedPatterns'
import { CountryPicker } from './CountryPicker'
import { ReadOnlyRule } from './ReadOnlyRule'
import { draftOf, emptyDraft, sameDraft, type RuleDraft } from './ruleDraft'
import { TestNumberPanel } from './TestNumberPanel'

interface RuleEditorProps {
  /** The saved rule, or null for a new one that has only a name so far. */
  rule: NumberRule | null
  newName?: string
  /** Other rules' names, to refuse a taken name before asking the backend. */
  otherNames: readonly string[]
  onCreated: (rule: NumberRule) => void
  onGone: () => void
}

interface FieldErrors {
  name?: string | undefined
  countries?: string | undefined
  patterns?: string | undefined
}

/** What stops saving, said next to the field; nothing is sent while something does. */
function fieldProblems(
  t: Translate<'numberRules'>,
  body: RuleDraft,
  otherNames: readonly string[],
  controlProblem: (text: string) => string | null,
): FieldErrors | null {
  const nameControl = controlProblem(body.name)
  if (nameControl) return { name: nameControl }
  const patternControl = body.blockedPatterns.map(controlProblem).find((p) => p !== null)
  if (patternControl) return { patterns: patternControl }
  const name = body.name.trim().toLowerCase()
  if (name && otherNames.some((other) => other.trim().toLowerCase() === name)) {
    return { name: t('editor.errors.nameTaken', { name: body.name.trim() }) }
  }
  const problem = ruleProblem(body)
  if (!problem) return null
  switch (problem.field) {
    case 'name':
      return {
        name:
          problem.error === 'EMPTY'
            ? t('editor.errors.nameRequired')
            : t('editor.errors.nameTooLong', { max: MAX_RULE_NAME }),
      }
    case 'permittedCountries':
      return { countries: t('editor.errors.countriesRequired') }
    case 'blockedPatterns':
      return {
        patterns: t('editor.errors.patternInvalid', {
          pattern: problem.pattern,
          reason: patternRefusal(t, { ok: false, ...problem }, problem.pattern.length),
        }),
      }
  }
}

/** The backend's refusal of one field (the name taken meanwhile, a field it checks too), or null. */
function refusalByField(error: unknown): FieldErrors | null {
  if (!isApiError(error)) return null
  if (error.code === ERROR_CODES.conflict) return { name: error.message }
  if (error.httpStatus !== 400) return null
  if (error.detail?.field === 'name') return { name: error.message }
  if (error.detail?.field === 'permittedCountries') return { countries: error.message }
  if (error.detail?.field?.startsWith('blockedPatterns')) return { patterns: error.message }
  return null
}

/**
 * One rule: name, permitted countries, blocked patterns, Save Changes / Revert / Delete and the
 * Test Phone Number panel. Edits stay on screen whatever a save answers; a save from a version
 * someone else has replaced is shown the choice instead of overwriting it.
 */
export function RuleEditor({ rule, newName = '', otherNames, onCreated, onGone }: RuleEditorProps) {
  const { t } = useTranslation('numberRules')
  const id = useId()
  const [errors, setErrors] = useState<FieldErrors>({})
  const controlProblem = useControlCharacterProblem()
  const editor = useVersionedEditor<NumberRule, RuleDraft>({
    resource: rule,
    blank: () => emptyDraft(newName),
    toDraft: draftOf,
    sameDraft,
    create: (draft) => createNumberRule(normalizeRule(draft)),
    update: (ruleId, draft, version) =>
      updateNumberRule(ruleId, { ...normalizeRule(draft), version }),
    remove: (saved) => deleteNumberRule(saved.id, saved.version),
    listKey: numberRulesQuery().queryKey,
    check: (draft) => {
      const problems = fieldProblems(t, normalizeRule(draft), otherNames, controlProblem)
      setErrors(problems ?? {})
      return problems === null
    },
    claimsRefusal: (error) => {
      const problems = refusalByField(error)
      if (problems) setErrors(problems)
      return problems !== null
    },
    onSaved: (saved, created) => {
      if (created) onCreated(saved)
    },
    onDeleted: onGone,
    onReset: () => setErrors({}),
  })
  const { saved, draft, setDraft, dirty, failure } = editor

  // Assignments change on the Queues page without a new version of the rule: read the latest list.
  const assignment = rule ?? saved
  const assignedQueues = assignment?.assignedQueues ?? []
  const assignedCount = assignment ? (assignment.assignedCount ?? assignedQueues.length) : 0
  // The tenant refuses this user's changes to a rule serving queues they cannot read (403).
  const readOnly = saved && !mayChangeRule({ assignedQueues, assignedCount }) ? assignment : null

  const setCountries = useCallback(
    (update: (current: string[]) => string[]) => {
      setDraft((d) => ({ ...d, permittedCountries: update(d.permittedCountries) }))
      setErrors((e) => ({ ...e, countries: undefined }))
    },
    [setDraft],
  )
  const setPatterns = useCallback(
    (update: (current: string[]) => string[]) => {
      setDraft((d) => ({ ...d, blockedPatterns: update(d.blockedPatterns) }))
      setErrors((e) => ({ ...e, patterns: undefined }))
    },
    [setDraft],
  )

  const title = saved ? saved.name : draft.name.trim() || t('editor.untitled')

  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={`${id}-title`}
      sx={{ p: { xs: 2, md: 3 } }}
    >
      <Stack spacing={3}>
        <Box>
          <Typography id={`${id}-title`} variant="h6" component="h2">
            {title}
          </Typography>
          <VersionStamp
            saved={saved}
            savedText={(vars) => t('editor.savedBy', vars)}
            notSavedText={t('editor.notSavedYet')}
          />
          {saved && (
            <Typography variant="body2" sx={{ mt: 0.5 }}>
              {assignedQueues.length > 0
                ? t('editor.assignedTo', { queues: assignedQueues.join(', ') })
                : assignedCount > 0
                  ? t('editor.assignedElsewhere', { count: assignedCount })
                  : t('editor.notAssigned')}
            </Typography>
          )}
        </Box>

        {readOnly ? (
          <ReadOnlyRule rule={readOnly} hiddenQueues={assignedCount - assignedQueues.length} />
        ) : (
          <>
            <TextField
              label={t('editor.name')}
              value={draft.name}
              onChange={(event) => {
                setDraft((d) => ({ ...d, name: event.target.value }))
                setErrors((e) => ({ ...e, name: undefined }))
              }}
              error={Boolean(errors.name)}
              helperText={errors.name ?? t('editor.nameHelp')}
              required
              slotProps={{ htmlInput: { maxLength: MAX_RULE_NAME + 20 } }}
              sx={{ maxWidth: 480 }}
            />

            <CountryPicker
              selected={draft.permittedCountries}
              onChange={setCountries}
              error={errors.countries}
            />

            <BlockedPatterns patterns={draft.blockedPatterns} onChange={setPatterns} />
            {errors.patterns && (
              <Typography role="alert" color="error" variant="body2">
                {errors.patterns}
              </Typography>
            )}

            <EditorFailureAlert
              failure={failure}
              busy={editor.saving || editor.deleting}
              title={t('editor.failed')}
            />

            <Box>
              <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
                <BusyButton busy={editor.saving} onClick={editor.save} disabled={!dirty}>
                  {t('editor.save')}
                </BusyButton>
                <Button onClick={editor.revert} disabled={!dirty || editor.saving}>
                  {t('editor.revert')}
                </Button>
                <Button
                  color="error"
                  onClick={editor.askDelete}
                  disabled={assignedCount > 0 || editor.saving}
                  aria-describedby={assignedCount > 0 ? `${id}-delete-reason` : undefined}
                >
                  {saved ? t('editor.delete') : t('editor.discard')}
                </Button>
              </Stack>
              {assignedCount > 0 && (
                <Typography
                  id={`${id}-delete-reason`}
                  variant="body2"
                  color="text.secondary"
                  sx={{ mt: 1 }}
                >
                  {t('editor.deleteBlocked', { count: assignedCount })}
                </Typography>
              )}
            </Box>
          </>
        )}

        <Divider />
        <TestNumberPanel draft={draft} />
      </Stack>

      <ConfirmDialog
        {...editor.deleteDialog}
        title={saved ? t('editor.deleteTitle', { name: saved.name }) : t('editor.discardTitle')}
        confirmLabel={saved ? t('editor.deleteConfirm') : t('editor.discardConfirm')}
        destructive
      >
        {saved ? t('editor.deleteBody') : t('editor.discardBody')}
      </ConfirmDialog>
      <ConflictDialog {...editor.conflictDialog} />
    </Paper>
  )
}
