import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { KEY_CHECK_LIMIT } from '@/domain/apiKey'
import { renderApp } from '@/test/renderApp'
import { currentSimulator } from '@mocks/node'
import { DEMO_API_KEY } from '@mocks/seed/tenant'

const field = () => screen.getByRole('textbox', { name: 'API Key' })
const validate = () => screen.getByRole('button', { name: 'Validate API Key' })

describe('Developer > API Key Validation', () => {
  it('says a pasted key is valid or invalid, as the engagement API would', async () => {
    const { user } = await renderApp('/developer/api-key-validation', { as: 'developer' })
    await user.click(await screen.findByRole('textbox', { name: 'API Key' }))
    await user.paste(`  ${DEMO_API_KEY}\n`)
    await user.click(validate())
    expect(await screen.findByText('Valid API Key')).toBeInTheDocument()
    await user.clear(field())
    expect(screen.queryByText('Valid API Key')).not.toBeInTheDocument()
    await user.type(field(), 'not-a-key')
    await user.keyboard('{Enter}')
    expect(await screen.findByText('Invalid API Key')).toBeInTheDocument()
    expect(field()).toHaveValue('not-a-key')
  })

  it.each([
    ['', 'Paste an API key.'],
    ['two words', 'An API key has only visible ASCII characters, without spaces.'],
    ['<script> x', 'An API key has only visible ASCII characters, without spaces.'],
    ['k'.repeat(129), 'An API key has at most 128 characters.'],
  ])(
    'says what is wrong with %j next to the field, without asking the tenant',
    async (key, message) => {
      const { user } = await renderApp('/developer/api-key-validation', { as: 'developer' })
      await screen.findByRole('textbox', { name: 'API Key' })
      if (key) {
        await user.click(field())
        await user.paste(key)
      }
      await user.click(validate())
      expect(await screen.findByText(message)).toBeInTheDocument()
      expect(field()).toHaveAttribute('aria-invalid', 'true')
      expect(field()).toHaveValue(key)
      expect(currentSimulator().tenant().state.apiKeyChecks).toEqual({})
    },
  )

  it('explains the throttle after repeated invalid keys', async () => {
    const { user } = await renderApp('/developer/api-key-validation', { as: 'developer' })
    await screen.findByRole('textbox', { name: 'API Key' })
    for (let n = 0; n <= KEY_CHECK_LIMIT; n++) {
      await user.clear(field())
      await user.type(field(), `guess-${n}`)
      await user.click(validate())
      if (n < KEY_CHECK_LIMIT)
        expect(await screen.findByText('Invalid API Key')).toBeInTheDocument()
    }
    expect(
      await screen.findByText('Too many invalid keys checked. Try again in 15 minutes.'),
    ).toBeInTheDocument()
    expect(screen.queryByText('Invalid API Key')).not.toBeInTheDocument()
  })

  it('shows Administrators the demo key and lets them check it', async () => {
    const { user } = await renderApp('/developer/api-key-validation', { as: 'admin' })
    expect(await screen.findByTestId('demo-api-key')).toHaveTextContent(DEMO_API_KEY)
    await user.click(screen.getByRole('button', { name: 'Check this key' }))
    expect(field()).toHaveValue(DEMO_API_KEY)
    expect(await screen.findByText('Valid API Key')).toBeInTheDocument()
  })

  it('tells a Developer where the demo key is without showing it', async () => {
    await renderApp('/developer/api-key-validation', { as: 'developer' })
    expect(
      await screen.findByText(
        'The tenant server prints the demo API key when it starts (npm start).',
      ),
    ).toBeInTheDocument()
    expect(screen.queryByTestId('demo-api-key')).not.toBeInTheDocument()
    expect(document.body).not.toHaveTextContent(DEMO_API_KEY)
  })

  it('says nothing of a demo key on a real tenant', async () => {
    await renderApp('/developer/api-key-validation', { as: 'admin', config: { demoTenant: false } })
    await screen.findByRole('textbox', { name: 'API Key' })
    await waitFor(() => expect(screen.queryByText(/demo API key/)).not.toBeInTheDocument())
  })

  it('speaks French', async () => {
    const { user } = await renderApp('/developer/api-key-validation', { as: 'developer' })
    await user.click(await screen.findByRole('button', { name: 'Language: English' }))
    await user.click(screen.getByRole('menuitem', { name: 'Français' }))
    await user.click(await screen.findByRole('button', { name: 'Valider la clé d’API' }))
    expect(await screen.findByText('Collez une clé d’API.')).toBeInTheDocument()
  })
})
