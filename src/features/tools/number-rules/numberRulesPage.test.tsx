import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { holdRequests } from '@/test/holdRequests'
import { currentPath, renderApp } from '@/test/renderApp'
import { currentSimulator, TEST_NOW } from '@mocks/node'
import { NUMBER_RULE_IDS } from '@mocks/seed/numberRules'
import { defined } from '@/test/defined'

const storedRule = (id: string) =>
  currentSimulator()
    .tenant()
    .state.numberRules.find((r) => r.id === id)

const storedByName = (name: string) =>
  currentSimulator()
    .tenant()
    .state.numberRules.find((r) => r.name === name)

async function openPage(account = 'admin', path = '/tools/number-rules') {
  const ui = await renderApp(path, { as: account })
  await screen.findByRole('heading', { name: 'Permitted & Blocked Numbers', level: 1 })
  const rules = await screen.findByRole('navigation', { name: 'Rules' })
  return { ...ui, rules: within(rules) }
}

async function openRule(ui: Awaited<ReturnType<typeof openPage>>, name: string) {
  await ui.user.click(ui.rules.getByRole('button', { name: new RegExp(`^${name}`) }))
  return within(await screen.findByRole('region', { name }))
}

describe('Permitted & Blocked Numbers: the rules', () => {
  it('lists each rule with the queues it is assigned to, and opens one with its countries and patterns', async () => {
    const ui = await openPage()
    expect(ui.rules.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Create New Rule',
      'North America onlyAssigned to Sales West VQ_CB, Sales Premium VQ_CB, Sales Renewals VQ_CB',
      'UK and IrelandNot assigned',
      'Europe — no premiumAssigned to Service VQ_CB, Service EMEA VQ_CB',
    ])
    const editor = await openRule(ui, 'North America only')
    await waitFor(() =>
      expect(currentPath()).toBe(`/tools/number-rules?rule=${NUMBER_RULE_IDS.northAmerica}`),
    )
    expect(editor.getByRole('textbox', { name: 'Rule Name' })).toHaveValue('North America only')
    const selected = editor.getByRole('list', { name: 'Currently Selected Countries (2)' })
    expect(
      within(selected)
        .getAllByRole('button')
        .map((chip) => chip.textContent),
    ).toEqual(['Canada (CA)', 'United States (US)'])
    expect(editor.getByRole('checkbox', { name: 'Canada (CA)' })).toBeChecked()
    expect(editor.getByRole('checkbox', { name: 'Jamaica (JM)' })).not.toBeChecked()
    expect(editor.getByRole('cell', { name: '^\\+1900' })).toBeInTheDocument()
    // Assigned: deleting is refused, with the reason.
    expect(editor.getByRole('button', { name: 'Delete' })).toBeDisabled()
    expect(editor.getByRole('button', { name: 'Delete' })).toHaveAccessibleDescription(
      'Assigned to 3 queues: assign those queues another rule before deleting this one.',
    )
  })

  it('shows a Sales supervisor only the Sales queues, and the count of the others', async () => {
    const ui = await openPage('sales.supervisor')
    expect(ui.rules.getByRole('button', { name: /^Europe — no premium/ })).toHaveTextContent(
      'Assigned to 2 queues you cannot see',
    )
  })

  it('shows a Sales supervisor a rule serving other lines of business read only, with the reason', async () => {
    const ui = await openPage('sales.supervisor')
    const europe = await openRule(ui, 'Europe — no premium')
    expect(europe.getByText(/^You can read this rule but not change it/)).toHaveTextContent(
      'it is also assigned to 2 queues of a line of business you cannot see.',
    )
    expect(europe.queryByRole('textbox', { name: 'Rule Name' })).toBeNull()
    for (const name of ['Save Changes', 'Revert', 'Delete'])
      expect(europe.queryByRole('button', { name })).toBeNull()
    const stored = defined(storedRule(NUMBER_RULE_IDS.europe), 'Europe rule')
    expect(
      europe.getByRole('heading', {
        name: `Currently Selected Countries (${stored.permittedCountries.length})`,
      }),
    ).toBeInTheDocument()
    const patterns = within(
      europe.getByRole('list', { name: 'Blocked Callback Number Patterns' }),
    ).getAllByRole('listitem')
    expect(patterns.map((item) => item.textContent)).toEqual(stored.blockedPatterns)
    // The numbers can still be tried against the rule.
    expect(europe.getByRole('textbox', { name: /phone number/i })).toBeEnabled()
    // A rule serving only Sales queues stays editable.
    const sales = await openRule(ui, 'North America only')
    expect(sales.getByRole('textbox', { name: 'Rule Name' })).toBeEnabled()
    expect(sales.queryByText(/^You can read this rule/)).toBeNull()
  })

  it('creates a rule: name first, countries found by search, a pattern checked on entry, then saved', async () => {
    const ui = await openPage()
    await ui.user.click(ui.rules.getByRole('button', { name: 'Create New Rule' }))
    const dialog = within(await screen.findByRole('dialog', { name: 'Create New Rule' }))
    await ui.user.click(dialog.getByRole('button', { name: 'Continue' }))
    expect(dialog.getByRole('textbox', { name: 'Rule Name' })).toHaveAccessibleDescription(
      'Enter a name for the rule.',
    )
    await ui.user.type(dialog.getByRole('textbox', { name: 'Rule Name' }), 'uk and ireland')
    await ui.user.click(dialog.getByRole('button', { name: 'Continue' }))
    expect(dialog.getByRole('textbox', { name: 'Rule Name' })).toHaveAccessibleDescription(
      'A rule named “uk and ireland” already exists. Choose another name.',
    )
    await ui.user.clear(dialog.getByRole('textbox', { name: 'Rule Name' }))
    await ui.user.type(dialog.getByRole('textbox', { name: 'Rule Name' }), 'Pacific{Enter}')

    const editor = within(await screen.findByRole('region', { name: 'Pacific' }))
    await ui.user.click(editor.getByRole('button', { name: 'Save Changes' }))
    expect(await editor.findByRole('alert')).toHaveTextContent(/Select at least one country/)
    expect(storedByName('Pacific')).toBeUndefined()

    await ui.user.type(editor.getByRole('searchbox', { name: 'Search countries' }), 'austra')
    await ui.user.click(editor.getByRole('checkbox', { name: 'Australia (AU)' }))
    await ui.user.clear(editor.getByRole('searchbox', { name: 'Search countries' }))
    await ui.user.type(editor.getByRole('searchbox', { name: 'Search countries' }), 'nouvelle')
    expect(editor.getByText('No country matches “nouvelle”.')).toBeInTheDocument()
    await ui.user.clear(editor.getByRole('searchbox', { name: 'Search countries' }))
    await ui.user.type(editor.getByRole('searchbox', { name: 'Search countries' }), 'nz')
    await ui.user.click(editor.getByRole('checkbox', { name: 'New Zealand (NZ)' }))

    const pattern = editor.getByRole('textbox', { name: 'Pattern to block' })
    await ui.user.type(pattern, '^\\+6119(00')
    await ui.user.click(editor.getByRole('button', { name: 'Add pattern' }))
    expect(pattern).toHaveAccessibleDescription(
      expect.stringMatching(
        /^Not a valid regular expression: missing closing \): `\^\\\+6119\(00`\./,
      ),
    )
    expect(editor.getByText('No Patterns to display')).toBeInTheDocument()
    await ui.user.clear(pattern)
    await ui.user.type(pattern, '^\\+6119{Enter}')
    expect(editor.getByRole('cell', { name: '^\\+6119' })).toBeInTheDocument()
    expect(pattern).toHaveValue('')

    await ui.user.click(editor.getByRole('button', { name: 'Save Changes' }))
    await waitFor(() =>
      expect(storedByName('Pacific')).toMatchObject({
        permittedCountries: ['AU', 'NZ'],
        blockedPatterns: ['^\\+6119'],
        version: 1,
        updatedBy: 'admin',
      }),
    )
    await waitFor(() =>
      expect(currentPath()).toBe(`/tools/number-rules?rule=${defined(storedByName('Pacific')).id}`),
    )
    expect(ui.rules.getByRole('button', { name: /^Pacific/ })).toHaveTextContent('Not assigned')
    const saved = within(await screen.findByRole('region', { name: 'Pacific' }))
    expect(saved.getByText(/^Version 1, saved by admin/)).toBeInTheDocument()
    expect(saved.getByRole('button', { name: 'Save Changes' })).toBeDisabled()
  })
})

