import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '@/test/renderApp'
import { currentSimulator } from '@mocks/node'

const SITE = '6LcQ3kEqAAAAAH1n2x8gK0dP5rT7uV9wY-bZ_cD4'
const SECRET = '6LcQ3kEqAAAAAJf0s8HkLm2Nq4Rt6Uv8Wx-Yz_A1'

const editor = async (name: string) => within(await screen.findByRole('form', { name }))
const set = (f: { getByLabelText: (label: RegExp) => HTMLElement }, label: RegExp, value: string) =>
  fireEvent.change(f.getByLabelText(label), { target: { value } })

describe('CAPTCHA key sets', () => {
  it('refuses bad fields next to them and keeps what was typed', async () => {
    const { user } = await renderApp('/developer/credentials/captcha', { as: 'developer' })
    const f = await editor('New key set')
    set(f, /Key Set Name/, '<script>x</script>')
    set(f, /Site Key/, 'too-short')
    await user.click(f.getByRole('radio', { name: /V3/ }))
    set(f, /Threshold/, '150')
    await user.click(f.getByRole('button', { name: 'Save' }))
    await waitFor(() =>
      expect(f.getByLabelText(/Key Set Name/)).toHaveAccessibleDescription(/no < >/),
    )
    expect(f.getByLabelText(/Site Key/)).toHaveAccessibleDescription(/40 characters/)
    expect(f.getByLabelText(/Secret Key/)).toHaveAccessibleDescription(/Enter the key/)
    expect(f.getByLabelText(/Threshold/)).toHaveAccessibleDescription(/from 0 to 100/)
    expect(f.getByLabelText(/Key Set Name/)).toHaveValue('<script>x</script>')
    expect(currentSimulator().tenant().state.credentials.captchaKeySets).toEqual([])
  })

  it('saves a key set with a write-only secret, makes it active with a warning, tests it and deletes it after confirming', async () => {
    const { user } = await renderApp('/developer/credentials/captcha', { as: 'admin' })
    expect(await screen.findByText(/CAPTCHA is not active/)).toBeInTheDocument()
    let f = await editor('New key set')
    set(f, /Key Set Name/, 'Website')
    set(f, /Site Key/, SITE)
    set(f, /Secret Key/, SECRET)
    await user.click(f.getByRole('button', { name: 'Save' }))
    f = await editor('Website')
    await waitFor(() => expect(f.getByLabelText(/Secret Key/)).toHaveValue(''))
    expect(f.getByLabelText(/Secret Key/)).toHaveAccessibleDescription(/Saved: 6LcQ•••z_A1/)
    expect(document.body.innerHTML).not.toContain(SECRET.slice(4, 36))

    await user.click(f.getByRole('switch', { name: /Active: require a CAPTCHA token/ }))
    expect(
      f.getByText(/every website and mobile app must now send a captchaToken/),
    ).toBeInTheDocument()
    await user.click(f.getByRole('button', { name: 'Save' }))
    expect(
      await screen.findByText(/CAPTCHA is active \(Website\)/, { selector: '[role=status] *' }),
    ).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Generate New Test Page' }))
    const page = within(await screen.findByRole('form', { name: 'Test page of Website' }))
    await user.click(page.getByRole('checkbox', { name: "I'm not a robot" }))
    await waitFor(() =>
      expect(page.getByRole('checkbox', { name: "I'm not a robot" })).toBeChecked(),
    )
    await user.click(page.getByRole('button', { name: 'Submit' }))
    expect(await page.findByText('Success!')).toBeInTheDocument()
    await user.click(page.getByRole('button', { name: 'Submit' }))
    expect(await page.findByText(/the token was already used/)).toBeInTheDocument()

    await user.click(f.getByRole('button', { name: 'Delete' }))
    const dialog = within(await screen.findByRole('dialog', { name: 'Delete key set Website?' }))
    await user.click(dialog.getByRole('button', { name: 'Delete' }))
    await waitFor(() =>
      expect(currentSimulator().tenant().state.credentials.captchaKeySets).toEqual([]),
    )
    expect(await screen.findByText(/CAPTCHA is not active/)).toBeInTheDocument()
  })

  it('tests a V3 key set with the score against its threshold', async () => {
    const { user } = await renderApp('/developer/credentials/captcha', { as: 'developer' })
    const f = await editor('New key set')
    await user.click(f.getByRole('radio', { name: /V3/ }))
    set(f, /Threshold/, '70')
    set(f, /Key Set Name/, 'App score')
    set(f, /Site Key/, SITE)
    set(f, /Secret Key/, SECRET)
    await user.click(f.getByRole('button', { name: 'Save' }))
    await screen.findByRole('form', { name: 'App score' })
    await user.click(screen.getByRole('button', { name: 'Generate New Test Page' }))
    const page = within(await screen.findByRole('form', { name: 'Test page of App score' }))
    const slider = page.getByRole('slider')
    fireEvent.change(slider, { target: { value: 0.5 } })
    await user.click(page.getByRole('button', { name: 'Submit' }))
    expect(await page.findByText(/the score 0.5 is below the threshold of 70%/)).toBeInTheDocument()
    fireEvent.change(slider, { target: { value: 0.8 } })
    await user.click(page.getByRole('button', { name: 'Submit' }))
    expect(
      await page.findByText(/Success! Score 0.8 reaches the threshold of 70%/),
    ).toBeInTheDocument()
  })
})
