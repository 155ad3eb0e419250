import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_PREFERENCES } from '@/domain/preferences'
import { changeLanguage } from '@/i18n/i18n'
import { defined } from '@/test/defined'
import { renderApp } from '@/test/renderApp'
import { columnText } from '@/test/tableText'
import { currentSimulator, resetTenant, TEST_NOW } from '@mocks/node'

// The tenant's clock moves only when a test moves it: a request waits until the test lets it expire.
let clock = TEST_NOW
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(TEST_NOW)
  clock = TEST_NOW
  resetTenant({ now: () => clock })
})
afterEach(async () => {
  vi.useRealTimers()
  await changeLanguage('en')
})

const tenant = () => currentSimulator().tenant()

/** A request as an app makes it, with the simulated consumers off so that nobody else calls. */
function request(groupName: string, fromPhoneNumber?: string) {
  tenant().state.simulatedCallers = false
  const group = defined(tenant().state.callInGroups.find((g) => g.name === groupName))
  const made = defined(tenant().callIns.create(group, { fromPhoneNumber }, clock))
  // Alone on its number, so that every outcome is about this request.
  const others = tenant().state.callIns.filter(
    (r) => r.state === 'CREATED' && r.dnis === made.dnis && r.id !== made.id,
  )
  expect(others).toEqual([])
  return made
}

type User = Awaited<ReturnType<typeof renderApp>>['user']

async function openDialog(user: User) {
  await screen.findByRole('table', { name: /^Call-In records, / })
  await user.click(screen.getByRole('button', { name: 'Play the Caller' }))
  return screen.findByRole('dialog', { name: 'Play the Caller' })
}

const field = (dialog: HTMLElement, name: RegExp) => within(dialog).getByRole('textbox', { name })
const dnisField = (dialog: HTMLElement) => within(dialog).getByRole('combobox', { name: /DNIS/ })

async function call(user: User, dialog: HTMLElement) {
  await user.click(within(dialog).getByRole('button', { name: 'Call' }))
}

