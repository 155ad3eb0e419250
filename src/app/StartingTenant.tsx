import Box from '@mui/material/Box'
import CircularProgress from '@mui/material/CircularProgress'
import CssBaseline from '@mui/material/CssBaseline'
import { ThemeProvider } from '@mui/material/styles'
import Typography from '@mui/material/Typography'
import { useId } from 'react'
import { useTranslation } from '@/i18n/i18n'
import { theme } from './theme'

/**
 * What the page shows while the tenant inside it starts (reading the saved tenant, or seeding a
 * fresh one, takes from about a second to several): a blank page would look broken.
 */
export function StartingTenant() {
  const { t } = useTranslation()
  const label = useId()
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <Box component="main" sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
        <Box role="status" sx={{ display: 'grid', justifyItems: 'center', gap: 2 }}>
          <CircularProgress aria-labelledby={label} />
          <Typography id={label} color="text.secondary">
            {t('startingDemo')}
          </Typography>
        </Box>
      </Box>
    </ThemeProvider>
  )
}
