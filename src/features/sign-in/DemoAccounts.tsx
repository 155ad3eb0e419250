import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useTranslation } from '@/i18n/i18n'
import type { Role } from '@/domain/roles'

/** The accounts the embedded demo tenant ships (product.md §1.4); all use the password "demo". */
const ACCOUNTS: Array<{ username: string; role: Role | 'NONE' | 'SALES' }> = [
  { username: 'admin', role: 'ADMINISTRATOR' },
  { username: 'supervisor', role: 'SUPERVISOR' },
  { username: 'monitor', role: 'MONITOR' },
  { username: 'developer', role: 'DEVELOPER' },
  { username: 'sales.supervisor', role: 'SALES' },
  { username: 'agent', role: 'NONE' },
]

export function DemoAccounts({ onPick }: { onPick: (username: string) => void }) {
  const { t } = useTranslation()
  const roleLabel = (role: (typeof ACCOUNTS)[number]['role']) =>
    role === 'NONE'
      ? t('signIn.demoNoRole')
      : role === 'SALES'
        ? t('signIn.demoSalesOnly')
        : t(`roles.${role}`)
  return (
    <section aria-labelledby="demo-accounts">
      <Typography id="demo-accounts" variant="subtitle1" component="h2">
        {t('signIn.demoAccounts')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('signIn.demoAccountsHelp')}
      </Typography>
      <Stack component="ul" spacing={0.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {ACCOUNTS.map(({ username, role }) => (
          <Stack
            component="li"
            key={username}
            direction="row"
            spacing={1}
            sx={{ alignItems: 'center' }}
          >
            <Button
              size="small"
              variant="outlined"
              onClick={() => onPick(username)}
              aria-label={t('signIn.useAccount', { username })}
              sx={{
                textTransform: 'none',
                fontFamily: 'monospace',
                minWidth: 160,
                justifyContent: 'flex-start',
              }}
            >
              {username}
            </Button>
            <Typography variant="body2" color="text.secondary">
              {roleLabel(role)}
            </Typography>
          </Stack>
        ))}
      </Stack>
    </section>
  )
}
