import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { currentPath, renderApp } from '@/test/renderApp'

describe('signing in', () => {
  it('sends an anonymous visitor to sign-in and back to the page asked for', async () => {
    const { user } = await renderApp('/tools')
    expect(
      await screen.findByRole('heading', { name: 'Sign in to Callback Admin' }),
    ).toBeInTheDocument()
    expect(currentPath()).toBe('/sign-in?next=%2Ftools')
    await user.type(screen.getByLabelText('Username'), 'admin')
    await user.type(screen.getByLabelText('Password'), 'demo')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('heading', { name: 'Queues', level: 1 })).toBeInTheDocument()
    expect(currentPath()).toBe('/tools/queues')
  })

  it('says what is missing before sending anything', async () => {
    const { user } = await renderApp('/sign-in')
    await user.click(await screen.findByRole('button', { name: 'Sign in' }))
    expect(screen.getByText('Enter your username.')).toBeInTheDocument()
    expect(screen.getByText('Enter your password.')).toBeInTheDocument()
  })

  it('refuses a wrong password and the agent account with clear messages, keeping the input', async () => {
    const { user } = await renderApp('/sign-in')
    await user.type(await screen.findByLabelText('Username'), 'admin')
    await user.type(screen.getByLabelText('Password'), 'wrong')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByText('Wrong username or password.')).toBeInTheDocument()
    expect(screen.getByLabelText('Username')).toHaveValue('admin')
    await user.click(screen.getByRole('button', { name: 'Use agent' }))
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByText(/has no Callback role/)).toBeInTheDocument()
    expect(currentPath()).toBe('/sign-in')
  })
})

describe('tabs by role', () => {
  const cases = [
    ['admin', ['Callback', 'Developer', 'Call-In', 'Tools']],
    ['supervisor', ['Callback', 'Tools']],
    ['developer', ['Callback', 'Developer', 'Call-In', 'Tools']],
    ['monitor', ['Callback']],
    ['sales.supervisor', ['Callback', 'Tools']],
  ] as const
  it.each(cases)('%s sees exactly its tabs', async (account, tabs) => {
    await renderApp('/', { as: account })
    const nav = await screen.findByRole('navigation', { name: 'Sections' })
    await waitFor(() =>
      expect(
        within(nav)
          .getAllByRole('tab')
          .map((t) => t.textContent),
      ).toEqual([...tabs]),
    )
    await waitFor(() => expect(currentPath()).toBe('/callback'))
  })

  it.each([
    ['monitor', '/tools'],
    ['monitor', '/developer'],
    ['supervisor', '/call-in'],
    ['supervisor', '/developer/errors'],
  ])('%s gets the not-authorized page at %s', async (account, path) => {
    await renderApp(path, { as: account })
    expect(await screen.findByRole('heading', { name: 'Not authorized' })).toBeInTheDocument()
    expect(currentPath()).toBe(path)
  })

  it('shows not found for an unknown address', async () => {
    await renderApp('/nowhere', { as: 'admin' })
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
  })
})

describe('language', () => {
  it('switches to French and keeps it for the user', async () => {
    const { user } = await renderApp('/tools', { as: 'admin' })
    await user.click(await screen.findByRole('button', { name: 'Language: English' }))
    await user.click(screen.getByRole('menuitem', { name: 'Français' }))
    expect(await screen.findByRole('tab', { name: 'Outils' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('fr')
  })
})
