import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { demoApiKeyQuery } from '@/api/developer'
import { ErrorAlert } from '@/components/ErrorAlert'
import { useTranslation } from '@/i18n/i18n'

/**
 * Where the demo tenant's API key is: printed by the tenant server, and shown here to
 * Administrators (the tenant refuses it to everyone else). Held in memory only.
 */
export function DemoApiKey({ shown, onUse }: { shown: boolean; onUse: (key: string) => void }) {
  const { t } = useTranslation('developer')
  return (
    <Paper component="section" variant="outlined" sx={{ p: 2 }} aria-labelledby="demo-api-key">
      <Stack spacing={1}>
        <Typography id="demo-api-key" variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {t('apiKey.demoTitle')}
        </Typography>
        <Typography variant="body2">{t('apiKey.demoWhere')}</Typography>
        {shown ? (
          <ShownKey onUse={onUse} />
        ) : (
          <Typography variant="body2">{t('apiKey.demoOthers')}</Typography>
        )}
      </Stack>
    </Paper>
  )
}

function ShownKey({ onUse }: { onUse: (key: string) => void }) {
  const { t } = useTranslation('developer')
  const demo = useQuery(demoApiKeyQuery())
  const [copied, setCopied] = useState(false)
  if (demo.isPending) return null
  if (demo.isError) return <ErrorAlert error={demo.error} title={t('apiKey.demoFailed')} />
  const key = demo.data.apiKey
  return (
    <>
      <Typography variant="body2">{t('apiKey.demoAdmin')}</Typography>
      <Typography
        component="code"
        data-testid="demo-api-key"
        sx={{
          fontFamily: 'monospace',
          wordBreak: 'break-all',
          bgcolor: 'action.hover',
          p: 1,
          borderRadius: 1,
        }}
      >
        {key}
      </Typography>
      <Stack direction="row" spacing={1}>
        {/* The clipboard is there only on HTTPS and localhost. */}
        {window.isSecureContext && (
          <Button
            size="small"
            onClick={() => void navigator.clipboard.writeText(key).then(() => setCopied(true))}
          >
            {copied ? t('apiKey.copied') : t('apiKey.copy')}
          </Button>
        )}
        <Button size="small" onClick={() => onUse(key)}>
          {t('apiKey.useDemo')}
        </Button>
      </Stack>
    </>
  )
}
