import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MAX_CSV_BYTES } from '@/domain/dnisCsv'
import { renderApp } from '@/test/renderApp'
import { currentSimulator } from '@mocks/node'
import { answerDnisFile, type DnisFileMessage } from './dnisFileCheck'

/**
 * jsdom has no Web Worker: this one runs the worker's own work (answerDnisFile) in the page, with
 * the same messages, so the dialog is tested as the browser runs it. Playwright runs the real one.
 */
class InPageWorker {
  onmessage: ((event: MessageEvent<DnisFileMessage>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  private stopped = false
  postMessage(file: File) {
    void answerDnisFile(file, (message) => {
      if (!this.stopped) this.onmessage?.({ data: message } as MessageEvent<DnisFileMessage>)
    })
  }
  terminate() {
    this.stopped = true
  }
}

/**
 * jsdom lays nothing out, so a virtualised list would see a scroller 0 px high and draw no row:
 * its scrolling regions get the height a browser would give them (the lists here are shorter).
 */
beforeEach(() => {
  vi.stubGlobal('Worker', InPageWorker)
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.getAttribute('role') === 'region' ? 800 : 0
    },
  })
})
afterEach(() => {
  vi.unstubAllGlobals()
  // Element.prototype's own (0 px) shows through again.
  Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight')
})

const stored = (name: string) =>
  currentSimulator()
    .tenant()
    .state.callInGroups.find((g) => g.name === name)

/** A group the test knows is there: its absence fails the test with its name. */
function savedGroup(name: string) {
  const group = stored(name)
  if (!group) throw new Error(`No group named ${name} in the tenant`)
  return group
}

type User = Awaited<ReturnType<typeof renderApp>>['user']

async function open(as: string, group = 'auto_insurance') {
  const view = await renderApp(`/tools/click-to-call?group=${encodeURIComponent(group)}`, { as })
  // The first render of a file also loads the Tools chunks: allow for a cold start.
  await screen.findByRole('heading', { level: 2, name: group })
  return view
}

const poolList = () => screen.getByRole('region', { name: 'DNIS numbers of the group' })
const poolNumbers = () =>
  within(poolList())
    .getAllByRole('listitem')
    .map((item) => /^\+?\d+/.exec(item.textContent)?.[0] ?? '')

async function addDnis(user: User, number: string, description = '') {
  const numberField = screen.getByRole('textbox', { name: 'New DNIS' })
  // Pasted, not typed key by key: the checks run on Add DNIS, and a busy runner types slowly.
  await user.clear(numberField)
  if (number) await user.paste(number)
  const descriptionField = screen.getByRole('textbox', { name: 'Description' })
  await user.clear(descriptionField)
  if (description) await user.paste(description)
  await user.click(screen.getByRole('button', { name: 'Add DNIS' }))
}

async function openImport(user: User) {
  await user.click(screen.getByRole('button', { name: 'Bulk Import From File' }))
  return screen.findByRole('dialog', { name: 'Bulk Import From File' })
}

const csv = (text: string, name = 'pool.csv') => new File([text], name, { type: 'text/csv' })

