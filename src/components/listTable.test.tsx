import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { setListFrameHeight } from '@/test/listFrame'
import { aroundFocus, ListTableContainer, useVirtualRows } from './ListTable'

const RANGE = { startIndex: 20, endIndex: 30, overscan: 5, count: 500 }

describe('aroundFocus', () => {
  it.each([
    ['no focus', undefined, 20, 30],
    ['focus in view', 25, 15, 35],
    ['focus on the last row in view', 30, 20, 40],
    ['focus in the overscan below', 34, 20, 44],
    ['focus in the overscan above', 16, 6, 30],
    ['focus near the top of the page', 8, 0, 30],
    ['focus just beyond reach below', 46, 20, 30],
    ['focus far above (scrolled away)', 4, 20, 30],
  ])('%s', (_, focused, startIndex, endIndex) => {
    expect(aroundFocus(RANGE, focused)).toMatchObject({ startIndex, endIndex })
  })

  it('never reaches past the last row', () => {
    expect(aroundFocus({ ...RANGE, startIndex: 490, endIndex: 499 }, 497)).toMatchObject({
      startIndex: 487,
      endIndex: 499,
    })
  })
})

function Rows({ count }: { count: number }) {
  const { scroller, rows } = useVirtualRows(count, 30)
  return (
    <ListTableContainer ref={scroller}>
      <table>
        {rows.map(({ index }) => (
          <tbody key={index} data-index={index}>
            <tr>
              <td>
                <button type="button">Row {index}</button>
              </td>
            </tr>
          </tbody>
        ))}
      </table>
    </ListTableContainer>
  )
}

describe('useVirtualRows', () => {
  afterEach(() => setListFrameHeight())

  it('draws the rows after a focused one before the next key press, and lets them go on blur', () => {
    setListFrameHeight(300)
    render(<Rows count={200} />)
    const drawn = screen.getAllByRole('button').length
    const last = screen.getByRole('button', { name: `Row ${drawn - 1}` })
    act(() => last.focus())
    // Ten rows past the focused one, and the overscan after them.
    expect(screen.getByRole('button', { name: `Row ${drawn - 1 + 15}` })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: `Row ${drawn + 15}` })).toBeNull()
    act(() => last.blur())
    expect(screen.getAllByRole('button')).toHaveLength(drawn)
  })

  it('draws every row of the page while it is printed, and only those in view after', () => {
    setListFrameHeight(300)
    render(<Rows count={200} />)
    const drawn = screen.getAllByRole('button').length
    expect(drawn).toBeLessThan(30)
    // No act(): the rows must be there when the event returns, before the browser lays out the print.
    window.dispatchEvent(new Event('beforeprint'))
    expect(screen.getAllByRole('button')).toHaveLength(200)
    act(() => {
      window.dispatchEvent(new Event('afterprint'))
    })
    expect(screen.getAllByRole('button')).toHaveLength(drawn)
  })
})
