import { defined } from '@/test/defined'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { currentPath, renderApp } from '@/test/renderApp'
import { DEMO_API_KEY } from '@mocks/seed/tenant'
import { currentSimulator } from '@mocks/node'
import { TEST_ORIGIN } from '@mocks/testing/setup'

/** An outside client of the engagement API, refused; its correlation ID is its own. */
async function clientError(corrId: string, body: unknown = { id: 'no-such-callback' }) {
  const response = await fetch(`${TEST_ORIGIN}/engagement/v3/callbacks/retrieve`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-api-key': DEMO_API_KEY,
      'x-correlation-id': corrId,
    },
    body: JSON.stringify(body),
  })
  expect(response.status).toBe(404)
}

const table = async () => screen.findByRole('table', { name: 'Most Recent Errors' })
const corrIds = (within_: HTMLElement) =>
  within(within_)
    .getAllByRole('button', { name: /^Details of / })
    .map((button) => button.textContent)

describe('Developer > Errors', () => {
  it('lists the newest errors first with their five columns and says how many are kept', async () => {
    await clientError('first-order-1')
    await clientError('second-order-2')
    await renderApp('/developer/errors', { as: 'developer' })
    const list = await table()
    expect(
      within(list)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Correlation ID', 'URL', 'Method', 'Time Stamp', 'Status Code'])
    expect(corrIds(list).slice(0, 2)).toEqual(['second-order-2', 'first-order-1'])
    const row = defined(within(list).getAllByRole('row')[1])
    expect(row).toHaveTextContent('/engagement/v3/callbacks/retrieve')
    expect(row).toHaveTextContent('POST')
    expect(row).toHaveTextContent('40401')
    expect(screen.getByText(/keeps the last 1,000 errors/)).toBeInTheDocument()
  })

  it('finds an error by a leading part of its ID pasted with quotes, and says what is wrong with a bad search', async () => {
    await clientError('shop-4711-a')
    await clientError('shop-4711-b')
    await clientError('other-1')
    const { user } = await renderApp('/developer/errors', { as: 'developer' })
    await table()
    const field = screen.getByRole('textbox', { name: 'Correlation ID' })
    await user.type(field, 'shop 4711')
    await user.click(screen.getByRole('button', { name: 'Search' }))
    expect(
      screen.getByText('A correlation ID has only letters, digits and . _ : -'),
    ).toBeInTheDocument()
    expect(field).toHaveValue('shop 4711')
    expect(field).toHaveAttribute('aria-invalid', 'true')
    await user.clear(field)
    await user.type(field, ' "SHOP-4711" ')
    await user.click(screen.getByRole('button', { name: 'Search' }))
    await waitFor(() => expect(currentPath()).toBe('/developer/errors?corrId=shop-4711'))
    expect(
      await screen.findByText('2 errors have a correlation ID starting with “shop-4711”.'),
    ).toBeInTheDocument()
    expect(corrIds(await table())).toEqual(['shop-4711-b', 'shop-4711-a'])
    await user.click(screen.getByRole('button', { name: 'Show all errors' }))
    await waitFor(() => expect(currentPath()).toBe('/developer/errors'))
  })

  it('says when nothing matches', async () => {
    await renderApp('/developer/errors?corrId=nothing-like-this', { as: 'developer' })
    expect(
      await screen.findByText(
        /No recorded error has a correlation ID starting with “nothing-like-this”/,
      ),
    ).toBeInTheDocument()
  })

  it('shows an error with its request redacted and the envelope answered, and closes with Back', async () => {
    await clientError('detail-1', { id: 'no-such-callback', password: 'hunter2' })
    const { user } = await renderApp('/developer/errors?corrId=detail-1', { as: 'developer' })
    await user.click(await screen.findByRole('button', { name: 'Details of detail-1' }))
    const dialog = await screen.findByRole('dialog', { name: 'Error detail-1' })
    const headers = within(dialog).getByLabelText('Headers')
    expect(headers).toHaveTextContent(/x-api-key\s*\[redacted\]/)
    expect(headers).toHaveTextContent(/x-correlation-id\s*detail-1/)
    expect(dialog).toHaveTextContent('An engagement API client (API key)')
    expect(dialog).not.toHaveTextContent(DEMO_API_KEY)
    expect(dialog).not.toHaveTextContent('hunter2')
    expect(within(dialog).getByLabelText('Body')).toHaveTextContent('"password": "[redacted]"')
    expect(within(dialog).getByLabelText('Envelope')).toHaveTextContent('"code": 40401')
    expect(within(dialog).getByLabelText('Envelope')).toHaveTextContent('"corrId": "detail-1"')
    expect(currentPath()).toMatch(/[?&]error=/)
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(currentPath()).toBe('/developer/errors?corrId=detail-1')
  })

  it('withholds from a Sales developer the details of an error about another line of business', async () => {
    await clientError('service-err', { serviceName: 'Service 24x7 VQ_CB', id: 'x' })
    const { user } = await renderApp('/developer/errors?corrId=service-err', {
      as: 'sales.developer',
    })
    const list = await table()
    expect(within(list).getByText('Details withheld')).toBeInTheDocument()
    await user.click(within(list).getByRole('button', { name: 'Details of service-err' }))
    const dialog = await screen.findByRole('dialog')
    expect(await within(dialog).findByText(/outside your lines of business/)).toBeInTheDocument()
    expect(dialog).not.toHaveTextContent('Service 24x7')
    expect(within(dialog).queryByLabelText('Body')).not.toBeInTheDocument()
  })

  it('pages through the errors', async () => {
    for (let n = 0; n < 52; n++) await clientError(`page-${String(n).padStart(2, '0')}`)
    const { user } = await renderApp('/developer/errors?corrId=page-', { as: 'developer' })
    await table()
    expect(screen.getByText('1–50 of 52')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Next page' }))
    expect(await screen.findByText('51–52 of 52')).toBeInTheDocument()
    expect(corrIds(await table())).toEqual(['page-01', 'page-00'])
  })
})

describe('links to Errors from error messages', () => {
  it('takes a developer from a failed request to its error', async () => {
    currentSimulator().faults.set('GET /admin/v1/callbacks', { kind: 'error', times: 1 })
    const { user } = await renderApp('/callback', { as: 'developer' })
    const alert = await screen.findByRole('alert')
    const corrId = within(alert).getByTestId('corr-id').textContent
    await user.click(within(alert).getByRole('link', { name: 'See it in Developer > Errors' }))
    await waitFor(() => expect(currentPath()).toBe(`/developer/errors?corrId=${corrId}`))
    expect(corrIds(await table())).toEqual([corrId])
  })

  it('offers no link to whoever may not open Errors', async () => {
    currentSimulator().faults.set('GET /admin/v1/callbacks', { kind: 'error', times: 1 })
    await renderApp('/callback', { as: 'supervisor' })
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByTestId('corr-id')).toBeInTheDocument()
    expect(within(alert).queryByRole('link')).not.toBeInTheDocument()
  })
})
