import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '@/test/renderApp'
import { findSecrets } from '@mocks/testing/secretScan'
import { currentSimulator } from '@mocks/node'
import { storageText } from '../storageText'

const form = async () => within(await screen.findByRole('form', { name: 'Update GWS Credentials' }))

describe('GWS Credentials', () => {
  it.each([
    ['empty', '', '', [/Enter the username/, /Enter the password/]],
    [
      'a script tag and a too long password',
      '<script>alert(1)</script>',
      'p'.repeat(257),
      [/no spaces, quotes/, /at most 256 characters/],
    ],
  ] as const)(
    'refuses %s input next to the fields and keeps it',
    async (_what, username, password, messages) => {
      const { user } = await renderApp('/developer/credentials/gws', { as: 'developer' })
      const f = await form()
      const name = f.getByRole('textbox', { name: /Username/ })
      const secret = f.getByLabelText(/Password/)
      if (username) await user.type(name, username)
      if (password) await user.click(secret).then(() => user.paste(password))
      await user.click(f.getByRole('button', { name: 'Update' }))
      await waitFor(() => expect(name).toHaveAccessibleDescription(messages[0]))
      expect(secret).toHaveAccessibleDescription(messages[1])
      expect(name).toHaveValue(username)
      expect(secret).toHaveValue(password)
      expect(currentSimulator().tenant().state.credentials.gws).toBeNull()
    },
  )

  it('saves, says the proxy answers, and never shows or keeps the password', async () => {
    const password = 'Gws-Pa55word-Never-Shown!'
    const { user } = await renderApp('/developer/credentials/gws', { as: 'admin' })
    expect(
      await screen.findByText(/refuses requests until GWS credentials are saved/),
    ).toBeInTheDocument()
    const f = await form()
    await user.type(f.getByRole('textbox', { name: /Username/ }), 'stats.reader')
    await user.type(f.getByLabelText(/Password/), password)
    await user.click(f.getByRole('button', { name: 'Update' }))
    expect(await screen.findByText(/GWS credentials of stats.reader updated/)).toBeInTheDocument()
    expect(
      screen.getByText('The statistics proxy answers with these credentials.'),
    ).toBeInTheDocument()
    await waitFor(() => expect(f.getByLabelText(/Password/)).toHaveValue(''))
    expect(f.getByRole('textbox', { name: /Username/ })).toHaveValue('stats.reader')
    expect(
      findSecrets(
        {
          page: document.body.innerHTML,
          storage: storageText(localStorage) + storageText(sessionStorage),
          state: JSON.stringify(currentSimulator().tenant().state),
        },
        [password],
      ),
    ).toEqual([])
  })
})