describe('Play the Caller', () => {
  it('completes the request an app made, and says why a call did not match', async () => {
    const made = request('auto_insurance', '+14155550100')
    const code = defined(made.accessCode)
    const { user } = await renderApp('/call-in', { as: 'developer' })
    const dialog = await openDialog(user)

    // The waiting request is offered by its number and group; choosing it fills the caller's number.
    await user.type(dnisField(dialog), made.dnis)
    const option = await screen.findByRole('option', { name: new RegExp(`^\\${made.dnis}`) })
    expect(option).toHaveTextContent('auto_insurance')
    await user.click(option)
    expect(dnisField(dialog)).toHaveValue(made.dnis)
    expect(field(dialog, /Calling from/)).toHaveValue('+14155550100')

    await call(user, dialog)
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      /Access code required.*needs its access code/,
    )

    await user.type(field(dialog, /Access code/), code === '111111' ? '222222' : '111111')
    await call(user, dialog)
    expect(await within(dialog).findByText('Wrong access code')).toBeInTheDocument()
    // What was typed stays for the next try.
    expect(dnisField(dialog)).toHaveValue(made.dnis)
    expect(field(dialog, /Calling from/)).toHaveValue('+14155550100')

    await user.clear(field(dialog, /Calling from/))
    await user.type(field(dialog, /Calling from/), '+1 415 555 0199')
    await user.clear(field(dialog, /Access code/))
    await user.type(field(dialog, /Access code/), code)
    await call(user, dialog)
    expect(await within(dialog).findByText('Calling from another number')).toBeInTheDocument()

    await user.clear(field(dialog, /Calling from/))
    await user.type(field(dialog, /Calling from/), '+14155550100')
    await call(user, dialog)
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      new RegExp(`^Completed.*completed request ${made.id} of the group auto_insurance`),
    )
    expect(tenant().callIns.get(made.id)?.state).toBe('COMPLETED')

    // Dialled again, nothing waits: the answer says the request was completed already.
    await call(user, dialog)
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      new RegExp(`No request is waiting on this number.*${made.id}, was already completed`),
    )

    // The list behind shows the request completed.
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    const table = screen.getByRole('table', { name: /^Call-In records, / })
    await waitFor(() => {
      const row = columnText(table, 'ID').indexOf(made.id)
      expect(columnText(table, 'State')[row]).toBe('Completed')
    })
  })

  it('says a request expired when the caller is too late, or that none was made', async () => {
    const made = request('Assistance FR')
    const { user } = await renderApp('/call-in', { as: 'admin' })
    clock = Date.parse(made.expiresAt)
    const dialog = await openDialog(user)
    await user.type(dnisField(dialog), made.dnis)
    await call(user, dialog)
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      new RegExp(`${made.id}, expired at .*Make a new request`),
    )

    await user.clear(dnisField(dialog))
    await user.type(dnisField(dialog), '+1 999 555 0100')
    await call(user, dialog)
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      'No request was ever made on +1 999 555 0100',
    )
  })

  it('says what is wrong next to each field and calls nobody', async () => {
    const made = request('auto_insurance')
    const { user } = await renderApp('/call-in', { as: 'developer' })
    const dialog = await openDialog(user)
    await call(user, dialog)
    expect(dnisField(dialog)).toHaveAccessibleDescription('Enter the number to dial.')

    // Hostile and pasted input: a clear message, the text kept.
    await user.click(dnisField(dialog))
    await user.paste(`<script>alert(1)</script>${'9'.repeat(40)}`)
    await user.type(field(dialog, /Calling from/), '4155550100')
    await user.type(field(dialog, /Access code/), '12ab')
    await call(user, dialog)
    expect(dnisField(dialog)).toHaveAccessibleDescription(/too long to be a phone number/)
    expect(field(dialog, /Calling from/)).toHaveAccessibleDescription(
      /with \+ and the country code, e\.g\. \+14155550100/,
    )
    expect(field(dialog, /Access code/)).toHaveAccessibleDescription(
      'An access code is digits only.',
    )
    expect(field(dialog, /Access code/)).toHaveValue('12ab')
    expect(within(dialog).queryByRole('status')).not.toBeInTheDocument()
    expect(tenant().callIns.get(made.id)?.state).toBe('CREATED')

    await user.clear(dnisField(dialog))
    await user.type(dnisField(dialog), '(800) call-me')
    await call(user, dialog)
    expect(dnisField(dialog)).toHaveAccessibleDescription(
      'Use digits, with spaces and + ( ) - . only.',
    )
  })

  it('switches the simulated callers for the requests made from then on', async () => {
    const { user } = await renderApp('/call-in', { as: 'admin' })
    const dialog = await openDialog(user)
    const simulated = within(dialog).getByRole('switch', { name: 'Simulated callers' })
    await waitFor(() => expect(simulated).toBeChecked())
    await user.click(simulated)
    await waitFor(() => expect(tenant().state.simulatedCallers).toBe(false))
    expect(simulated).not.toBeChecked()
    expect(simulated).toHaveAccessibleDescription(/new requests wait for you to call/)
  })

  it('is offered on a simulated tenant only', async () => {
    await renderApp('/call-in', { as: 'admin', config: { demoTenant: false, tenantServer: false } })
    await screen.findByRole('table', { name: /^Call-In records, / })
    expect(screen.getByRole('button', { name: 'Refresh' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Play the Caller' })).not.toBeInTheDocument()
  })

  it('speaks French', async () => {
    const made = request('auto_insurance')
    tenant().state.preferences.developer = { ...DEFAULT_PREFERENCES, language: 'fr' }
    const { user } = await renderApp('/call-in', { as: 'developer' })
    await screen.findByRole('table', { name: /^Appels entrants, / })
    await user.click(screen.getByRole('button', { name: 'Jouer l’appelant' }))
    const dialog = await screen.findByRole('dialog', { name: 'Jouer l’appelant' })
    await user.type(within(dialog).getByRole('combobox', { name: /DNIS/ }), made.dnis)
    await user.click(within(dialog).getByRole('button', { name: 'Appeler' }))
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      /^Code d’accès requis.*Saisissez le code reçu/,
    )
  })
})
