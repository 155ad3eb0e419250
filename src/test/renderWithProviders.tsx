import CssBaseline from '@mui/material/CssBaseline'
import { ThemeProvider } from '@mui/material/styles'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import userEvent from '@testing-library/user-event'
import { Suspense, type ReactNode } from 'react'
import { MemoryRouter } from 'react-router'
import { queryKeys } from '@/api/keys'
import { theme } from '@/app/theme'
import { AppConfigContext } from '@/lib/appConfig'
import { DEFAULT_CONFIG } from '@/lib/config'
import { StableNavigation } from '@/lib/stableNavigate'
import { signInAs } from '@mocks/testing/signIn'
import { renderInAct } from './renderInAct'

/**
 * Render one component with everything the app provides (query client, theme, router, config),
 * signed in as a demo account against the simulator — for dialogs and widgets tested on their own.
 */
export async function renderWithProviders(ui: ReactNode, options: { as?: string } = {}) {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  })
  if (options.as) queryClient.setQueryData(queryKeys.session, await signInAs(options.as))
  const user = userEvent.setup()
  const view = await renderInAct(
    <AppConfigContext.Provider value={{ ...DEFAULT_CONFIG, demoTenant: true }}>
      <QueryClientProvider client={queryClient}>
        <ThemeProvider theme={theme}>
          <CssBaseline />
          <MemoryRouter>
            <StableNavigation>
              <Suspense fallback={<p>Loading…</p>}>{ui}</Suspense>
            </StableNavigation>
          </MemoryRouter>
        </ThemeProvider>
      </QueryClientProvider>
    </AppConfigContext.Provider>,
  )
  return { user, queryClient, ...view }
}
