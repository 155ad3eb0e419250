import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import MenuItem from '@mui/material/MenuItem'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { captchaKeySetsQuery, type CaptchaKeySet } from '@/api/credentials'
import { useTranslation } from '@/i18n/i18n'
import { QueryGate } from '../QueryGate'
import { CaptchaTestPage } from './CaptchaTestPage'
import { KeySetEditor } from './KeySetEditor'

/** Developer > Credential Management > CAPTCHA. */
export function CaptchaTab() {
  const query = useQuery(captchaKeySetsQuery())
  return <QueryGate query={query}>{(keySets) => <KeySets keySets={keySets} />}</QueryGate>
}

/**
 * The editor's React key stays the same once a new key set is created, so nothing typed while the
 * create was in flight is lost; `id` follows the saved key set.
 */
interface Selection {
  key: string
  id: string | null
}

let newCount = 0
const firstOf = (keySets: readonly CaptchaKeySet[]): Selection =>
  keySets[0] ? { key: keySets[0].id, id: keySets[0].id } : { key: `new-${++newCount}`, id: null }

function KeySets({ keySets }: { keySets: CaptchaKeySet[] }) {
  const { t } = useTranslation('credentials')
  const [selection, setSelection] = useState<Selection>(() => firstOf(keySets))
  // Each Generate New Test Page makes a fresh page (a new widget, no token yet).
  const [testPage, setTestPage] = useState(0)
  const keySet = keySets.find((k) => k.id === selection.id) ?? null
  const active = keySets.filter((k) => k.active)

  return (
    <Stack spacing={2}>
      <Typography>{t('captcha.intro')}</Typography>
      {active.length > 0 ? (
        <Alert severity="warning" role="status">
          {t('captcha.activeWarning', {
            count: active.length,
            names: active.map((k) => k.name).join(', '),
          })}
        </Alert>
      ) : (
        <Alert severity="info" role="status">
          {t('captcha.inactive')}
        </Alert>
      )}
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1}
        sx={{ alignItems: { sm: 'center' } }}
      >
        {keySets.length === 0 ? (
          // A message of its own, not a disabled list's helper text: that is too faint to read.
          <Typography color="text.secondary">{t('captcha.noKeySets')}</Typography>
        ) : (
          <TextField
            select
            label={t('captcha.keySet')}
            // A key set just created is selected before the list read again holds it.
            value={keySet ? keySet.id : ''}
            onChange={(event) => {
              setSelection({ key: event.target.value, id: event.target.value })
              setTestPage(0)
            }}
            sx={{ minWidth: 280 }}
          >
            {keySets.map((k) => (
              <MenuItem key={k.id} value={k.id}>
                {k.active ? t('captcha.activeTag', { name: k.name }) : k.name}
              </MenuItem>
            ))}
          </TextField>
        )}
        <Button
          variant="outlined"
          onClick={() => {
            setSelection({ key: `new-${++newCount}`, id: null })
            setTestPage(0)
          }}
        >
          {t('captcha.newKeySet')}
        </Button>
      </Stack>
      <KeySetEditor
        key={selection.key}
        keySet={keySet}
        otherNames={keySets.filter((k) => k.id !== selection.id).map((k) => k.name)}
        onCreated={(saved) => setSelection((current) => ({ ...current, id: saved.id }))}
        onGone={() => {
          setSelection(firstOf(keySets.filter((k) => k.id !== selection.id)))
          setTestPage(0)
        }}
      />
      <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
        <Button variant="outlined" disabled={!keySet} onClick={() => setTestPage((n) => n + 1)}>
          {t('captcha.test.generate')}
        </Button>
        <Typography variant="body2" color="text.secondary">
          {keySet ? t('captcha.test.unsavedNote') : t('captcha.test.saveFirst')}
        </Typography>
      </Stack>
      {keySet && testPage > 0 && (
        <CaptchaTestPage key={`${keySet.id}-${testPage}`} keySet={keySet} />
      )}
    </Stack>
  )
}
