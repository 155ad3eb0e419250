import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { currentPath, renderApp } from '@/test/renderApp'
import { findSecrets } from '@mocks/testing/secretScan'
import {
  rsaPrivateKeyPem,
  TEST_CLIENT_ACCOUNT,
  TEST_CLIENT_EMAIL,
  TEST_PROJECT,
  TEST_WEB_APP,
} from '@mocks/testing/serviceAccount'
import { currentSimulator } from '@mocks/node'
import { storageText } from '../storageText'

let privateKey: string
beforeAll(async () => {
  privateKey = await rsaPrivateKeyPem()
})
afterEach(() => {
  vi.unstubAllGlobals()
})

const field = (name: RegExp) => screen.getByRole('textbox', { name })
const updateForm = async () =>
  within(await screen.findByRole('form', { name: 'Update Firebase Credentials' }))
const testForm = async () =>
  within(await screen.findByRole('form', { name: 'Test Firebase Credentials' }))

/** Fill the three fields; a large value is set at once (typing a megabyte would take minutes). */
function fill(values: { projectName: string; clientEmail: string; privateKey: string }) {
  fireEvent.change(field(/Project name/), { target: { value: values.projectName } })
  fireEvent.change(field(/Client email/), { target: { value: values.clientEmail } })
  fireEvent.change(field(/Private key/), { target: { value: values.privateKey } })
}

/** A browser that grants notifications and records what it showed. */
function grantingBrowser() {
  const shown: Array<{ title: string; options?: NotificationOptions }> = []
  class FakeNotification {
    static permission: NotificationPermission = 'default'
    static requestPermission = vi.fn(() => {
      FakeNotification.permission = 'granted'
      return Promise.resolve<NotificationPermission>('granted')
    })
    readonly title: string
    constructor(title: string, options?: NotificationOptions) {
      this.title = title
      shown.push({ title, ...(options ? { options } : {}) })
    }
  }
  vi.stubGlobal('Notification', FakeNotification)
  return shown
}

