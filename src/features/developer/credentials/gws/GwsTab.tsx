import Alert from '@mui/material/Alert'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import Button from '@mui/material/Button'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { gwsCredentialsQuery, saveGwsCredentials, type GwsCredentials } from '@/api/credentials'
import { BusyButton } from '@/components/BusyButton'
import { ConflictDialog } from '@/components/ConflictDialog'
import { useVersionedEditor } from '@/components/useVersionedEditor'
import { gwsCredentialsProblems, MAX_GWS_PASSWORD, MAX_GWS_USERNAME } from '@/domain/gwsCredentials'
import { useTranslation } from '@/i18n/i18n'
import { CornerMessage, type Outcome } from '../CornerMessage'
import { refusalOf } from '../fieldRefusal'
import { QueryGate } from '../QueryGate'
import { SavedStamp } from '../SavedStamp'

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
  const [errors, setErrors] = useState<Partial<Record<Field, string | undefined>>>({})
  const [outcome, setOutcome] = useState<Outcome | null>(null)
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
      const found: Partial<Record<Field, string | undefined>> = {}
      for (const problem of gwsCredentialsProblems(draft)) {
        const max = problem.field === 'username' ? MAX_GWS_USERNAME : MAX_GWS_PASSWORD
        found[problem.field] = t(`gws.errors.${problem.field}.${problem.error}`, { max })
      }
      setErrors(found)
      return Object.keys(found).length === 0
    },
    claimsRefusal: (error) => {
      const refused = refusalOf(error, FIELDS)
      if (refused) setErrors(refused)
      return refused !== null
    },
    onSaved: (saved) =>
      setOutcome({ kind: 'success', message: t('gws.saved', { username: saved.username }) }),
    onReset: () => setErrors({}),
  })
  const { draft, setDraft, saved } = editor
  const change = (field: Field, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }))
    setErrors((e) => ({ ...e, [field]: undefined }))
  }
  const shown: Outcome | null = editor.failure
    ? { kind: 'error', title: t('gws.failed'), error: editor.failure.error }
    : outcome

  return (
    <Stack spacing={2}>
      <Typography>{t('gws.intro')}</Typography>
      <Alert severity={saved ? 'success' : 'info'} role="status">
        {saved ? t('gws.proxyReady') : t('gws.proxyRefuses')}
      </Alert>
      <Paper
        variant="outlined"
        component="form"
        aria-labelledby="gws-heading"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          editor.save()
        }}
        sx={{ p: { xs: 2, md: 3 }, maxWidth: 640 }}
      >
        <Stack spacing={2}>
          <Typography id="gws-heading" variant="h6" component="h2">
            {t('gws.heading')}
          </Typography>
          <SavedStamp saved={saved} />
          <TextField
            label={t('gws.username')}
            value={draft.username}
            onChange={(event) => change('username', event.target.value)}
            error={Boolean(errors.username)}
            helperText={errors.username}
            required
            autoComplete="off"
          />
          <TextField
            label={t('gws.password')}
            type="password"
            value={draft.password}
            onChange={(event) => change('password', event.target.value)}
            error={Boolean(errors.password)}
            helperText={errors.password ?? t('gws.passwordHelp')}
            required
            autoComplete="new-password"
          />
          <Stack direction="row" spacing={1}>
            <BusyButton type="submit" busy={editor.saving}>
              {t('gws.submit')}
            </BusyButton>
            <Button onClick={editor.revert} disabled={!editor.dirty || editor.saving}>
              {t('revert')}
            </Button>
          </Stack>
        </Stack>
      </Paper>
      <CornerMessage
        outcome={shown}
        onClose={() => {
          editor.dismissFailure()
          setOutcome(null)
        }}
      />
      <ConflictDialog {...editor.conflictDialog} />
    </Stack>
  )
}
