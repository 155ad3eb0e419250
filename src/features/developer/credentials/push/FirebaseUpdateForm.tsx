import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useState } from 'react'
import {
  firebaseCredentialsQuery,
  saveFirebaseCredentials,
  type FirebaseCredentials,
} from '@/api/credentials'
import { useVersionedEditor } from '@/components/useVersionedEditor'
import {
  firebaseCredentialsProblems,
  MAX_CLIENT_EMAIL,
  MAX_PRIVATE_KEY,
  MIN_KEY_BITS,
  type FirebaseCredentialsInput,
  type FirebaseCredentialsProblem,
} from '@/domain/firebaseCredentials'
import { useTranslation, type Translate } from '@/i18n/i18n'
import { EditorCard } from '../EditorCard'
import { FormActions } from '../FormActions'
import { useCredentialForm, type FieldErrors } from '../useCredentialForm'

type Field = keyof FirebaseCredentialsInput
const FIELDS: readonly Field[] = ['projectName', 'clientEmail', 'privateKey']

function messageOf(
  t: Translate<'credentials'>,
  problem: FirebaseCredentialsProblem,
  project: string,
): string {
  switch (problem.field) {
    case 'projectName':
      return t(`push.errors.projectName.${problem.error}`)
    case 'clientEmail':
      return t(`push.errors.clientEmail.${problem.error}`, {
        max: MAX_CLIENT_EMAIL,
        project: project.trim(),
      })
    case 'privateKey':
      return t(`push.errors.privateKey.${problem.error}`, {
        max: MAX_PRIVATE_KEY,
        bits: MIN_KEY_BITS,
      })
  }
}

/**
 * Update Firebase Credentials: project name, client email and private key, checked as Firebase
 * would (the key imported with WebCrypto) before anything is sent. Once saved, the client email and
 * the key are shown only as a few characters, and every update sends all three again.
 */
export function FirebaseUpdateForm({ saved: current }: { saved: FirebaseCredentials | null }) {
  const { t } = useTranslation('credentials')
  const form = useCredentialForm(FIELDS, t('push.update.failed'))
  const [checking, setChecking] = useState(false)
  const editor = useVersionedEditor<FirebaseCredentials, FirebaseCredentialsInput>({
    resource: current,
    blank: () => ({ projectName: '', clientEmail: '', privateKey: '' }),
    toDraft: (saved) => ({ projectName: saved.projectName, clientEmail: '', privateKey: '' }),
    sameDraft: (a, b) =>
      a.projectName === b.projectName &&
      a.clientEmail === b.clientEmail &&
      a.privateKey === b.privateKey,
    create: (draft) => saveFirebaseCredentials({ ...draft, version: 0 }),
    update: (_id, draft, version) => saveFirebaseCredentials({ ...draft, version }),
    itemKey: firebaseCredentialsQuery().queryKey,
    check: async (draft) => {
      setChecking(true)
      try {
        const found: FieldErrors<Field> = {}
        for (const problem of await firebaseCredentialsProblems(draft))
          found[problem.field] = messageOf(t, problem, draft.projectName)
        return form.check(found)
      } finally {
        setChecking(false)
      }
    },
    claimsRefusal: form.claimsRefusal,
    onSaved: (saved) => form.succeeded(t('push.update.saved', { project: saved.projectName })),
    onReset: form.onReset,
  })
  const { draft, saved } = editor
  const { errors } = form
  const change = form.changeOf(editor.setDraft)
  const savedHint = (hint: string) => t('push.update.savedSecretHelp', { hint })

  return (
    <EditorCard
      heading={t('push.update.heading')}
      editor={editor}
      message={form.cornerMessage(editor)}
      sx={{ flex: 1, minWidth: 0 }}
    >
      <TextField
        label={t('push.update.projectName')}
        value={draft.projectName}
        onChange={(event) => change('projectName', event.target.value)}
        error={Boolean(errors.projectName)}
        helperText={errors.projectName ?? t('push.update.projectNameHelp')}
        required
        autoComplete="off"
      />
      <TextField
        label={t('push.update.clientEmail')}
        value={draft.clientEmail}
        onChange={(event) => change('clientEmail', event.target.value)}
        error={Boolean(errors.clientEmail)}
        helperText={
          errors.clientEmail ??
          (saved ? savedHint(saved.clientEmailHint) : t('push.update.clientEmailHelp'))
        }
        required
        autoComplete="off"
      />
      <TextField
        label={t('push.update.privateKey')}
        value={draft.privateKey}
        onChange={(event) => change('privateKey', event.target.value)}
        error={Boolean(errors.privateKey)}
        helperText={
          errors.privateKey ??
          (saved ? savedHint(saved.privateKeyHint) : t('push.update.privateKeyHelp'))
        }
        required
        multiline
        // Fixed rows, not autosize: sizing to the content measures a hidden copy of it on every
        // change, which a megabyte pasted by mistake makes slow.
        rows={8}
        autoComplete="off"
        slotProps={{
          htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: 12 } },
        }}
      />
      {saved && (
        <Typography variant="body2" color="text.secondary">
          {t('push.update.privateKeyHelp')}
        </Typography>
      )}
      <FormActions
        editor={editor}
        submitLabel={t('push.update.submit')}
        busy={editor.saving || checking}
      >
        {checking && (
          <Typography variant="body2" role="status">
            {t('push.update.checking')}
          </Typography>
        )}
      </FormActions>
    </EditorCard>
  )
}
