import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QueryClient } from '@tanstack/react-query'
import { MemoryRouter, useLocation } from 'react-router'
import { App } from '@/app/App'
import type { DemoControls } from '@/app/demo'
import { DEFAULT_CONFIG, type AppConfig } from '@/lib/config'
import { signInAs } from '@mocks/testing/signIn'
import { renderInAct } from './renderInAct'

function LocationProbe() {
  const location = useLocation()
  return (
    <output data-testid="location" hidden>
      {location.pathname + location.search}
    </output>
  )
}

/** The path the app is showing (the memory router's, not the window's). */
export function currentPath(): string {
  return screen.getByTestId('location').textContent
}

/**
 * Render the whole app at a path, optionally signed in first as one of the demo accounts. Reads are
 * not retried, so a failure shows at once.
 */
export async function renderApp(
  path: string,
  options: { as?: string; config?: Partial<AppConfig>; demo?: DemoControls } = {},
) {
  if (options.as) await signInAs(options.as)
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  })
  const user = userEvent.setup()
  const view = await renderInAct(
    <App
      config={{ ...DEFAULT_CONFIG, demoTenant: true, ...options.config }}
      demo={options.demo ?? null}
      queryClient={queryClient}
      router={(routes) => (
        // Navigations render at once, as in the app's browser router (src/app/App.tsx).
        <MemoryRouter initialEntries={[path]} useTransitions={false}>
          {routes}
          <LocationProbe />
        </MemoryRouter>
      )}
    />,
  )
  return { user, queryClient, ...view }
}
