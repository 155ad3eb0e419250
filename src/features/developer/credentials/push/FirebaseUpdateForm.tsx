import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useState } from 'react'
import {
  firebaseCredentialsQuery,
  saveFirebaseCredentials,
  type FirebaseCredentials,
} from '@/api/credentials'
import { BusyButton } from '@/components/BusyButton'
import { ConflictDialog } from '@/components/ConflictDialog'
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
import { CornerMessage, type Outcome } from '../CornerMessage'
import { refusalOf } from '../fieldRefusal'
import { SavedStamp } from '../SavedStamp'

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
  const [errors, setErrors] = useState<Partial<Record<Field, string | undefined>>>({})
  const [checking, setChecking] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
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
        const problems = await firebaseCredentialsProblems(draft)
        const found: Partial<Record<Field, string | undefined>> = {}
        for (const problem of problems)
          found[problem.field] = messageOf(t, problem, draft.projectName)
        setErrors(found)
        return problems.length === 0
      } finally {
        setChecking(false)
      }
    },
    claimsRefusal: (error) => {
      const refused = refusalOf(error, FIELDS)
      if (refused) setErrors(refused)
      return refused !== null
    },
    onSaved: (saved) =>
      setOutcome({
        kind: 'success',
        message: t('push.update.saved', { project: saved.projectName }),
      }),
    onReset: () => setErrors({}),
  })
  const { draft, setDraft, saved } = editor
  const change = (field: Field, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }))
    setErrors((e) => ({ ...e, [field]: undefined }))
  }
  const shown: Outcome | null = editor.failure
    ? { kind: 'error', title: t('push.update.failed'), error: editor.failure.error }
    : outcome
  const savedHint = (hint: string) => t('push.update.savedSecretHelp', { hint })

  return (
    <Paper
      variant="outlined"
      component="form"
      aria-labelledby="firebase-update-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        editor.save()
      }}
      sx={{ p: { xs: 2, md: 3 }, flex: 1, minWidth: 0 }}
    >
      <Stack spacing={2}>
        <Typography id="firebase-update-heading" variant="h6" component="h2">
          {t('push.update.heading')}
        </Typography>
        <SavedStamp saved={saved} />
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
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <BusyButton type="submit" busy={editor.saving || checking}>
            {t('push.update.submit')}
          </BusyButton>
          <Button onClick={editor.revert} disabled={!editor.dirty || editor.saving}>
            {t('revert')}
          </Button>
          {checking && (
            <Typography variant="body2" role="status">
              {t('push.update.checking')}
            </Typography>
          )}
        </Stack>
      </Stack>
      <CornerMessage
        outcome={shown}
        onClose={() => {
          editor.dismissFailure()
          setOutcome(null)
        }}
      />
      <ConflictDialog {...editor.conflictDialog} />
    </Paper>
  )
}
