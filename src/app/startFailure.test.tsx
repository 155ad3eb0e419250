import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_CONFIG } from '@/lib/config'
import { changeLanguage } from '@/i18n/i18n'
import { renderApp } from '@/test/renderApp'
import { renderInAct } from '@/test/renderInAct'
import { App } from './App'
import { installConsoleGuard } from '@/test/consoleGuard'
import type { DemoControls } from './demo'

/** Stored demo data that cannot be used never leaves the user on a page with no way out. */
function inPageDemo(overrides: Partial<DemoControls> = {}): DemoControls {
  return {
    shared: false,
    recovered: null,
    startFailure: null,
    reset: vi.fn(() => Promise.resolve()),
    forgetSession: () => undefined,
    ...overrides,
  }
}

const realLocation = window.location
let reload: ReturnType<typeof vi.fn>
beforeEach(() => {
  reload = vi.fn()
  // jsdom cannot reload; the page's own location is replaced for these tests only.
  Object.defineProperty(window, 'location', {
    configurable: true,
    value: {
      href: realLocation.href,
      origin: realLocation.origin,
      pathname: '/',
      search: '',
      reload,
    },
  })
})
afterEach(() => {
  Object.defineProperty(window, 'location', { configurable: true, value: realLocation })
})

describe('a demo tenant that could not start', () => {
  it('says so, with the reason, and Reset demo data sets the saved copy aside and reloads', async () => {
    const reset = vi.fn(() => Promise.resolve())
    const demo = inPageDemo({ startFailure: 'the saved tenant is not an object', reset })
    const { user } = await renderApp('/callback', { demo })
    expect(
      await screen.findByRole('heading', { name: 'The demo tenant could not start' }),
    ).toBeVisible()
    expect(screen.getByText(/What went wrong: the saved tenant is not an object/)).toBeVisible()
    expect(screen.queryByLabelText('Username')).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Reset demo data' }))
    const confirm = await screen.findByRole('dialog', { name: 'Reset the demo tenant?' })
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    await user.click(within(confirm).getByRole('button', { name: 'Reset demo data' }))
    await vi.waitFor(() => expect(reload).toHaveBeenCalledOnce())
    expect(reset).toHaveBeenCalledOnce()
  })

  it('is said in French too', async () => {
    await changeLanguage('fr')
    try {
      await renderApp('/callback', { demo: inPageDemo({ startFailure: 'x' }) })
      expect(
        await screen.findByRole('heading', {
          name: 'Le locataire de démonstration n’a pas pu démarrer',
        }),
      ).toBeVisible()
      expect(
        screen.getByRole('button', { name: 'Réinitialiser les données de démonstration' }),
      ).toBeVisible()
    } finally {
      await changeLanguage('en')
    }
  })
})

describe('a page that fails while rendering', () => {
  function Boom(): never {
    throw new Error('the page could not render this data')
  }

  it('offers Reset demo data on the tenant inside the page, beside Reload', async () => {
    await renderInAct(<App config={DEFAULT_CONFIG} demo={inPageDemo()} router={() => <Boom />} />)
    expect(await screen.findByRole('heading', { name: 'This page failed' })).toBeVisible()
    expect(screen.getByRole('button', { name: 'Reset demo data' })).toBeVisible()
    expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible()
    expect(installConsoleGuard().take().join('\n')).toMatch(/could not render this data/)
  })

  it('offers only Reload on the shared tenant server, whose data is everyone’s', async () => {
    await renderInAct(
      <App config={DEFAULT_CONFIG} demo={inPageDemo({ shared: true })} router={() => <Boom />} />,
    )
    expect(await screen.findByRole('heading', { name: 'This page failed' })).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Reset demo data' })).toBeNull()
    expect(installConsoleGuard().take().join('\n')).toMatch(/could not render this data/)
  })
})

describe('saved demo data that could not be read', () => {
  it('is reported once the fresh tenant runs, with where the damaged copy is, until closed', async () => {
    const { user } = await renderApp('/callback', {
      demo: inPageDemo({ recovered: "the saved tenant's numberRules is missing" }),
    })
    const notice = await screen.findByRole('alert')
    expect(notice).toHaveTextContent('Your saved demo data could not be read')
    expect(notice).toHaveTextContent(/state\.unreadable.*numberRules is missing/)
    expect(await screen.findByLabelText('Username')).toBeVisible()
    await user.click(within(notice).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
