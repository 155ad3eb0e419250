import AccountCircle from '@mui/icons-material/AccountCircle'
import Button from '@mui/material/Button'
import Divider from '@mui/material/Divider'
import ListItemText from '@mui/material/ListItemText'
import Menu from '@mui/material/Menu'
import MenuItem from '@mui/material/MenuItem'
import { useId, useState } from 'react'
import { useTranslation } from '@/i18n/i18n'
import { useCurrentUser } from '@/api/session'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { useDemo } from '../demo'
import { useSignOut } from '../session/useSignOut'

/** Who is signed in, with what role; sign out; on the demo tenant, reset its data. */
export function AccountMenu() {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const demo = useDemo()
  const signOut = useSignOut()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const [confirmReset, setConfirmReset] = useState(false)
  const [resetting, setResetting] = useState(false)
  const menuId = useId()
  const role = t(`roles.${user.role}`)

  return (
    <>
      <Button
        color="inherit"
        startIcon={<AccountCircle />}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        // The visible name and role come first, so speech input can click it by what it shows.
        aria-label={t('header.userMenu', { name: user.displayName, role })}
        onClick={(e) => setAnchor(e.currentTarget)}
        sx={{ textTransform: 'none', minWidth: 0 }}
      >
        <ListItemText
          primary={user.displayName}
          secondary={role}
          sx={{ display: { xs: 'none', sm: 'block' }, my: 0, textAlign: 'left' }}
          slotProps={{ secondary: { sx: { color: 'inherit', opacity: 0.85 } } }}
        />
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        <MenuItem disabled>
          <ListItemText
            primary={t('header.signedInAs', { name: user.username, role })}
            secondary={
              user.restricted
                ? t('header.restricted', { queues: user.permittedQueues.length })
                : undefined
            }
          />
        </MenuItem>
        <Divider />
        {demo && (!demo.shared || user.role === 'ADMINISTRATOR') && (
          <MenuItem
            onClick={() => {
              setAnchor(null)
              setConfirmReset(true)
            }}
          >
            {t('header.resetDemo')}
          </MenuItem>
        )}
        <MenuItem
          onClick={() => {
            setAnchor(null)
            void signOut('signedOut')
          }}
        >
          {t('header.signOut')}
        </MenuItem>
      </Menu>
      {demo && (
        <ConfirmDialog
          open={confirmReset}
          title={t('header.resetDemoTitle')}
          confirmLabel={t('header.resetDemoConfirm')}
          destructive
          busy={resetting}
          onClose={() => setConfirmReset(false)}
          onConfirm={() => {
            setResetting(true)
            // On success this menu goes away with the signed-in frame: no state update after that.
            void demo
              .reset()
              .then(() => signOut('signedOut'))
              .catch(() => {
                setResetting(false)
                setConfirmReset(false)
              })
          }}
        >
          {demo.shared ? t('header.resetSharedDemoBody') : t('header.resetDemoBody')}
        </ConfirmDialog>
      )}
    </>
  )
}
