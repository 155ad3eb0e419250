import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { currentPath, renderApp } from '@/test/renderApp'
import { currentSimulator, resetTenant, TEST_NOW } from '@mocks/node'
import { defined } from '@/test/defined'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(TEST_NOW)
  resetTenant({ now: () => Date.now() })
})
afterEach(() => vi.useRealTimers())

const callbacks = () => currentSimulator().tenant().state.callbacks

describe('Callback Search', () => {
  it('finds a callback by ID with every column and its diagnostic data, and keeps the query in the URL', async () => {
    const record = defined(callbacks().find((c) => c.state === 'COMPLETED' && c.reason === 'AGENT'))
    const queue = defined(currentSimulator().tenant().queue(record.serviceName))
    const { user } = await renderApp('/tools/callback-search', { as: 'supervisor' })
    await user.type(
      await screen.findByRole('textbox', { name: 'Callback ID or phone number' }),
      `${record.id}{Enter}`,
    )
    const table = await screen.findByRole('table', { name: 'Callbacks found' })
    expect(currentPath()).toBe(`/tools/callback-search?q=${record.id}`)
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      '"From" Number',
      'State',
      'Route Point',
      'Last Updated Time',
      'Queue',
      '"To" Number',
      'Callback ID',
      'Scheduled Time',
      'Diagnostic Data',
    ])
    const row = within(defined(within(table).getAllByRole('row')[1]))
    for (const text of [
      queue.model.callerId,
      'Completed (Agent)',
      queue.model.routePoint,
      record.serviceName,
      record.phoneNumber,
      record.id,
    ]) {
      expect(row.getByText(text)).toBeVisible()
    }
    // A single result opens its diagnostic data at once.
    expect(screen.getByLabelText(`Diagnostic data of callback ${record.id}`)).toBeVisible()
    expect(screen.getByText('Outcome')).toBeVisible()
    expect(screen.getByText('Handled by an agent')).toBeVisible()
    await user.click(row.getByRole('button', { name: 'Hide diagnostic data' }))
    expect(screen.queryByText('Handled by an agent')).toBeNull()
  })

  it('finds a customer’s callbacks by number whatever its formatting', async () => {
    const phone = defined(callbacks().find((c) => c.phoneNumber.startsWith('+44'))).phoneNumber
    const typed = `+44 (${phone.slice(3, 5)}) ${phone.slice(5, 9)}-${phone.slice(9)}`
    const expected = callbacks().filter((c) => c.phoneNumber === phone).length
    const { user } = await renderApp(`/tools/callback-search?q=${encodeURIComponent(typed)}`, {
      as: 'admin',
    })
    const table = await screen.findByRole('table', { name: 'Callbacks found' })
    expect(within(table).getAllByRole('row')).toHaveLength(expected + (expected === 1 ? 2 : 1))
    expect(screen.getByRole('textbox', { name: 'Callback ID or phone number' })).toHaveValue(typed)
    if (expected > 1) {
      await user.click(
        defined(within(table).getAllByRole('button', { name: /^Show diagnostic data/ })[0]),
      )
      expect(screen.getByText('Callback type')).toBeVisible()
    }
  })

  it('says No Callbacks Found, and asks for something to search', async () => {
    const { user } = await renderApp('/tools/callback-search', { as: 'developer' })
    const box = await screen.findByRole('textbox', { name: 'Callback ID or phone number' })
    await user.click(screen.getByRole('button', { name: 'Search' }))
    expect(screen.getByText('Enter a callback ID or a phone number.')).toBeVisible()
    await user.type(box, '+999 999 999 999{Enter}')
    expect(await screen.findByText('No Callbacks Found')).toBeVisible()
  })

  it('never shows a Sales supervisor another line’s callback', async () => {
    const other = defined(callbacks().find((c) => !c.serviceName.startsWith('Sales')))
    await renderApp(`/tools/callback-search?q=${other.id}`, { as: 'sales.supervisor' })
    expect(await screen.findByText('No Callbacks Found')).toBeVisible()
  })
})
