import type { Locator, Page } from '@playwright/test'
import {
  api,
  expect,
  expectNoA11yViolations,
  expectTabs,
  setFault,
  signIn,
  test,
  type Account,
} from './fixtures'
import { openRule } from './rulesPage'

/**
 * Tools > Permitted & Blocked Numbers in the production build: creating and editing rules, testing
 * numbers, hostile patterns, deleting, two people saving the same rule, faults, and the rule's
 * effect on Create Callback.
 */
async function openPage(page: Page, account: Exclude<Account, 'agent'> = 'admin', query = '') {
  await page.goto(`/tools/number-rules${query}`)
  await signIn(page, account)
  await expect(
    page.getByRole('heading', { name: 'Permitted & Blocked Numbers', level: 1 }),
  ).toBeVisible()
  return page.getByRole('navigation', { name: 'Rules' })
}

async function testNumber(editor: Locator, number: string) {
  await editor.getByRole('textbox', { name: 'Test Phone Number' }).fill(number)
  await editor.getByRole('button', { name: 'Test', exact: true }).click()
  return editor.getByRole('status')
}

test('creates a rule: name first, countries by search, patterns checked on entry, numbers tested', async ({
  page,
}) => {
  const rules = await openPage(page)
  await expectNoA11yViolations(page)
  await rules.getByRole('button', { name: 'Create New Rule' }).click()
  const dialog = page.getByRole('dialog', { name: 'Create New Rule' })
  await dialog.getByRole('textbox', { name: 'Rule Name' }).fill('Nordics')
  await expectNoA11yViolations(page)
  await dialog.getByRole('button', { name: 'Continue' }).click()

  const editor = page.getByRole('region', { name: 'Nordics' })
  const search = editor.getByRole('searchbox', { name: 'Search countries' })
  for (const [query, country] of [
    ['swe', 'Sweden (SE)'],
    ['norw', 'Norway (NO)'],
    ['+358', 'Finland (FI)'],
  ] as const) {
    await search.fill(query)
    await editor.getByRole('checkbox', { name: country }).check()
  }
  await search.fill('')
  await expect(editor.getByRole('list', { name: 'Currently Selected Countries (3)' })).toBeVisible()

  const pattern = editor.getByRole('textbox', { name: 'Pattern to block' })
  await pattern.fill('^\\+46(900')
  await editor.getByRole('button', { name: 'Add pattern' }).click()
  await expect(pattern).toHaveAccessibleDescription(
    /^Not a valid regular expression: missing closing \)/,
  )
  await expect(editor.getByText('No Patterns to display')).toBeVisible()
  await pattern.fill('^4690')
  await pattern.press('Enter')
  await expect(editor.getByRole('cell', { name: '^4690', exact: true })).toBeVisible()
  await expectNoA11yViolations(page)

  // The draft is tested as it stands, before saving.
  await expect(await testNumber(editor, '+46 8 123 456 78')).toContainText(
    'Callbacks to Sweden (SE) are permitted',
  )
  await expect(await testNumber(editor, '+45 32 12 34 56')).toContainText(
    'Callbacks to Denmark (DK) are not permitted by this rule. Blocked patterns were not checked.',
  )
  await expect(await testNumber(editor, '+46 900 123 456')).toContainText(
    'matches the blocked pattern ^4690.',
  )

  await editor.getByRole('button', { name: 'Save Changes' }).click()
  await expect(editor.getByText(/^Version 1, saved by admin/)).toBeVisible()
  await expect(rules.getByRole('button', { name: /^Nordics/ })).toContainText('Not assigned')
  await expect(page).toHaveURL(/\/tools\/number-rules\?rule=/)
  await expectNoA11yViolations(page)
})

test('hostile patterns never freeze the page', async ({ page }) => {
  await openPage(page)
  const editor = await openRule(page, 'UK and Ireland')
  const pattern = editor.getByRole('textbox', { name: 'Pattern to block' })
  for (const hostile of ['^(a+)+$', '(\\d+)+$']) {
    await pattern.fill(hostile)
    await editor.getByRole('button', { name: 'Add pattern' }).click()
    await expect(editor.getByRole('cell', { name: hostile, exact: true })).toBeVisible()
  }
  await expect(await testNumber(editor, '+44 20 7946 0123')).toContainText(
    'matches the blocked pattern (\\d+)+$.',
  )
  // 10,000 characters: refused at once, and typing elsewhere goes on as usual.
  await pattern.fill('(\\d+)+$'.repeat(1429))
  await expect(pattern).toHaveAccessibleDescription(
    /^A pattern has at most 256 characters; this one has 10,003\./,
  )
  await editor.getByRole('button', { name: 'Add pattern' }).click()
  await expect(editor.getByRole('row')).toHaveCount(6)
  const name = editor.getByRole('textbox', { name: 'Rule Name' })
  await name.press('End')
  await name.pressSequentially(' (edited)')
  await expect(name).toHaveValue('UK and Ireland (edited)')
})

