import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import FormControl from '@mui/material/FormControl'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormHelperText from '@mui/material/FormHelperText'
import FormLabel from '@mui/material/FormLabel'
import Paper from '@mui/material/Paper'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import Stack from '@mui/material/Stack'
import Switch from '@mui/material/Switch'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useId, useState } from 'react'
import { isApiError } from '@/api/errors'
import {
  captchaKeySetsQuery,
  createCaptchaKeySet,
  deleteCaptchaKeySet,
  updateCaptchaKeySet,
  type CaptchaKeySet,
} from '@/api/credentials'
import { BusyButton } from '@/components/BusyButton'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { ConflictDialog } from '@/components/ConflictDialog'
import { useVersionedEditor } from '@/components/useVersionedEditor'
import {
  CAPTCHA_TYPES,
  KEY_LENGTH,
  keySetProblems,
  MAX_KEY_SET_NAME,
  type CaptchaType,
  type KeySetProblem,
} from '@/domain/captchaKeySet'
import { useTranslation, type Translate } from '@/i18n/i18n'
import { CornerMessage, type Outcome } from '../CornerMessage'
import { refusalOf } from '../fieldRefusal'
import { SavedStamp } from '../SavedStamp'
import {
  blankKeySet,
  bodyOf,
  draftOf,
  sameKeySet,
  thresholdOf,
  type KeySetDraft,
} from './keySetDraft'

type Field = 'name' | 'siteKey' | 'secretKey' | 'threshold'
const FIELDS: readonly Field[] = ['name', 'siteKey', 'secretKey', 'threshold']

function messageOf(t: Translate<'credentials'>, problem: KeySetProblem): string {
  switch (problem.field) {
    case 'name':
      return t(`captcha.errors.name.${problem.error}`, { max: MAX_KEY_SET_NAME })
    case 'siteKey':
    case 'secretKey':
      return t(`captcha.errors.key.${problem.error}`, { length: KEY_LENGTH })
    case 'threshold':
      return t('captcha.errors.threshold')
  }
}

interface KeySetEditorProps {
  keySet: CaptchaKeySet | null
  otherNames: readonly string[]
  onCreated: (saved: CaptchaKeySet) => void
  onGone: () => void
}