describe('Permitted & Blocked Numbers: Test Phone Number', () => {
  it('gives the verdict and its reason for the rule as edited, unsaved changes included', async () => {
    const ui = await openPage()
    const editor = await openRule(ui, 'North America only')
    const number = editor.getByRole('textbox', { name: 'Test Phone Number' })
    const verdict = async (input: string) => {
      await ui.user.clear(number)
      await ui.user.type(number, input)
      await ui.user.click(editor.getByRole('button', { name: 'Test' }))
      return editor.getByRole('status').textContent
    }
    expect(await verdict('+1 212 555 0123')).toBe(
      '+1 212 555 0123 passesCallbacks to United States (US) are permitted and no blocked pattern matches +1 212 555 0123.',
    )
    expect(await verdict('+1 900 555 0100')).toBe(
      '+1 900 555 0100 fails+1 900 555 0100 matches the blocked pattern ^\\+1900.',
    )
    expect(await verdict('+1 876 555 0123')).toBe(
      '+1 876 555 0123 failsCallbacks to Jamaica (JM) are not permitted by this rule. Blocked patterns were not checked.',
    )
    expect(await verdict('212 555 0123')).toMatch(/international format, starting with \+/)

    // The verdict follows the draft: permit Jamaica (unsaved) and the same number passes.
    await ui.user.click(editor.getByRole('checkbox', { name: 'Jamaica (JM)' }))
    expect(await verdict('+1 876 555 0123')).toMatch(/^\+1 876 555 0123 passes/)
    expect(defined(storedRule(NUMBER_RULE_IDS.northAmerica)).permittedCountries).toEqual([
      'US',
      'CA',
    ])
  })

  it('refuses a pattern of 10,000 characters at once and stays usable', async () => {
    const ui = await openPage()
    const editor = await openRule(ui, 'UK and Ireland')
    const pattern = editor.getByRole('textbox', { name: 'Pattern to block' })
    await ui.user.click(pattern)
    await ui.user.paste('(\\d+)+$'.repeat(1429))
    expect(pattern).toHaveAccessibleDescription(
      expect.stringMatching(/^A pattern has at most 256 characters; this one has 10,003\./),
    )
    await ui.user.click(editor.getByRole('button', { name: 'Add pattern' }))
    expect(editor.getAllByRole('row')).toHaveLength(4)
    // A nested quantifier is harmless to the linear-time engine: accepted, and tested at once.
    await ui.user.clear(pattern)
    await ui.user.type(pattern, '^(\\d+)+$')
    await ui.user.click(editor.getByRole('button', { name: 'Add pattern' }))
    await ui.user.type(
      editor.getByRole('textbox', { name: 'Test Phone Number' }),
      '+44 20 7946 0123',
    )
    await ui.user.click(editor.getByRole('button', { name: 'Test' }))
    // Backtracking on `^(\d+)+$` would hang on a long number; here the verdict is simply there.
    expect(editor.getByRole('status')).toHaveTextContent(
      '+44 20 7946 0123 matches the blocked pattern ^(\\d+)+$.',
    )
  })
})

