import CssBaseline from '@mui/material/CssBaseline'
import { ThemeProvider } from '@mui/material/styles'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { Suspense, useState, type ReactNode } from 'react'
import { BrowserRouter } from 'react-router'
import { Loading } from '@/components/Loading'
import { AppConfigContext } from '@/lib/appConfig'
import type { AppConfig } from '@/lib/config'
import { DemoContext, type DemoControls } from './demo'
import { ErrorBoundary } from './ErrorBoundary'
import { RecoveredNotice } from './RecoveredNotice'
import { createQueryClient } from './queryClient'
import { AppRoutes } from './router'
import { theme } from './theme'

interface AppProps {
  config: AppConfig
  demo: DemoControls | null
  /** Tests pass their own client and a memory router. */
  queryClient?: QueryClient
  router?: (routes: ReactNode) => ReactNode
}

/**
 * Navigations render at once, not as transitions: a list's page or sort lives in the URL, and a
 * transition spread its render over many small slices while the answer was already there (30–45 ms
 * more per page change, measured by `npm run bench`). A tab whose code is not loaded yet shows its
 * loading state instead of holding the last tab.
 */
const browserRouter = (routes: ReactNode) => (
  <BrowserRouter useTransitions={false}>{routes}</BrowserRouter>
)

export function App({ config, demo, queryClient: givenClient, router = browserRouter }: AppProps) {
  const [queryClient] = useState(() => givenClient ?? createQueryClient())
  return (
    <AppConfigContext.Provider value={config}>
      <DemoContext.Provider value={demo}>
        <QueryClientProvider client={queryClient}>
          <ThemeProvider theme={theme}>
            <CssBaseline />
            <ErrorBoundary startFailure={demo?.startFailure ?? null}>
              <RecoveredNotice />
              <Suspense fallback={<Loading minHeight={400} />}>{router(<AppRoutes />)}</Suspense>
            </ErrorBoundary>
          </ThemeProvider>
        </QueryClientProvider>
      </DemoContext.Provider>
    </AppConfigContext.Provider>
  )
}