test('refuses to delete a rule in use, with the reason, and deletes one that is not', async ({
  page,
}) => {
  await openPage(page)
  const assigned = await openRule(page, 'North America only')
  await expect(assigned.getByRole('button', { name: 'Delete' })).toBeDisabled()
  await expect(assigned.getByRole('button', { name: 'Delete' })).toHaveAccessibleDescription(
    'Assigned to 3 queues: assign those queues another rule before deleting this one.',
  )

  const editor = await openRule(page, 'UK and Ireland')
  // Someone assigns it to a queue while it is open here: the backend refuses, the page says why.
  const assign = await api(page, 'PUT', '/admin/v1/queues/Claims%20VQ_CB/rules', {
    numberRuleId: 'numbers-uk-and-ireland',
  })
  expect(assign.status).toBe(200)
  await editor.getByRole('button', { name: 'Delete' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete “UK and Ireland”?' })
  await expectNoA11yViolations(page)
  await confirm.getByRole('button', { name: 'Delete rule' }).click()
  const alert = editor.getByRole('alert')
  await expect(alert).toContainText(
    '"UK and Ireland" is assigned to 1 queue(s). Assign another rule to those queues first.',
  )
  await expect(alert.getByTestId('corr-id')).toHaveText(/\w{8}-\w{4}/)

  // The page now knows the rule is in use.
  await expect(editor.getByRole('button', { name: 'Delete' })).toHaveAccessibleDescription(
    'Assigned to 1 queue: assign that queue another rule before deleting this one.',
  )
  await expect(editor).toContainText('Assigned to Claims VQ_CB')

  // Unassigned again, and the configuration refetched: now it goes.
  await api(page, 'PUT', '/admin/v1/queues/Claims%20VQ_CB/rules', { numberRuleId: null })
  await page.getByRole('button', { name: /^Refetch Tenant Configuration/ }).click()
  await expect(editor).toContainText('Not assigned to any queue')
  await editor.getByRole('button', { name: 'Delete' }).click()
  await confirm.getByRole('button', { name: 'Delete rule' }).click()
  await expect(
    page.getByText('Select a rule to see and edit it, or create a new one.'),
  ).toBeVisible()
  const rules = page.getByRole('navigation', { name: 'Rules' })
  await expect(rules.getByRole('button', { name: /^UK and Ireland/ })).toHaveCount(0)
})

test('the second of two saves from the same version is told, and chooses', async ({ page }) => {
  await openPage(page)
  const editor = await openRule(page, 'UK and Ireland')
  await editor.getByRole('button', { name: 'Remove Jersey (JE)' }).click()
  // Another save from version 1, behind the page's back.
  const other = await api(page, 'PUT', '/admin/v1/number-rules/numbers-uk-and-ireland', {
    name: 'UK and Ireland',
    permittedCountries: ['GB', 'IE'],
    blockedPatterns: [],
    version: 1,
  })
  expect(other.data).toMatchObject({ version: 2 })

  await editor.getByRole('button', { name: 'Save Changes' }).click()
  const dialog = page.getByRole('dialog', { name: 'This rule was changed by someone else' })
  await expect(dialog).toContainText('admin saved a newer version')
  await expect(dialog.getByRole('button', { name: 'Keep editing' })).toBeFocused()
  await expectNoA11yViolations(page)
  await dialog.getByRole('button', { name: 'Save mine over theirs' }).click()
  await expect(editor.getByText(/^Version 3, saved by admin/)).toBeVisible()
  const saved = await api(page, 'GET', '/admin/v1/number-rules/numbers-uk-and-ireland')
  expect(saved.data).toMatchObject({ permittedCountries: ['GB', 'GG', 'IE', 'IM'] })
})

test('a failed save keeps the edits and shows the correlation ID', async ({
  page,
  consoleErrors,
}) => {
  consoleErrors.allow(/status of 500/)
  await openPage(page)
  const editor = await openRule(page, 'Europe — no premium')
  await editor.getByRole('textbox', { name: 'Pattern to block' }).fill('^\\+3491')
  await editor.getByRole('button', { name: 'Add pattern' }).click()
  await setFault(page, 'PUT /admin/v1/number-rules/:id', { kind: 'error', times: 1 })
  await editor.getByRole('button', { name: 'Save Changes' }).click()
  const alert = editor.getByRole('alert')
  await expect(alert).toContainText('Your changes are still here.')
  await expect(alert.getByTestId('corr-id')).toHaveText(/\w{8}-\w{4}/)
  await expect(editor.getByRole('cell', { name: '^\\+3491', exact: true })).toBeVisible()
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(editor.getByText(/^Version 2, saved by admin/)).toBeVisible()
  await expect(editor.getByRole('alert')).toHaveCount(0)
})

test("Create Callback is refused for a number the queue's rule rejects, with the reason", async ({
  page,
}) => {
  await page.goto('/callback')
  await signIn(page, 'supervisor')
  await page.getByRole('button', { name: 'Create Callback' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add New Callback' })
  await dialog.getByLabel('Service Type').selectOption('Sales West VQ_CB')
  await dialog.getByLabel('Customer Number').fill('+1 900 555 0100')
  await dialog.getByRole('button', { name: 'Create Callback' }).click()
  await expect(dialog.getByLabel('Customer Number')).toHaveAccessibleDescription(
    'Sales West VQ_CB does not accept this number (number validation rule "North America only"): +19005550100 matches the blocked pattern ^\\+1900.',
  )
  await expectNoA11yViolations(page)
})

test('a Developer edits rules', async ({ page }) => {
  await openPage(page, 'developer', '?rule=numbers-europe-no-premium')
  const editor = page.getByRole('region', { name: 'Europe — no premium' })
  await editor.getByRole('button', { name: 'Remove Luxembourg (LU)' }).click()
  await editor.getByRole('button', { name: 'Save Changes' }).click()
  await expect(editor.getByText(/^Version 2, saved by developer/)).toBeVisible()
})

test('a Monitor has no Tools tab and cannot open the page by its address', async ({ page }) => {
  await page.goto('/tools/number-rules')
  await signIn(page, 'monitor')
  await expectTabs(page, ['Callback'])
  await expect(page.getByRole('heading', { name: 'Not authorized' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Permitted & Blocked Numbers' })).toHaveCount(0)
})
