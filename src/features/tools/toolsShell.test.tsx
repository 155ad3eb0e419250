import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { currentPath, renderApp } from '@/test/renderApp'

const menu = async () => within(await screen.findByRole('navigation', { name: 'Tools' }))

describe('the Tools menu', () => {
  it.each([
    [
      'admin',
      [
        'Queues',
        'Callback Search',
        'Permitted & Blocked Numbers',
        'Capacity',
        'Click-To-Call In Config',
        'Region Affinity',
      ],
    ],
    [
      'supervisor',
      [
        'Queues',
        'Callback Search',
        'Permitted & Blocked Numbers',
        'Capacity',
        'Click-To-Call In Config',
      ],
    ],
    [
      'developer',
      [
        'Queues',
        'Callback Search',
        'Permitted & Blocked Numbers',
        'Capacity',
        'Click-To-Call In Config',
      ],
    ],
  ])('shows %s the pages the role may open', async (account, pages) => {
    await renderApp('/tools', { as: account })
    const links = (await menu()).getAllByRole('link')
    expect(links.map((link) => link.textContent)).toEqual(pages)
    await waitFor(() => expect(currentPath()).toBe('/tools/queues'))
    // The page itself has loaded before the test ends.
    expect(await screen.findByRole('heading', { level: 1, name: 'Queues' })).toBeInTheDocument()
  })

  it('marks the open page as current', async () => {
    await renderApp('/tools/callback-search', { as: 'supervisor' })
    expect((await menu()).getByRole('link', { name: 'Callback Search' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Callback Search' }),
    ).toBeInTheDocument()
  })

  it.each(['supervisor', 'developer'])(
    'refuses Region Affinity to %s by URL, without loading it',
    async (account) => {
      await renderApp('/tools/region-affinity', { as: account })
      expect(await screen.findByRole('heading', { name: 'Not authorized' })).toBeInTheDocument()
      expect(
        screen.getByText(
          'Your role cannot open Region Affinity. Ask an administrator if you need it.',
        ),
      ).toBeInTheDocument()
    },
  )

  it('keeps a monitor out of the whole tab', async () => {
    await renderApp('/tools/capacity', { as: 'monitor' })
    expect(await screen.findByRole('heading', { name: 'Not authorized' })).toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: 'Tools' })).not.toBeInTheDocument()
  })

  it('opens Click-To-Call In Config from the menu and leads back to it', async () => {
    const { user } = await renderApp('/tools/click-to-call', { as: 'admin' })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Click-To-Call In Config' }),
    ).toBeInTheDocument()
    await user.click((await menu()).getByRole('link', { name: 'Queues' }))
    await waitFor(() => expect(currentPath()).toBe('/tools/queues'))
    // The page itself has loaded before the test ends.
    expect(await screen.findByRole('heading', { level: 1, name: 'Queues' })).toBeInTheDocument()
  })

  it('answers an unknown Tools page with a way back', async () => {
    await renderApp('/tools/nothing-here', { as: 'admin' })
    expect(await screen.findByRole('heading', { name: 'No such Tools page' })).toBeInTheDocument()
  })
})
