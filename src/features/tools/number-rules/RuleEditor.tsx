import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Divider from '@mui/material/Divider'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useId, useMemo, useState } from 'react'
import { ERROR_CODES, isApiError, savedVersionOf } from '@/api/errors'
import type { NumberRule } from '@/api/numberRules'
import { BusyButton } from '@/components/BusyButton'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { ConflictDialog } from '@/components/ConflictDialog'
import { ErrorAlert } from '@/components/ErrorAlert'
import { useUnsavedChangesGuard } from '@/components/UnsavedChangesGuard'
import { MAX_RULE_NAME, normalizeRule, ruleProblem } from '@/domain/numberRule'
import { useTranslation } from '@/i18n/i18n'
import { formatDateTime } from '@/lib/time'
import { useTimeDisplay } from '@/lib/useTimeDisplay'
import { BlockedPatterns, patternRefusal } from './BlockedPatterns'
import { CountryPicker } from './CountryPicker'
import { draftOf, emptyDraft, sameDraft, type RuleDraft } from './ruleDraft'
import { putRuleInList, useDeleteNumberRule, useSaveNumberRule } from './ruleMutations'
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

/**
 * One rule: name, permitted countries, blocked patterns, Save Changes / Revert / Delete and the
 * Test Phone Number panel. Edits stay on screen whatever a save answers; a save from a version
 * someone else has replaced is shown the choice instead of overwriting it.
 */
export function RuleEditor({ rule, newName = '', otherNames, onCreated, onGone }: RuleEditorProps) {
  const { t } = useTranslation('numberRules')
  const display = useTimeDisplay()
  const queryClient = useQueryClient()
  const id = useId()
  const [saved, setSaved] = useState<NumberRule | null>(rule)
  const base = useMemo(() => (saved ? draftOf(saved) : emptyDraft(newName)), [saved, newName])
  const [draft, setDraft] = useState<RuleDraft>(base)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [failure, setFailure] = useState<{ error: unknown; retry: () => void } | null>(null)
  const [conflict, setConflict] = useState<NumberRule | null>(null)
  const [confirmDelete, setConfirmDelete] = useState(false)
  const save = useSaveNumberRule()
  const remove = useDeleteNumberRule()
  const dirty = saved === null || !sameDraft(draft, base)
  useUnsavedChangesGuard(dirty)

  // A newer version read in the background (a refetch of the tenant configuration) replaces an
  // untouched rule; a rule being edited keeps its draft, and saving it will tell of the conflict.
  if (rule && saved && rule.id === saved.id && rule.version > saved.version && !dirty) {
    setSaved(rule)
    setDraft(draftOf(rule))
  }
  // Assignments change on the Queues page without a new version of the rule: read the latest list.
  const assignment = rule ?? saved
  const assignedQueues = assignment?.assignedQueues ?? []
  const assignedCount = assignment ? (assignment.assignedCount ?? assignedQueues.length) : 0

  const setCountries = useCallback((update: (current: string[]) => string[]) => {
    setDraft((d) => ({ ...d, permittedCountries: update(d.permittedCountries) }))
    setErrors((e) => ({ ...e, countries: undefined }))
  }, [])
  const setPatterns = useCallback((update: (current: string[]) => string[]) => {
    setDraft((d) => ({ ...d, blockedPatterns: update(d.blockedPatterns) }))
    setErrors((e) => ({ ...e, patterns: undefined }))
  }, [])

  /** What stops saving, said next to the field; nothing is sent while something does. */
  const check = (body: RuleDraft): FieldErrors | null => {
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
            reason: patternRefusal(
              t,
              { ok: false, error: problem.error, detail: problem.detail },
              problem.pattern.length,
            ),
          }),
        }
    }
  }

  const send = async (version: number) => {
    const body = normalizeRule(draft)
    const problems = check(body)
    setErrors(problems ?? {})
    if (problems) return
    setFailure(null)
    try {
      const result = await save.mutateAsync({ id: saved?.id ?? null, body, version })
      if (saved === null) {
        onCreated(result)
        return
      }
      setSaved(result)
      setDraft(draftOf(result))
    } catch (error) {
      const current = savedVersionOf<NumberRule>(error)
      if (current) {
        setConflict(current)
      } else if (isApiError(error) && error.code === ERROR_CODES.conflict) {
        setErrors({ name: error.message })
      } else if (isApiError(error) && error.httpStatus === 400 && error.detail?.field === 'name') {
        setErrors({ name: error.message })
      } else if (
        isApiError(error) &&
        error.httpStatus === 400 &&
        error.detail?.field === 'permittedCountries'
      ) {
        setErrors({ countries: error.message })
      } else {
        setFailure({ error, retry: () => void send(version) })
      }
    }
  }

  const revert = () => {
    setDraft(base)
    setErrors({})
    setFailure(null)
  }

  const loadSaved = (current: NumberRule) => {
    putRuleInList(queryClient, current)
    setSaved(current)
    setDraft(draftOf(current))
    setErrors({})
    setConflict(null)
  }

  const deleteRule = async () => {
    if (!saved) {
      setConfirmDelete(false)
      onGone()
      return
    }
    setFailure(null)
    try {
      await remove.mutateAsync({ id: saved.id, version: saved.version })
      setConfirmDelete(false)
      onGone()
    } catch (error) {
      setConfirmDelete(false)
      setFailure({ error, retry: () => void deleteRule() })
    }
  }

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
          <Typography variant="body2" color="text.secondary">
            {saved
              ? t('editor.savedBy', {
                  version: saved.version,
                  user: saved.updatedBy,
                  time: formatDateTime(saved.updatedAt, display),
                })
              : t('editor.notSavedYet')}
          </Typography>
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

        {failure !== null && (
          <ErrorAlert
            error={failure.error}
            title={t('editor.failed')}
            // A refusal on the merits (still assigned, changed meanwhile) would only fail again.
            onRetry={
              save.isPending ||
              remove.isPending ||
              (isApiError(failure.error) && !failure.error.transient)
                ? undefined
                : failure.retry
            }
          />
        )}

        <Box>
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
            <BusyButton
              busy={save.isPending}
              onClick={() => void send(saved?.version ?? 1)}
              disabled={!dirty}
            >
              {t('editor.save')}
            </BusyButton>
            <Button onClick={revert} disabled={!dirty || save.isPending}>
              {t('editor.revert')}
            </Button>
            <Button
              color="error"
              onClick={() => setConfirmDelete(true)}
              disabled={assignedCount > 0 || save.isPending}
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

        <Divider />
        <TestNumberPanel draft={draft} />
      </Stack>

      <ConfirmDialog
        open={confirmDelete}
        title={saved ? t('editor.deleteTitle', { name: saved.name }) : t('editor.discardTitle')}
        confirmLabel={saved ? t('editor.deleteConfirm') : t('editor.discardConfirm')}
        destructive
        busy={remove.isPending}
        onConfirm={() => void deleteRule()}
        onClose={() => setConfirmDelete(false)}
      >
        {saved ? t('editor.deleteBody') : t('editor.discardBody')}
      </ConfirmDialog>
      <ConflictDialog
        open={conflict !== null}
        saved={conflict}
        onOverwrite={() => {
          const current = conflict
          setConflict(null)
          if (current) void send(current.version)
        }}
        onLoadSaved={() => conflict && loadSaved(conflict)}
        onClose={() => setConflict(null)}
      />
    </Paper>
  )
}