/** One key set: type, threshold (V3), name, site key, write-only secret key, active; save, delete. */
export function KeySetEditor({ keySet, otherNames, onCreated, onGone }: KeySetEditorProps) {
  const { t } = useTranslation('credentials')
  const id = useId()
  const [errors, setErrors] = useState<Partial<Record<Field, string | undefined>>>({})
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const editor = useVersionedEditor<CaptchaKeySet, KeySetDraft>({
    resource: keySet,
    blank: blankKeySet,
    // The tab's own form for a new key set, not an entry of a list: untouched, it holds nothing.
    blankIsNothing: true,
    toDraft: draftOf,
    sameDraft: sameKeySet,
    create: (draft) => createCaptchaKeySet(bodyOf(draft)),
    update: (keySetId, draft, version) => updateCaptchaKeySet(keySetId, bodyOf(draft), version),
    remove: (saved) => deleteCaptchaKeySet(saved.id, saved.version),
    listKey: captchaKeySetsQuery().queryKey,
    check: (draft) => {
      const found: Partial<Record<Field, string | undefined>> = {}
      const body = bodyOf(draft)
      for (const problem of keySetProblems(
        { ...body, threshold: thresholdOf(draft) },
        keySet === null && editor.saved === null,
      ))
        found[problem.field] ??= messageOf(t, problem)
      const name = body.name.toLowerCase()
      if (!found.name && otherNames.some((other) => other.toLowerCase() === name))
        found.name = t('captcha.errors.name.TAKEN', { name: body.name })
      setErrors(found)
      return Object.keys(found).length === 0
    },
    claimsRefusal: (error) => {
      // A name taken meanwhile is a 409 about the name.
      const refused =
        isApiError(error) && error.httpStatus === 409 && !error.detail?.field
          ? { name: error.message }
          : refusalOf(error, FIELDS)
      if (refused) setErrors(refused)
      return refused !== null
    },
    onSaved: (saved, created) => {
      setOutcome({ kind: 'success', message: t('captcha.saved', { name: saved.name }) })
      if (created) onCreated(saved)
    },
    onDeleted: onGone,
    onReset: () => setErrors({}),
  })
  const { draft, setDraft, saved } = editor
  const change = <K extends keyof KeySetDraft>(field: K, value: KeySetDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }))
    setErrors((e) => ({ ...e, [field]: undefined }))
  }
  const shown: Outcome | null = editor.failure
    ? { kind: 'error', title: t('captcha.failed'), error: editor.failure.error }
    : outcome

  return (
    <Paper
      variant="outlined"
      component="form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        editor.save()
      }}
      sx={{ p: { xs: 2, md: 3 } }}
    >
      <Stack spacing={2}>
        <Typography id={`${id}-title`} variant="h6" component="h2">
          {saved ? saved.name : t('captcha.newKeySet')}
        </Typography>
        <SavedStamp saved={saved} />
        <FormControl>
          <FormLabel id={`${id}-type`}>{t('captcha.type')}</FormLabel>
          <RadioGroup
            aria-labelledby={`${id}-type`}
            value={draft.type}
            onChange={(_, value) => change('type', value as CaptchaType)}
          >
            {CAPTCHA_TYPES.map((type) => (
              <FormControlLabel
                key={type}
                value={type}
                control={<Radio />}
                label={t(`captcha.types.${type}`)}
              />
            ))}
          </RadioGroup>
        </FormControl>
        {draft.type === 'V3' && (
          <TextField
            label={t('captcha.threshold')}
            value={draft.threshold}
            onChange={(event) => change('threshold', event.target.value)}
            error={Boolean(errors.threshold)}
            helperText={errors.threshold ?? t('captcha.thresholdHelp')}
            required
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            sx={{ maxWidth: 240 }}
          />
        )}
        <TextField
          label={t('captcha.name')}
          value={draft.name}
          onChange={(event) => change('name', event.target.value)}
          error={Boolean(errors.name)}
          helperText={errors.name}
          required
          autoComplete="off"
        />
        <TextField
          label={t('captcha.siteKey')}
          value={draft.siteKey}
          onChange={(event) => change('siteKey', event.target.value)}
          error={Boolean(errors.siteKey)}
          helperText={errors.siteKey}
          required
          autoComplete="off"
          slotProps={{ htmlInput: { spellCheck: false } }}
        />
        <TextField
          label={t('captcha.secretKey')}
          type="password"
          value={draft.secretKey}
          onChange={(event) => change('secretKey', event.target.value)}
          error={Boolean(errors.secretKey)}
          helperText={
            errors.secretKey ??
            (saved
              ? t('captcha.secretKeySaved', { hint: saved.secretKeyHint })
              : t('captcha.secretKeyHelp'))
          }
          required={saved === null}
          autoComplete="new-password"
        />
        <FormControl>
          <FormControlLabel
            control={
              <Switch checked={draft.active} onChange={(_, checked) => change('active', checked)} />
            }
            label={t('captcha.active')}
          />
          <FormHelperText>{t('captcha.activeHelp')}</FormHelperText>
        </FormControl>
        {draft.active && !saved?.active && (
          <Alert severity="warning">
            {t('captcha.activeWarning', { count: 1, names: draft.name.trim() })}
          </Alert>
        )}
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          <BusyButton type="submit" busy={editor.saving} disabled={!editor.dirty}>
            {t('captcha.save')}
          </BusyButton>
          <Button onClick={editor.revert} disabled={!editor.dirty || editor.saving}>
            {t('revert')}
          </Button>
          <Button color="error" onClick={editor.askDelete} disabled={editor.saving}>
            {saved ? t('captcha.delete') : t('captcha.discard')}
          </Button>
        </Stack>
      </Stack>
      <ConfirmDialog
        {...editor.deleteDialog}
        title={saved ? t('captcha.deleteTitle', { name: saved.name }) : t('captcha.discardTitle')}
        confirmLabel={saved ? t('captcha.deleteConfirm') : t('captcha.discardConfirm')}
        destructive
      >
        {saved ? t('captcha.deleteBody') : t('captcha.discardBody')}
      </ConfirmDialog>
      <ConflictDialog {...editor.conflictDialog} />
      <CornerMessage
        outcome={shown}
        onClose={() => {
          editor.dismissFailure()
          setOutcome(null)
        }}
      />
    </Paper>
  )
}
