import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import FormControl from '@mui/material/FormControl'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormHelperText from '@mui/material/FormHelperText'
import FormLabel from '@mui/material/FormLabel'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import Switch from '@mui/material/Switch'
import TextField from '@mui/material/TextField'
import { useId } from 'react'
import { isApiError } from '@/api/errors'
import {
  captchaKeySetsQuery,
  createCaptchaKeySet,
  deleteCaptchaKeySet,
  updateCaptchaKeySet,
  type CaptchaKeySet,
} from '@/api/credentials'
import { ConfirmDialog } from '@/components/ConfirmDialog'
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
import { EditorCard } from '../EditorCard'
import { FormActions } from '../FormActions'
import { SecretField } from '../SecretField'
import { useCredentialForm, type FieldErrors } from '../useCredentialForm'
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
  const form = useCredentialForm(FIELDS, t('captcha.failed'))
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
      const found: FieldErrors<Field> = {}
      const body = bodyOf(draft)
      for (const problem of keySetProblems(
        { ...body, threshold: thresholdOf(draft) },
        keySet === null && editor.saved === null,
      ))
        found[problem.field] ??= messageOf(t, problem)
      const name = body.name.toLowerCase()
      if (!found.name && otherNames.some((other) => other.toLowerCase() === name))
        found.name = t('captcha.errors.name.TAKEN', { name: body.name })
      return form.check(found)
    },
    claimsRefusal: (error) =>
      // A name taken meanwhile is a 409 about the name.
      isApiError(error) && error.httpStatus === 409 && !error.detail?.field
        ? form.showRefusal({ name: error.message })
        : form.claimsRefusal(error),
    onSaved: (saved, created) => {
      form.succeeded(t('captcha.saved', { name: saved.name }))
      if (created) onCreated(saved)
    },
    onDeleted: onGone,
    onReset: form.onReset,
  })
  const { draft, saved } = editor
  const { errors } = form
  const change = form.changeOf(editor.setDraft)

  return (
    <EditorCard
      heading={saved ? saved.name : t('captcha.newKeySet')}
      editor={editor}
      message={form.cornerMessage(editor)}
      overlays={
        <ConfirmDialog
          {...editor.deleteDialog}
          title={saved ? t('captcha.deleteTitle', { name: saved.name }) : t('captcha.discardTitle')}
          confirmLabel={saved ? t('captcha.deleteConfirm') : t('captcha.discardConfirm')}
          destructive
        >
          {saved ? t('captcha.deleteBody') : t('captcha.discardBody')}
        </ConfirmDialog>
      }
    >
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
      <SecretField
        label={t('captcha.secretKey')}
        value={draft.secretKey}
        onChange={(value) => change('secretKey', value)}
        error={errors.secretKey}
        help={
          saved
            ? t('captcha.secretKeySaved', { hint: saved.secretKeyHint })
            : t('captcha.secretKeyHelp')
        }
        required={saved === null}
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
      <FormActions editor={editor} submitLabel={t('captcha.save')} submitDisabled={!editor.dirty}>
        <Button color="error" onClick={editor.askDelete} disabled={editor.saving}>
          {saved ? t('captcha.delete') : t('captcha.discard')}
        </Button>
      </FormActions>
    </EditorCard>
  )
}
