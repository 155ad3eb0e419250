import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '@/test/renderApp'
import { resetTenant, TEST_NOW } from '@mocks/node'
import { TEST_ORIGIN } from '@mocks/testing/setup'

const rows = async () =>
  within(await screen.findByRole('table', { name: 'Allowed origins' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent)

describe('Developer > Allowed CORS Domains', () => {
  it("lists the app's own origin and the ones the tenant server was started with", async () => {
    resetTenant({
      now: () => TEST_NOW,
      transport: { httpOnlyCookies: false, corsOrigins: ['https://shop.example.com'] },
    })
    await renderApp('/developer/cors-domains', { as: 'developer' })
    expect(await rows()).toEqual([
      `${TEST_ORIGIN}This app's own origin`,
      "https://shop.example.comAdded in the tenant server's configuration",
    ])
    expect(screen.getByRole('heading', { name: 'Adding an origin' })).toBeInTheDocument()
    expect(screen.getByText(/--cors-origins https:\/\/shop.example.com/)).toBeInTheDocument()
  })

  it('offers no way to edit the list', async () => {
    await renderApp('/developer/cors-domains', { as: 'admin' })
    const table = await screen.findByRole('table', { name: 'Allowed origins' })
    expect(within(table).queryAllByRole('button')).toEqual([])
    expect(within(table).queryAllByRole('textbox')).toEqual([])
  })

  it('speaks French', async () => {
    const { user } = await renderApp('/developer/cors-domains', { as: 'admin' })
    await user.click(await screen.findByRole('button', { name: 'Language: English' }))
    await user.click(screen.getByRole('menuitem', { name: 'Français' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Domaines CORS autorisés' }),
    ).toBeInTheDocument()
    expect(await screen.findByText('L’origine de cette application')).toBeInTheDocument()
  })
})