describe('Push Notification: Update Firebase Credentials', () => {
  it('opens on the Push Notification tab', async () => {
    await renderApp('/developer/credentials', { as: 'developer' })
    await waitFor(() => expect(currentPath()).toBe('/developer/credentials/push'))
    expect(await screen.findByRole('tab', { name: 'Push Notification' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
  })

  it('moves between the three tabs, each with its own form, and back', async () => {
    const { user } = await renderApp('/developer/credentials/push', { as: 'developer' })
    for (const [tab, path, form] of [
      ['CAPTCHA', '/developer/credentials/captcha', 'New key set'],
      ['GWS Credentials', '/developer/credentials/gws', 'Update GWS Credentials'],
      ['Push Notification', '/developer/credentials/push', 'Update Firebase Credentials'],
    ] as const) {
      await user.click(await screen.findByRole('tab', { name: tab }))
      await waitFor(() => expect(currentPath()).toBe(path))
      expect(screen.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true')
      expect(await screen.findByRole('form', { name: form })).toBeInTheDocument()
    }
  })

  it.each([
    [
      'empty fields',
      { projectName: '', clientEmail: '', privateKey: '' },
      [/Enter the project name/, /Enter the client email/, /Paste the private key/],
    ],
    [
      'a script tag',
      { projectName: '<script>alert(1)</script>', clientEmail: 'x', privateKey: 'x' },
      [/lowercase letters, digits and hyphens/, /not a service account/, /whole key/],
    ],
    [
      'another project’s account',
      {
        projectName: 'my-project',
        clientEmail: TEST_CLIENT_EMAIL,
        privateKey: '-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----',
      },
      [null, /another project than my-project/, /PKCS#1/],
    ],
    [
      'a megabyte pasted as the key',
      {
        projectName: TEST_PROJECT,
        clientEmail: TEST_CLIENT_EMAIL,
        privateKey: 'A'.repeat(1_048_576),
      },
      [null, null, /longer than any service-account key/],
    ],
  ] as const)(
    'refuses %s next to the fields, keeps them and saves nothing',
    async (_what, values, messages) => {
      const { user } = await renderApp('/developer/credentials/push', { as: 'developer' })
      const form = await updateForm()
      fill(values)
      await user.click(form.getByRole('button', { name: 'Update' }))
      const boxes = [field(/Project name/), field(/Client email/), field(/Private key/)]
      for (const [index, message] of messages.entries()) {
        if (message) await waitFor(() => expect(boxes[index]).toHaveAccessibleDescription(message))
        else expect(boxes[index]).not.toHaveAttribute('aria-invalid', 'true')
      }
      expect((field(/Private key/) as HTMLTextAreaElement).value).toBe(values.privateKey)
      expect(currentSimulator().tenant().state.credentials.firebase).toBeNull()
    },
  )

  it('saves a real key, shows only hints afterwards and keeps no secret in the browser', async () => {
    const { user } = await renderApp('/developer/credentials/push', { as: 'admin' })
    const form = await updateForm()
    fill({ projectName: TEST_PROJECT, clientEmail: TEST_CLIENT_EMAIL, privateKey })
    await user.click(form.getByRole('button', { name: 'Update' }))
    expect(
      await screen.findByText(`Firebase credentials of project ${TEST_PROJECT} updated.`),
    ).toBeInTheDocument()
    await waitFor(() => expect(field(/Private key/)).toHaveValue(''))
    expect(field(/Client email/)).toHaveValue('')
    expect(field(/Project name/)).toHaveValue(TEST_PROJECT)
    expect(form.getAllByText(/^Saved: /)).toHaveLength(2)
    expect(form.getByText(/Version 1, saved by admin/)).toBeInTheDocument()
    expect(
      findSecrets(
        {
          page: document.body.innerHTML,
          localStorage: storageText(localStorage),
          sessionStorage: storageText(sessionStorage),
        },
        [privateKey, TEST_CLIENT_ACCOUNT],
      ),
    ).toEqual([])
  })
})

describe('Push Notification: Test Firebase Credentials', () => {
  it('needs the permission box ticked, then lists what failed and the Guide’s steps in order', async () => {
    grantingBrowser()
    const { user } = await renderApp('/developer/credentials/push', { as: 'developer' })
    const form = await testForm()
    await user.type(form.getByRole('textbox', { name: /App ID/ }), TEST_WEB_APP.appId)
    await user.type(form.getByRole('textbox', { name: /Public API Key/ }), TEST_WEB_APP.apiKey)
    await user.type(form.getByRole('textbox', { name: /Sender ID/ }), '111111111111')
    await user.click(form.getByRole('button', { name: 'Test' }))
    expect(await form.findByText('Check this box to run the test.')).toBeInTheDocument()
    await user.click(form.getByRole('checkbox', { name: /Enable this app/ }))
    await user.click(form.getByRole('button', { name: 'Test' }))
    const alert = await form.findByRole('alert')
    expect(alert).toHaveTextContent('The test failed.')
    expect(alert).toHaveTextContent('No Firebase credentials are saved')
    expect(alert).toHaveTextContent('is not the project number in the App ID')
    const steps = within(within(alert).getByRole('list', { name: 'What to check, in this order' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(steps.map((s) => s.slice(0, 20))).toEqual([
      'Check that the App I',
      'If they match and no',
      'If no notification a',
      'If no notification a',
    ])
  })

  it('shows a real notification once the tenant’s checks pass', async () => {
    const shown = grantingBrowser()
    const { user } = await renderApp('/developer/credentials/push', { as: 'developer' })
    const update = await updateForm()
    fill({ projectName: TEST_PROJECT, clientEmail: TEST_CLIENT_EMAIL, privateKey })
    await user.click(update.getByRole('button', { name: 'Update' }))
    await screen.findByText(/Version 1, saved by developer/)
    const form = await testForm()
    await user.type(form.getByRole('textbox', { name: /App ID/ }), TEST_WEB_APP.appId)
    await user.type(form.getByRole('textbox', { name: /Public API Key/ }), TEST_WEB_APP.apiKey)
    await user.type(form.getByRole('textbox', { name: /Sender ID/ }), TEST_WEB_APP.senderId)
    await user.click(form.getByRole('checkbox', { name: /Enable this app/ }))
    await user.click(form.getByRole('button', { name: 'Test' }))
    expect(
      await form.findByText('Your Firebase credentials are configured successfully.'),
    ).toBeInTheDocument()
    expect(shown).toEqual([
      {
        title: 'Callback push notifications work',
        options: expect.objectContaining({
          body: `Firebase project ${TEST_PROJECT} can deliver notifications to this browser.`,
        }) as NotificationOptions,
      },
    ])
  })
})
