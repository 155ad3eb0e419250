import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useTranslation } from '@/i18n/i18n'
import type { Role } from '@/domain/roles'

/**
 * The accounts the embedded demo tenant ships (product.md §1.4, and one restricted developer for
 * the Errors page's line-of-business rule); all use the password "demo".
 */
const ACCOUNTS: Array<{ username: string; role: Role | 'NONE'; salesOnly?: boolean }> = [
  { username: 'admin', role: 'ADMINISTRATOR' },
  { username: 'supervisor', role: 'SUPERVISOR' },
  { username: 'monitor', role: 'MONITOR' },
  { username: 'developer', role: 'DEVELOPER' },
  { username: 'sales.supervisor', role: 'SUPERVISOR', salesOnly: true },
  { username: 'sales.developer', role: 'DEVELOPER', salesOnly: true },
  { username: 'agent', role: 'NONE' },
]

export function DemoAccounts({ onPick }: { onPick: (username: string) => void }) {
  const { t } = useTranslation()
  const roleLabel = ({ role, salesOnly }: (typeof ACCOUNTS)[number]) =>
    role === 'NONE'
      ? t('signIn.demoNoRole')
      : salesOnly
        ? t('signIn.demoSalesOnly', { role: t(`roles.${role}`) })
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
        {ACCOUNTS.map((account) => (
          <Stack
            component="li"
            key={account.username}
            direction="row"
            spacing={1}
            sx={{ alignItems: 'center' }}
          >
            <Button
              size="small"
              variant="outlined"
              onClick={() => onPick(account.username)}
              aria-label={t('signIn.useAccount', { username: account.username })}
              sx={{
                textTransform: 'none',
                fontFamily: 'monospace',
                minWidth: 160,
                justifyContent: 'flex-start',
              }}
            >
              {account.username}
            </Button>
            <Typography variant="body2" color="text.secondary">
              {roleLabel(account)}
            </Typography>
          </Stack>
        ))}
      </Stack>
    </section>
  )
}
