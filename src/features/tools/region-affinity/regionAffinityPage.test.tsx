import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { RegionColumn } from '@/domain/regionAffinity'
import { holdRequests } from '@/test/holdRequests'
import { renderApp } from '@/test/renderApp'
import { currentSimulator } from '@mocks/node'
import { defined } from '@/test/defined'

const COLUMN_NAMES: Record<RegionColumn, string> = {
  preferred: 'Preferred Regions',
  fallback: 'Fallback Regions',
  ignored: 'Ignored Regions',
}

/** Region IDs shown in a column, top to bottom. */
function column(name: RegionColumn): string[] {
  const list = screen.getByRole('list', { name: COLUMN_NAMES[name] })
  return within(list)
    .queryAllByRole('listitem')
    .map((item) => item.getAttribute('data-region') ?? '')
}

const savedRule = (id: string) =>
  currentSimulator()
    .tenant()
    .state.regionRules.find((r) => r.id === id)

async function openAsAdmin() {
  const view = await renderApp('/tools/region-affinity', { as: 'admin' })
  // The first render of a file also loads the Tools chunks: allow for a cold start.
  await screen.findByRole('heading', { name: 'Rule “West Coast first”' })
  return view
}

type User = Awaited<ReturnType<typeof renderApp>>['user']

/** The keyboard way: the region's Move menu. */
async function move(user: User, region: string, item: string) {
  await user.click(screen.getByRole('button', { name: `Move ${region}` }))
  await user.click(await screen.findByRole('menuitem', { name: item }))
  await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument())
}

