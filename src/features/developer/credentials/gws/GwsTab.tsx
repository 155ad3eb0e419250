import Alert from '@mui/material/Alert'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import { gwsCredentialsQuery, saveGwsCredentials, type GwsCredentials } from '@/api/credentials'
import { useVersionedEditor } from '@/components/useVersionedEditor'
import { gwsCredentialsProblems, MAX_GWS_PASSWORD, MAX_GWS_USERNAME } from '@/domain/gwsCredentials'
import { useTranslation } from '@/i18n/i18n'
import { EditorCard } from '../EditorCard'
import { FormActions } from '../FormActions'
import { QueryGate } from '../QueryGate'
import { SecretField } from '../SecretField'
import { useCredentialForm, type FieldErrors } from '../useCredentialForm'

interface Draft {
  username: string
  password: string
}
type Field = keyof Draft
const FIELDS: readonly Field[] = ['username', 'password']

/** Developer > Credential Management > GWS Credentials. */
export function GwsTab() {
  const query = useQuery(gwsCredentialsQuery())
  return <QueryGate query={query}>{(saved) => <GwsEditor saved={saved} />}</QueryGate>
}

function GwsEditor({ saved: current }: { saved: GwsCredentials | null }) {
  const { t } = useTranslation('credentials')
  const form = useCredentialForm(FIELDS, t('gws.failed'))
  const editor = useVersionedEditor<GwsCredentials, Draft>({
    resource: current,
    blank: () => ({ username: '', password: '' }),
    // The password is never read back: every update sends it again.
    toDraft: (saved) => ({ username: saved.username, password: '' }),
    sameDraft: (a, b) => a.username === b.username && a.password === b.password,
    create: (draft) => saveGwsCredentials({ ...draft, version: 0 }),
    update: (_id, draft, version) => saveGwsCredentials({ ...draft, version }),
    itemKey: gwsCredentialsQuery().queryKey,
    check: (draft) => {
      const found: FieldErrors<Field> = {}
      for (const problem of gwsCredentialsProblems(draft)) {
        const max = problem.field === 'username' ? MAX_GWS_USERNAME : MAX_GWS_PASSWORD
        found[problem.field] = t(`gws.errors.${problem.field}.${problem.error}`, { max })
      }
      return form.check(found)
    },
    claimsRefusal: form.claimsRefusal,
    onSaved: (saved) => form.succeeded(t('gws.saved', { username: saved.username })),
    onReset: form.onReset,
  })
  const { draft, saved } = editor
  const { errors } = form
  const change = form.changeOf(editor.setDraft)

  return (
    <Stack spacing={2}>
      <Typography>{t('gws.intro')}</Typography>
      <Alert severity={saved ? 'success' : 'info'} role="status">
        {saved ? t('gws.proxyReady') : t('gws.proxyRefuses')}
      </Alert>
      <EditorCard
        heading={t('gws.heading')}
        editor={editor}
        message={form.cornerMessage(editor)}
        sx={{ maxWidth: 640 }}
      >
        <TextField
          label={t('gws.username')}
          value={draft.username}
          onChange={(event) => change('username', event.target.value)}
          error={Boolean(errors.username)}
          helperText={errors.username}
          required
          autoComplete="off"
        />
        <SecretField
          label={t('gws.password')}
          value={draft.password}
          onChange={(value) => change('password', value)}
          error={errors.password}
          help={t('gws.passwordHelp')}
          required
        />
        <FormActions editor={editor} submitLabel={t('gws.submit')} />
      </EditorCard>
    </Stack>
  )
}