describe('Click-To-Call In Config: the group and its pool', () => {
  it("shows the Guide's example group: six numbers, one without a description, and its settings", async () => {
    await open('admin')
    expect(screen.getByRole('heading', { level: 1, name: 'Click-To-Call In Config' })).toBeVisible()
    expect(screen.getByText('6 numbers')).toBeVisible()
    expect(poolNumbers()).toEqual([
      '+18005555554',
      '+18005555555',
      '+18005555556',
      '+18005555557',
      '+18005555558',
      '+18005555559',
    ])
    expect(screen.getByRole('checkbox', { name: 'Generate Access Code' })).toBeChecked()
    expect(screen.getByRole('textbox', { name: 'Length' })).toHaveValue('6')
    expect(screen.getByRole('textbox', { name: 'Expiry (seconds)' })).toHaveValue('30')
    expect(screen.getByRole('checkbox', { name: 'Unique DNIS' })).not.toBeChecked()
    expect(screen.getByRole('button', { name: 'Save Group' })).toBeDisabled()
  })

  it('filters the pool by part of a number or of a description', async () => {
    const { user } = await open('admin')
    const filter = screen.getByRole('searchbox', { name: 'Filter the pool' })
    await user.type(filter, '5557')
    await waitFor(() => expect(poolNumbers()).toEqual(['+18005555557']))
    expect(screen.getByText('1 of 6 shown')).toBeVisible()
    await user.clear(filter)
    await user.type(filter, 'claims')
    await waitFor(() => expect(poolNumbers()).toEqual(['+18005555554']))
    await user.clear(filter)
    await user.type(filter, '<script>alert(1)</script>')
    expect(
      await screen.findByText('No number or description matches “<script>alert(1)</script>”.'),
    ).toBeVisible()
  })

  it('adds a DNIS after checking it, removes one, and saves the pool', async () => {
    const { user } = await open('admin')
    await addDnis(user, '')
    expect(screen.getByText('Enter a number.')).toBeVisible()
    await addDnis(user, '0800 555 5555')
    expect(screen.getByText(/Not an E.164 number/)).toBeVisible()
    await addDnis(user, '+12345678901234567')
    expect(screen.getByText('A DNIS has at most 16 characters.')).toBeVisible()
    // The same number without its "+" is the same DNIS.
    await addDnis(user, '18005555556')
    expect(screen.getByText('This number is already in the pool.')).toBeVisible()
    await addDnis(user, '+18005555560', 'x'.repeat(33))
    expect(screen.getByText('A description has at most 32 characters.')).toBeVisible()
    expect(poolNumbers()).toHaveLength(6)

    await addDnis(user, ' +18005555560 ', ' Overflow ')
    expect(screen.getByText('+18005555560 added to the pool (not saved yet).')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Remove +18005555558' }))
    expect(poolNumbers()).not.toContain('+18005555558')
    expect(screen.getByText('Unsaved changes')).toBeVisible()

    await user.click(screen.getByRole('button', { name: 'Save Group' }))
    expect(await screen.findByText('Group “auto_insurance” saved.')).toBeVisible()
    const saved = savedGroup('auto_insurance')
    expect(saved.version).toBe(2)
    expect(saved.dnis.map((d) => d.number)).not.toContain('+18005555558')
    expect(saved.dnis.at(-1)).toEqual({ number: '+18005555560', description: 'Overflow' })
  })

  it('says when a setting is out of range, keeps what was typed, and saves nothing until fixed', async () => {
    const { user } = await open('admin')
    const length = screen.getByRole('textbox', { name: 'Length' })
    const expiry = screen.getByRole('textbox', { name: 'Expiry (seconds)' })
    await user.clear(length)
    await user.type(length, '3')
    expect(screen.getByText('At least 4.')).toBeVisible()
    await user.clear(length)
    await user.type(length, '13')
    expect(screen.getByText('At most 12.')).toBeVisible()
    await user.clear(expiry)
    await user.type(expiry, '1801')
    expect(screen.getByText('At most 1800.')).toBeVisible()
    await user.clear(expiry)
    await user.type(expiry, '2.5')
    expect(screen.getByText('Enter a whole number from 10 to 1800.')).toBeVisible()
    expect(expiry).toHaveValue('2.5')
    expect(expiry).toHaveAttribute('aria-invalid', 'true')

    await user.click(screen.getByRole('button', { name: 'Save Group' }))
    expect(screen.getByText('Fix what is marked before saving.')).toBeVisible()
    expect(savedGroup('auto_insurance').version).toBe(1)

    await user.clear(length)
    await user.type(length, '12')
    await user.clear(expiry)
    await user.type(expiry, '10')
    await user.click(screen.getByRole('checkbox', { name: 'Unique DNIS' }))
    await user.click(screen.getByRole('button', { name: 'Save Group' }))
    expect(await screen.findByText('Group “auto_insurance” saved.')).toBeVisible()
    expect(stored('auto_insurance')).toMatchObject({
      version: 2,
      accessCodeLength: 12,
      expirySeconds: 10,
      uniqueDnis: true,
    })
  })

  it('turning access codes off leaves Length as it is, and saves it off', async () => {
    const { user } = await open('admin')
    await user.click(screen.getByRole('checkbox', { name: 'Generate Access Code' }))
    expect(screen.getByRole('textbox', { name: 'Length' })).toBeDisabled()
    await user.click(screen.getByRole('button', { name: 'Save Group' }))
    expect(await screen.findByText('Group “auto_insurance” saved.')).toBeVisible()
    expect(stored('auto_insurance')).toMatchObject({
      generateAccessCode: false,
      accessCodeLength: 6,
    })
  })

  it('asks what to do when someone else saved the group first', async () => {
    const { user } = await open('admin')
    await addDnis(user, '+18005555561')
    Object.assign(savedGroup('auto_insurance'), {
      version: 2,
      updatedBy: 'other.admin',
      expirySeconds: 90,
    })
    await user.click(screen.getByRole('button', { name: 'Save Group' }))
    const dialog = await screen.findByRole('dialog', {
      name: 'This group was changed by someone else',
    })
    expect(dialog).toHaveTextContent('other.admin')
    await user.click(within(dialog).getByRole('button', { name: /Load their version/ }))
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Expiry (seconds)' })).toHaveValue('90'),
    )
    expect(poolNumbers()).not.toContain('+18005555561')
  })

  it('keeps the edits and shows the correlation ID when a save fails', async () => {
    const { user } = await open('admin')
    await addDnis(user, '+18005555562')
    currentSimulator().faults.set('PUT /admin/v1/call-in-groups/:name', {
      kind: 'error',
      times: 1,
    })
    await user.click(screen.getByRole('button', { name: 'Save Group' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The group could not be saved or deleted.')
    expect(within(alert).getByTestId('corr-id').textContent).toMatch(/[0-9a-f-]{36}/)
    expect(poolNumbers()).toContain('+18005555562')
  })

  it('deletes a group after saying what becomes of requests already handed out', async () => {
    const { user } = await open('admin', 'nonUniqueGroup1')
    await user.click(screen.getByRole('button', { name: 'Delete Group' }))
    const dialog = await screen.findByRole('dialog', {
      name: 'Delete the group “nonUniqueGroup1”?',
    })
    expect(dialog).toHaveTextContent('Requests already handed out are not withdrawn')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(stored('nonUniqueGroup1')).toBeDefined()

    await user.click(screen.getByRole('button', { name: 'Delete Group' }))
    await user.click(
      within(
        await screen.findByRole('dialog', { name: 'Delete the group “nonUniqueGroup1”?' }),
      ).getByRole('button', { name: 'Delete group' }),
    )
    expect(await screen.findByText('Group “nonUniqueGroup1” deleted.')).toBeVisible()
    expect(stored('nonUniqueGroup1')).toBeUndefined()
  })
})

describe('Click-To-Call In Config: Create New Group', () => {
  it('asks for a unique name first, then needs a DNIS before the group is saved', async () => {
    const { user } = await open('admin')
    await user.click(screen.getByRole('button', { name: 'Create New Group' }))
    const dialog = await screen.findByRole('dialog', { name: 'Create New Group' })
    const name = within(dialog).getByRole('textbox', { name: 'Group Name' })
    await user.click(within(dialog).getByRole('button', { name: 'Continue' }))
    expect(within(dialog).getByText('Enter a name for the group.')).toBeVisible()
    // Names are unique without regard to case.
    await user.type(name, 'AUTO_INSURANCE')
    await user.click(within(dialog).getByRole('button', { name: 'Continue' }))
    expect(
      within(dialog).getByText(
        'A group named “AUTO_INSURANCE” already exists. Choose another name.',
      ),
    ).toBeVisible()
    await user.clear(name)
    await user.type(name, '..')
    await user.click(within(dialog).getByRole('button', { name: 'Continue' }))
    expect(within(dialog).getByText('A name cannot be only dots.')).toBeVisible()
    await user.clear(name)
    // Hostile text is a name like any other: shown as text, never as markup.
    await user.type(name, '<img src=x onerror=alert(1)>')
    await user.click(within(dialog).getByRole('button', { name: 'Continue' }))

    const title = await screen.findByRole('heading', {
      level: 2,
      name: '<img src=x onerror=alert(1)>',
    })
    expect(title.querySelector('img')).toBeNull()
    expect(screen.getByText('No DNIS to Display')).toBeVisible()
    expect(screen.getByRole('textbox', { name: 'Length' })).toHaveValue('6')
    expect(screen.getByRole('textbox', { name: 'Expiry (seconds)' })).toHaveValue('30')
    expect(screen.getByRole('checkbox', { name: 'Unique DNIS' })).not.toBeChecked()

    await user.click(screen.getByRole('button', { name: 'Save Group' }))
    expect(
      screen.getByText('Add at least one DNIS: a group needs a number to hand out.'),
    ).toBeVisible()
    expect(stored('<img src=x onerror=alert(1)>')).toBeUndefined()

    await addDnis(user, '+442079460999', 'London')
    await user.click(screen.getByRole('button', { name: 'Save Group' }))
    expect(await screen.findByText('Group “<img src=x onerror=alert(1)>” saved.')).toBeVisible()
    expect(stored('<img src=x onerror=alert(1)>')).toMatchObject({
      version: 1,
      dnis: [{ number: '+442079460999', description: 'London' }],
      generateAccessCode: true,
      accessCodeLength: 6,
      expirySeconds: 30,
      uniqueDnis: false,
    })
    // Once saved, the name is fixed: the editor has no field for it.
    expect(screen.queryByRole('textbox', { name: 'Group Name' })).not.toBeInTheDocument()
  })

  it('discards a new group never saved, after asking', async () => {
    const { user } = await open('admin')
    await user.click(screen.getByRole('button', { name: 'Create New Group' }))
    const dialog = await screen.findByRole('dialog', { name: 'Create New Group' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Group Name' }), 'Draft only')
    await user.click(within(dialog).getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { level: 2, name: 'Draft only' })
    await user.click(screen.getByRole('button', { name: 'Discard Group' }))
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Discard this new group?' })).getByRole(
        'button',
        { name: 'Discard group' },
      ),
    )
    await waitFor(() =>
      expect(
        screen.queryByRole('heading', { level: 2, name: 'Draft only' }),
      ).not.toBeInTheDocument(),
    )
    expect(stored('Draft only')).toBeUndefined()
  })
})

describe('Click-To-Call In Config: Bulk Import From File', () => {
  it('lists every invalid line with its number and reason, and imports nothing until asked', async () => {
    const { user } = await open('admin')
    const dialog = await openImport(user)
    const file = csv(
      [
        'number,description',
        '+18005550200,First',
        '18005550201,',
        '"+18005550202","Quoted, with a comma"',
        '0800123,Bad start',
        '+18005550200,Again',
        '+18005555554,In the pool',
        '+18005550203;Semicolons',
        '"+18005550204,Unclosed',
        '+18005550205,' + 'd'.repeat(33),
        '+18005550206,a,b',
      ].join('\r\n'),
    )
    await user.upload(within(dialog).getByLabelText('Choose a .csv file'), file)
    expect(
      await within(dialog).findByText(/10 lines read: 3 valid, 7 with a problem\./),
    ).toBeVisible()
    const problems = within(dialog).getByRole('region', { name: 'Problems found in the file' })
    const lines = within(problems)
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(lines).toEqual([
      expect.stringMatching(/^Line 5.*“0800123” is not an E.164 number/),
      expect.stringMatching(/^Line 6.*\+18005550200 is a duplicate of line 2\./),
      expect.stringMatching(/^Line 7.*\+18005555554 is already in the pool\./),
      expect.stringMatching(/^Line 8.*semicolons/),
      expect.stringMatching(/^Line 9.*Quotes do not pair up/),
      expect.stringMatching(/^Line 10.*description is too long/),
      expect.stringMatching(/^Line 11.*found 3\./),
    ])
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled()
    expect(
      within(dialog).getByText(/Nothing is imported while 7 lines have a problem/),
    ).toBeVisible()

    await user.click(
      within(dialog).getByRole('checkbox', { name: /Import only the valid lines \(3\)/ }),
    )
    await user.click(within(dialog).getByRole('button', { name: 'Import' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(
      screen.getByText(
        '3 numbers imported from pool.csv (not saved yet: Save Group to keep them).',
      ),
    ).toBeVisible()
    expect(poolNumbers()).toEqual([
      '+18005555554',
      '+18005555555',
      '+18005555556',
      '+18005555557',
      '+18005555558',
      '+18005555559',
      '+18005550200',
      '18005550201',
      '+18005550202',
    ])
    // Nothing is saved until Save Group.
    expect(savedGroup('auto_insurance').dnis).toHaveLength(6)
    await user.click(screen.getByRole('button', { name: 'Save Group' }))
    expect(await screen.findByText('Group “auto_insurance” saved.')).toBeVisible()
    expect(savedGroup('auto_insurance').dnis[8]).toEqual({
      number: '+18005550202',
      description: 'Quoted, with a comma',
    })
  })

  it('replaces the pool with a clean file', async () => {
    const { user } = await open('admin')
    const dialog = await openImport(user)
    await user.click(within(dialog).getByRole('radio', { name: 'Replace the pool' }))
    await user.upload(
      within(dialog).getByLabelText('Choose a .csv file'),
      csv('+18005555554,Claims again\n+18005550300,\n'),
    )
    expect(
      await within(dialog).findByText(/2 lines read: 2 valid, 0 with a problem\./),
    ).toBeVisible()
    await user.click(within(dialog).getByRole('button', { name: 'Import' }))
    await waitFor(() => expect(poolNumbers()).toEqual(['+18005555554', '+18005550300']))
  })

  it.each([
    {
      what: 'a file that is not .csv',
      file: () => csv('+18005550400,', 'pool.xlsx'),
      message: '“pool.xlsx” is not a .csv file.',
    },
    { what: 'an empty file', file: () => csv(''), message: '“pool.csv” is empty.' },
    {
      what: 'a 50 MB file',
      file: () => new File([new Uint8Array(50 * 1024 * 1024)], 'huge.csv'),
      message: '“huge.csv” is larger than 2 MB',
    },
    {
      what: 'a binary file named .csv',
      file: () => new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 8, 0])], 'zip.csv'),
      message: '“zip.csv” is not CSV text',
    },
  ])('refuses $what with a message, and the pool is unchanged', async ({ file, message }) => {
    const { user } = await open('admin')
    const dialog = await openImport(user)
    await user.upload(within(dialog).getByLabelText('Choose a .csv file'), file())
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message)
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled()
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(poolNumbers()).toHaveLength(6)
    expect(screen.getByRole('button', { name: 'Save Group' })).toBeDisabled()
  })

  it('states the size limit in the dialog itself', async () => {
    const { user } = await open('admin')
    const dialog = await openImport(user)
    expect(MAX_CSV_BYTES).toBe(2 * 1024 * 1024)
    expect(dialog).toHaveTextContent('At most 2 MB.')
  })
})

describe('Click-To-Call In Config: roles', () => {
  it.each(['supervisor', 'developer'])('shows a %s the groups read only', async (account) => {
    const { user } = await open(account)
    expect(
      screen.getByText('Read only: only an Administrator can change Click-To-Call-In groups.'),
    ).toBeVisible()
    expect(poolNumbers()).toHaveLength(6)
    for (const name of [
      'Create New Group',
      'Save Group',
      'Delete Group',
      'Add DNIS',
      'Bulk Import From File',
    ])
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Remove / })).not.toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Unique DNIS' })).toBeDisabled()
    const length = screen.getByRole('textbox', { name: 'Length' })
    expect(length).toHaveAttribute('readonly')
    // They can still look around: filter and choose another group.
    await user.type(screen.getByRole('searchbox', { name: 'Filter the pool' }), 'Renewals')
    await waitFor(() => expect(poolNumbers()).toEqual(['+18005555555']))
  })

  it('keeps a monitor out: the Tools tab is not theirs', async () => {
    await renderApp('/tools/click-to-call', { as: 'monitor' })
    expect(await screen.findByRole('heading', { name: /not authorized/i })).toBeVisible()
    expect(
      screen.queryByRole('heading', { name: 'Click-To-Call In Config' }),
    ).not.toBeInTheDocument()
  })
})