describe('the Region Affinity page', () => {
  it('shows the first rule in three columns and its connection order in words', async () => {
    await openAsAdmin()
    expect(screen.getByRole('heading', { level: 1, name: 'Region Affinity' })).toBeInTheDocument()
    expect(column('preferred')).toEqual(['us-west-2'])
    expect(column('fallback')).toEqual(['us-west-1'])
    expect(column('ignored')).toEqual([
      'us-east-1',
      'us-east-2',
      'eu-west-1',
      'eu-central-1',
      'ap-southeast-2',
      'ap-northeast-1',
    ])
    expect(screen.getByTestId('connection-order')).toHaveTextContent(
      'Connect to Oregon first; if it does not answer, N. California. Never: Virginia, Ohio, Ireland, Frankfurt, Sydney, Tokyo.',
    )
    expect(screen.getByText('Assigned to: Sales West VQ_CB, Sales Renewals VQ_CB.')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Delete Rule' })).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Save Changes' })).toBeDisabled()
  })

  it('moves regions with the Move menu, says where they went, and saves the new order', async () => {
    const { user } = await openAsAdmin()
    await move(user, 'Ireland', 'Move to Fallback Regions')
    await move(user, 'Ireland', 'Move up')
    expect(column('fallback')).toEqual(['eu-west-1', 'us-west-1'])
    expect(
      screen.getByText('Ireland moved to Fallback Regions, position 1 of 2.'),
    ).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move Ireland' })).toHaveFocus())
    await move(user, 'Virginia', 'Move to Preferred Regions')
    expect(column('preferred')).toEqual(['us-west-2', 'us-east-1'])
    expect(screen.getByTestId('connection-order')).toHaveTextContent(
      'Connect to Oregon first, then Virginia; if neither answers, Ireland, then N. California.',
    )
    expect(screen.getByText('Unsaved changes')).toBeVisible()

    await user.click(screen.getByRole('button', { name: 'Save Changes' }))
    expect(await screen.findByText('Rule “West Coast first” saved.')).toBeVisible()
    expect(savedRule('region-west-coast-first')).toMatchObject({
      version: 2,
      preferred: ['us-west-2', 'us-east-1'],
      fallback: ['eu-west-1', 'us-west-1'],
      updatedBy: 'admin',
    })
    expect(screen.queryByText('Unsaved changes')).not.toBeInTheDocument()
  })

  it('will not save without a preferred region, and Revert restores the saved order', async () => {
    const { user } = await openAsAdmin()
    await move(user, 'Oregon', 'Move to Ignored Regions')
    expect(column('preferred')).toEqual([])
    expect(screen.getByText('Preferred region required')).toBeVisible()
    expect(screen.getByTestId('connection-order')).toHaveTextContent(
      'No preferred region yet, so this rule connects nowhere.',
    )
    await user.click(screen.getByRole('button', { name: 'Save Changes' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Preferred region required')
    expect(defined(savedRule('region-west-coast-first')).version).toBe(1)

    await user.click(screen.getByRole('button', { name: 'Revert' }))
    expect(column('preferred')).toEqual(['us-west-2'])
    expect(column('fallback')).toEqual(['us-west-1'])
    expect(screen.queryByText('Preferred region required')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Save Changes' })).toBeDisabled()
  })

  it('creates a rule: name first, every region under Ignored, saved once it has a preferred region', async () => {
    const { user } = await openAsAdmin()
    await user.click(screen.getByRole('button', { name: 'Create New Rule' }))
    const dialog = await screen.findByRole('dialog', { name: 'Create Region Affinity Rule' })
    await user.click(within(dialog).getByRole('button', { name: 'Create' }))
    expect(within(dialog).getByText('Enter a name for the rule.')).toBeVisible()
    await user.type(within(dialog).getByRole('textbox', { name: 'Rule name' }), 'west coast FIRST')
    await user.click(within(dialog).getByRole('button', { name: 'Create' }))
    expect(
      within(dialog).getByText('Another rule is already named “west coast FIRST”.'),
    ).toBeVisible()
    const name = within(dialog).getByRole('textbox', { name: 'Rule name' })
    await user.clear(name)
    await user.type(name, 'Asia Pacific')
    await user.click(within(dialog).getByRole('button', { name: 'Create' }))

    await screen.findByRole('heading', { name: 'New rule “Asia Pacific”' })
    expect(column('preferred')).toEqual([])
    expect(column('fallback')).toEqual([])
    expect(column('ignored')).toHaveLength(8)
    await move(user, 'Sydney', 'Move to Preferred Regions')
    await move(user, 'Tokyo', 'Move to Fallback Regions')
    await user.click(screen.getByRole('button', { name: 'Save Changes' }))
    expect(await screen.findByText('Rule “Asia Pacific” saved.')).toBeVisible()
    await screen.findByRole('heading', { name: 'Rule “Asia Pacific”' })
    const created = currentSimulator()
      .tenant()
      .state.regionRules.find((r) => r.name === 'Asia Pacific')
    expect(created).toMatchObject({ preferred: ['ap-southeast-2'], fallback: ['ap-northeast-1'] })
    expect(screen.getByText('Not assigned to any queue.')).toBeVisible()
  })

  it('keeps the edits and shows the correlation ID when a save fails', async () => {
    const { user } = await openAsAdmin()
    await move(user, 'Frankfurt', 'Move to Fallback Regions')
    currentSimulator().faults.set('PUT /admin/v1/region-rules/:id', { kind: 'error', times: 1 })
    await user.click(screen.getByRole('button', { name: 'Save Changes' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The rule was not saved. Your changes are kept: try again.')
    expect(within(alert).getByTestId('corr-id').textContent).toMatch(/[0-9a-f-]{36}/)
    expect(column('fallback')).toEqual(['us-west-1', 'eu-central-1'])
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('Rule “West Coast first” saved.')).toBeVisible()
    expect(defined(savedRule('region-west-coast-first')).fallback).toEqual([
      'us-west-1',
      'eu-central-1',
    ])
  })

  it('asks what to do when someone else saved the rule first', async () => {
    const { user } = await openAsAdmin()
    await move(user, 'Tokyo', 'Move to Preferred Regions')
    // Meanwhile another administrator's save, straight into the tenant (after the edit: an
    // untouched draft would take a newer version read in the background).
    const rule = defined(savedRule('region-west-coast-first'))
    Object.assign(rule, { preferred: ['us-east-2'], version: 2, updatedBy: 'other.admin' })
    await user.click(screen.getByRole('button', { name: 'Save Changes' }))
    const dialog = await screen.findByRole('dialog', {
      name: 'This rule was changed by someone else',
    })
    expect(dialog).toHaveTextContent('other.admin')
    await user.click(within(dialog).getByRole('button', { name: /Load their version/ }))
    await waitFor(() => expect(column('preferred')).toEqual(['us-east-2']))
    expect(defined(savedRule('region-west-coast-first')).version).toBe(2)
  })

  it('saves over a newer version when the user chooses to', async () => {
    const { user } = await openAsAdmin()
    await move(user, 'Tokyo', 'Move to Fallback Regions')
    Object.assign(defined(savedRule('region-west-coast-first')), {
      version: 2,
      updatedBy: 'other.admin',
    })
    await user.click(screen.getByRole('button', { name: 'Save Changes' }))
    const dialog = await screen.findByRole('dialog', {
      name: 'This rule was changed by someone else',
    })
    await user.click(within(dialog).getByRole('button', { name: 'Save mine over theirs' }))
    expect(await screen.findByText('Rule “West Coast first” saved.')).toBeVisible()
    expect(savedRule('region-west-coast-first')).toMatchObject({
      version: 3,
      fallback: ['us-west-1', 'ap-northeast-1'],
      updatedBy: 'admin',
    })
  })

  it('asks before another rule replaces unsaved changes', async () => {
    const { user } = await openAsAdmin()
    await move(user, 'Ohio', 'Move to Preferred Regions')
    const chooseRule = async (name: string) => {
      await user.click(screen.getByRole('combobox', { name: 'Region Affinity Rules' }))
      await user.click(await screen.findByRole('option', { name }))
    }
    await chooseRule('EU data residency')
    const ask = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' })
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.getByRole('heading', { name: 'Rule “West Coast first”' })).toBeVisible()
    expect(column('preferred')).toEqual(['us-west-2', 'us-east-2'])

    await chooseRule('EU data residency')
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Discard unsaved changes?' })).getByRole(
        'button',
        { name: 'Discard changes' },
      ),
    )
    await screen.findByRole('heading', { name: 'Rule “EU data residency”' })
    expect(column('preferred')).toEqual(['eu-west-1', 'eu-central-1'])
    expect(column('fallback')).toEqual([])
  })

  it('marks a region down, and the preview names the region that would serve instead', async () => {
    const { user } = await openAsAdmin()
    expect(screen.getByTestId('region-preview')).toHaveTextContent(
      'a newly routed callback would be served by Oregon (us-west-2)',
    )
    await user.click(screen.getByRole('switch', { name: 'Oregon is up' }))
    await waitFor(() =>
      expect(screen.getByTestId('region-preview')).toHaveTextContent(
        'Oregon would be skipped (down) and a newly routed callback served by N. California (us-west-1)',
      ),
    )
    expect(
      defined(
        currentSimulator()
          .tenant()
          .state.regions.find((r) => r.id === 'us-west-2'),
      ).healthy,
    ).toBe(false)
    expect(screen.getByLabelText('Oregon is marked down')).toBeVisible()
  })

  it('deletes an unassigned rule after asking', async () => {
    const { user } = await openAsAdmin()
    await user.click(screen.getByRole('combobox', { name: 'Region Affinity Rules' }))
    await user.click(await screen.findByRole('option', { name: 'North America, any node' }))
    await screen.findByRole('heading', { name: 'Rule “North America, any node”' })
    await user.click(screen.getByRole('button', { name: 'Delete Rule' }))
    const dialog = await screen.findByRole('dialog', {
      name: 'Delete the rule “North America, any node”?',
    })
    await user.click(within(dialog).getByRole('button', { name: 'Delete Rule' }))
    expect(await screen.findByText('Rule “North America, any node” deleted.')).toBeVisible()
    expect(savedRule('region-north-america-resilient')).toBeUndefined()
    await screen.findByRole('heading', { name: 'Rule “West Coast first”' })
  })

  it.each(['supervisor', 'developer'])(
    'tells a %s the page is not for their role',
    async (account) => {
      await renderApp('/tools/region-affinity', { as: account })
      expect(await screen.findByRole('heading', { name: 'Not authorized' })).toBeVisible()
      expect(screen.queryByRole('list', { name: 'Preferred Regions' })).not.toBeInTheDocument()
    },
  )
})

describe('Region Affinity: editing while a save is in flight', () => {
  it('keeps a region moved while Save Changes runs', async () => {
    const { user } = await openAsAdmin()
    await move(user, 'Frankfurt', 'Move to Fallback Regions')
    const put = holdRequests('put', '/admin/v1/region-rules/:id')
    await user.click(screen.getByRole('button', { name: 'Save Changes' }))
    await put.arrived()
    await move(user, 'Ireland', 'Move to Fallback Regions')
    put.release()

    expect(await screen.findByText('Rule “West Coast first” saved.')).toBeVisible()
    expect(savedRule('region-west-coast-first')).toMatchObject({
      version: 2,
      fallback: ['us-west-1', 'eu-central-1'],
    })
    expect(column('fallback')).toEqual(['us-west-1', 'eu-central-1', 'eu-west-1'])
    expect(screen.getByText('Unsaved changes')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Save Changes' }))
    await waitFor(() =>
      expect(savedRule('region-west-coast-first')).toMatchObject({
        version: 3,
        fallback: ['us-west-1', 'eu-central-1', 'eu-west-1'],
      }),
    )
  })

  it('keeps a region moved while a new rule is being created', async () => {
    const { user } = await openAsAdmin()
    await user.click(screen.getByRole('button', { name: 'Create New Rule' }))
    const dialog = await screen.findByRole('dialog', { name: 'Create Region Affinity Rule' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Rule name' }), 'Asia Pacific')
    await user.click(within(dialog).getByRole('button', { name: 'Create' }))
    await screen.findByRole('heading', { name: 'New rule “Asia Pacific”' })
    await move(user, 'Sydney', 'Move to Preferred Regions')
    const post = holdRequests('post', '/admin/v1/region-rules')
    await user.click(screen.getByRole('button', { name: 'Save Changes' }))
    await post.arrived()
    await move(user, 'Tokyo', 'Move to Fallback Regions')
    post.release()

    await screen.findByRole('heading', { name: 'Rule “Asia Pacific”' })
    const created = () =>
      currentSimulator()
        .tenant()
        .state.regionRules.find((r) => r.name === 'Asia Pacific')
    expect(created()).toMatchObject({ version: 1, preferred: ['ap-southeast-2'], fallback: [] })
    expect(column('fallback')).toEqual(['ap-northeast-1'])
    expect(screen.getByText('Unsaved changes')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Save Changes' }))
    await waitFor(() =>
      expect(created()).toMatchObject({ version: 2, fallback: ['ap-northeast-1'] }),
    )
  })
})
