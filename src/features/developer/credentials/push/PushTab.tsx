import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import { firebaseCredentialsQuery } from '@/api/credentials'
import { useTranslation } from '@/i18n/i18n'
import { QueryGate } from '../QueryGate'
import { FirebaseTestForm } from './FirebaseTestForm'
import { FirebaseUpdateForm } from './FirebaseUpdateForm'

/** Developer > Credential Management > Push Notification: Update and Test Firebase Credentials. */
export function PushTab() {
  const { t } = useTranslation('credentials')
  const query = useQuery(firebaseCredentialsQuery())
  return (
    <Stack spacing={2}>
      <Typography>{t('push.intro')}</Typography>
      <QueryGate query={query}>
        {(saved) => (
          <Stack
            direction={{ xs: 'column', lg: 'row' }}
            spacing={2}
            sx={{ alignItems: { lg: 'flex-start' } }}
          >
            <FirebaseUpdateForm saved={saved} />
            <FirebaseTestForm project={saved?.projectName ?? null} />
          </Stack>
        )}
      </QueryGate>
    </Stack>
  )
}