describe('Permitted & Blocked Numbers: saving safely', () => {
  it('keeps the edits and shows the correlation ID when a save fails, then saves on retry', async () => {
    const ui = await openPage()
    const editor = await openRule(ui, 'UK and Ireland')
    await ui.user.click(editor.getByRole('button', { name: 'Remove Guernsey (GG)' }))
    currentSimulator().faults.set('PUT /admin/v1/number-rules/:id', { kind: 'error', times: 1 })
    await ui.user.click(editor.getByRole('button', { name: 'Save Changes' }))
    const alert = await editor.findByRole('alert')
    expect(alert).toHaveTextContent(/could not be saved or deleted/)
    expect(within(alert).getByTestId('corr-id').textContent).toMatch(/\w{8}-/)
    expect(editor.queryByRole('button', { name: 'Remove Guernsey (GG)' })).not.toBeInTheDocument()
    expect(defined(storedRule(NUMBER_RULE_IDS.ukAndIreland)).permittedCountries).toContain('GG')
    await ui.user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(() =>
      expect(storedRule(NUMBER_RULE_IDS.ukAndIreland)).toMatchObject({
        version: 2,
        permittedCountries: ['GB', 'IE', 'IM', 'JE'],
      }),
    )
    expect(editor.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('tells the second of two editors that the rule changed, and lets them choose', async () => {
    const ui = await openPage()
    const editor = await openRule(ui, 'UK and Ireland')
    await ui.user.click(editor.getByRole('button', { name: 'Remove Isle of Man (IM)' }))
    // Someone else saves meanwhile.
    const rules = currentSimulator().tenant().state.numberRules
    const index = rules.findIndex((r) => r.id === NUMBER_RULE_IDS.ukAndIreland)
    rules[index] = {
      ...defined(rules[index]),
      permittedCountries: ['GB'],
      version: 2,
      updatedBy: 'supervisor',
      updatedAt: new Date().toISOString(),
    }
    await ui.user.click(editor.getByRole('button', { name: 'Save Changes' }))
    const dialog = within(
      await screen.findByRole('dialog', { name: 'This rule was changed by someone else' }),
    )
    expect(dialog.getByText(/^supervisor saved a newer version/)).toBeInTheDocument()
    await ui.user.click(dialog.getByRole('button', { name: 'Keep editing' }))
    // The draft is still there (once the dialog has gone, the page is no longer hidden from queries).
    await waitFor(() =>
      expect(editor.getByRole('button', { name: 'Remove Jersey (JE)' })).toBeInTheDocument(),
    )
    expect(
      editor.queryByRole('button', { name: 'Remove Isle of Man (IM)' }),
    ).not.toBeInTheDocument()

    await ui.user.click(editor.getByRole('button', { name: 'Save Changes' }))
    const again = within(
      await screen.findByRole('dialog', { name: 'This rule was changed by someone else' }),
    )
    await ui.user.click(again.getByRole('button', { name: 'Load their version (discard mine)' }))
    await waitFor(() =>
      expect(
        within(editor.getByRole('list', { name: /^Currently Selected Countries/ }))
          .getAllByRole('button')
          .map((chip) => chip.textContent),
      ).toEqual(['United Kingdom (GB)']),
    )
    expect(editor.getByText(/^Version 2, saved by supervisor/)).toBeInTheDocument()

    await ui.user.click(editor.getByRole('checkbox', { name: 'Ireland (IE)' }))
    await ui.user.click(editor.getByRole('button', { name: 'Save Changes' }))
    await waitFor(() =>
      expect(storedRule(NUMBER_RULE_IDS.ukAndIreland)).toMatchObject({
        version: 3,
        permittedCountries: ['GB', 'IE'],
        updatedBy: 'admin',
      }),
    )
  })

  it('asks before switching rules with unsaved changes, and Revert goes back to the saved rule', async () => {
    const ui = await openPage()
    const editor = await openRule(ui, 'UK and Ireland')
    await ui.user.click(editor.getByRole('button', { name: 'Remove Jersey (JE)' }))
    await ui.user.click(ui.rules.getByRole('button', { name: /^North America only/ }))
    const ask = within(await screen.findByRole('dialog', { name: 'Discard unsaved changes?' }))
    await ui.user.click(ask.getByRole('button', { name: 'Keep editing' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.getByRole('region', { name: 'UK and Ireland' })).toBeInTheDocument()
    await ui.user.click(editor.getByRole('button', { name: 'Revert' }))
    expect(editor.getByRole('button', { name: 'Remove Jersey (JE)' })).toBeInTheDocument()
    expect(editor.getByRole('button', { name: 'Save Changes' })).toBeDisabled()
    await ui.user.click(ui.rules.getByRole('button', { name: /^North America only/ }))
    expect(await screen.findByRole('region', { name: 'North America only' })).toBeInTheDocument()
  })

  it('deletes a rule no queue uses, after asking', async () => {
    const ui = await openPage()
    const editor = await openRule(ui, 'UK and Ireland')
    await ui.user.click(editor.getByRole('button', { name: 'Delete' }))
    const confirm = within(await screen.findByRole('dialog', { name: 'Delete “UK and Ireland”?' }))
    expect(confirm.getByRole('button', { name: 'Cancel' })).toHaveFocus()
    await ui.user.click(confirm.getByRole('button', { name: 'Delete rule' }))
    await waitFor(() => expect(storedRule(NUMBER_RULE_IDS.ukAndIreland)).toBeUndefined())
    await waitFor(() => expect(currentPath()).toBe('/tools/number-rules'))
    expect(ui.rules.queryByRole('button', { name: /^UK and Ireland/ })).not.toBeInTheDocument()
  })
})

describe('Permitted & Blocked Numbers: roles', () => {
  it.each(['supervisor', 'developer'])('lets a %s edit', async (account) => {
    const ui = await openPage(account)
    const editor = await openRule(ui, 'UK and Ireland')
    await ui.user.click(editor.getByRole('button', { name: 'Remove Jersey (JE)' }))
    await ui.user.click(editor.getByRole('button', { name: 'Save Changes' }))
    await waitFor(() =>
      expect(storedRule(NUMBER_RULE_IDS.ukAndIreland)).toMatchObject({
        version: 2,
        updatedBy: account,
      }),
    )
  })

  it('keeps a monitor out', async () => {
    await renderApp('/tools/number-rules', { as: 'monitor' })
    expect(await screen.findByRole('heading', { name: 'Not authorized' })).toBeInTheDocument()
    expect(
      screen.queryByRole('heading', { name: 'Permitted & Blocked Numbers' }),
    ).not.toBeInTheDocument()
  })
})

describe('the rule where callbacks are created', () => {
  it(
    "shows the queue rule's refusal, with its reason, next to the customer number",
    { timeout: 90_000 },
    async () => {
      // The dialog's "today" is the tenant's.
      vi.useFakeTimers({ toFake: ['Date'], now: TEST_NOW })
      try {
        const { user } = await renderApp('/callback', { as: 'supervisor' })
        await user.click(await screen.findByRole('button', { name: 'Create Callback' }))
        const dialog = within(await screen.findByRole('dialog', { name: 'Add New Callback' }))
        await waitFor(() => expect(dialog.getByLabelText('Service Type')).not.toBeDisabled())
        await user.selectOptions(dialog.getByLabelText('Service Type'), 'Sales West VQ_CB')
        await user.type(dialog.getByLabelText('Customer Number'), '+44 20 7946 0123')
        const before = currentSimulator().tenant().state.callbacks.length
        await user.click(dialog.getByRole('button', { name: 'Create Callback' }))
        await waitFor(() =>
          expect(dialog.getByLabelText('Customer Number')).toHaveAccessibleDescription(
            'Sales West VQ_CB does not accept this number (number validation rule "North America only"): Callbacks to United Kingdom (GB) are not permitted by this rule.',
          ),
        )
        expect(currentSimulator().tenant().state.callbacks.length).toBe(before)
      } finally {
        vi.useRealTimers()
      }
    },
  )
})

describe('Permitted & Blocked Numbers: editing while a save is in flight', () => {
  it('keeps a pattern added while Save Changes runs, and the text being typed', async () => {
    const ui = await openPage()
    const editor = await openRule(ui, 'UK and Ireland')
    await ui.user.click(editor.getByRole('button', { name: 'Remove Jersey (JE)' }))
    const put = holdRequests('put', '/admin/v1/number-rules/:id')
    await ui.user.click(editor.getByRole('button', { name: 'Save Changes' }))
    await put.arrived()
    const pattern = editor.getByRole('textbox', { name: 'Pattern to block' })
    await ui.user.type(pattern, '^\\+44870{Enter}')
    await ui.user.type(pattern, '^\\+4490')
    put.release()

    await waitFor(() => expect(editor.getByText(/^Version 2, saved by admin/)).toBeInTheDocument())
    expect(defined(storedRule(NUMBER_RULE_IDS.ukAndIreland)).blockedPatterns).not.toContain(
      '^\\+44870',
    )
    expect(editor.getByRole('cell', { name: '^\\+44870' })).toBeInTheDocument()
    expect(pattern).toHaveValue('^\\+4490')
    expect(editor.queryByRole('button', { name: 'Remove Jersey (JE)' })).not.toBeInTheDocument()
    // Still unsaved against the new version: Save Changes sends it.
    await ui.user.click(editor.getByRole('button', { name: 'Save Changes' }))
    await waitFor(() =>
      expect(storedRule(NUMBER_RULE_IDS.ukAndIreland)).toMatchObject({
        version: 3,
        blockedPatterns: expect.arrayContaining(['^\\+44870']),
      }),
    )
    expect(defined(storedRule(NUMBER_RULE_IDS.ukAndIreland)).permittedCountries).not.toContain('JE')
  })

  it('keeps an edit made while a new rule is being created, in the same editor', async () => {
    const ui = await openPage()
    await ui.user.click(ui.rules.getByRole('button', { name: 'Create New Rule' }))
    const dialog = within(await screen.findByRole('dialog', { name: 'Create New Rule' }))
    await ui.user.type(dialog.getByRole('textbox', { name: 'Rule Name' }), 'Pacific{Enter}')
    const editor = within(await screen.findByRole('region', { name: 'Pacific' }))
    await ui.user.type(editor.getByRole('searchbox', { name: 'Search countries' }), 'nz')
    await ui.user.click(editor.getByRole('checkbox', { name: 'New Zealand (NZ)' }))

    const post = holdRequests('post', '/admin/v1/number-rules')
    await ui.user.click(editor.getByRole('button', { name: 'Save Changes' }))
    await post.arrived()
    const pattern = editor.getByRole('textbox', { name: 'Pattern to block' })
    await ui.user.type(pattern, '^\\+6490{Enter}')
    post.release()

    await waitFor(() => expect(storedByName('Pacific')).toMatchObject({ version: 1 }))
    const id = defined(storedByName('Pacific')).id
    await waitFor(() => expect(currentPath()).toBe(`/tools/number-rules?rule=${id}`))
    await waitFor(() => expect(editor.getByText(/^Version 1, saved by admin/)).toBeInTheDocument())
    expect(editor.getByRole('cell', { name: '^\\+6490' })).toBeInTheDocument()
    expect(defined(storedByName('Pacific')).blockedPatterns).toEqual([])
    await ui.user.click(editor.getByRole('button', { name: 'Save Changes' }))
    await waitFor(() =>
      expect(storedByName('Pacific')).toMatchObject({ version: 2, blockedPatterns: ['^\\+6490'] }),
    )
  })
})
