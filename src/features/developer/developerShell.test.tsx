import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { currentPath, renderApp } from '@/test/renderApp'

const MENU = ['Errors', 'API Key Validation', 'Credential Management', 'Allowed CORS Domains']
const PATHS = [
  '/developer',
  '/developer/errors',
  '/developer/api-key-validation',
  '/developer/credentials',
  '/developer/cors-domains',
]

const menu = async (name = 'Developer') => within(await screen.findByRole('navigation', { name }))

describe('the Developer tab', () => {
  it.each(['admin', 'developer'])('shows %s its menu and opens Errors first', async (account) => {
    await renderApp('/developer', { as: account })
    const links = (await menu()).getAllByRole('link')
    expect(links.map((link) => link.textContent)).toEqual(MENU)
    await waitFor(() => expect(currentPath()).toBe('/developer/errors'))
    expect(await screen.findByRole('heading', { level: 1, name: 'Errors' })).toBeInTheDocument()
    expect((await menu()).getByRole('link', { name: 'Errors' })).toHaveAttribute(
      'aria-current',
      'page',
    )
  })

  it('moves between its pages from the menu', async () => {
    const { user } = await renderApp('/developer/errors', { as: 'developer' })
    for (const [name, path] of [
      ['API Key Validation', '/developer/api-key-validation'],
      ['Credential Management', '/developer/credentials'],
      ['Allowed CORS Domains', '/developer/cors-domains'],
      ['Errors', '/developer/errors'],
    ] as const) {
      await user.click((await menu()).getByRole('link', { name }))
      await waitFor(() => expect(currentPath()).toBe(path))
      expect((await menu()).getByRole('link', { name })).toHaveAttribute('aria-current', 'page')
    }
  })

  it.each(
    ['supervisor', 'monitor', 'sales.supervisor'].flatMap((account) =>
      PATHS.map((path) => [account, path] as const),
    ),
  )('refuses %s at %s without showing the menu', async (account, path) => {
    await renderApp(path, { as: account })
    expect(await screen.findByRole('heading', { name: 'Not authorized' })).toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: 'Developer' })).not.toBeInTheDocument()
    expect(currentPath()).toBe(path)
  })

  it('answers an unknown Developer page with a way back', async () => {
    await renderApp('/developer/nothing-here', { as: 'developer' })
    expect(
      await screen.findByRole('heading', { name: 'No such Developer page' }),
    ).toBeInTheDocument()
    expect(await menu()).toBeDefined()
  })

  it('speaks French', async () => {
    const { user } = await renderApp('/developer', { as: 'admin' })
    await user.click(await screen.findByRole('button', { name: 'Language: English' }))
    await user.click(screen.getByRole('menuitem', { name: 'Français' }))
    const links = (await menu('Développeur')).getAllByRole('link')
    expect(links.map((link) => link.textContent)).toEqual([
      'Erreurs',
      'Validation de clé d’API',
      'Gestion des identifiants',
      'Domaines CORS autorisés',
    ])
  })
})
