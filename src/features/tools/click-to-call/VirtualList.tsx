import Box from '@mui/material/Box'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef, type ReactNode } from 'react'

interface VirtualListProps {
  count: number
  /** Every row has this height (px): a pool of 10,000 needs no measuring. */
  rowHeight: number
  /** The list scrolls beyond this height (px). */
  maxHeight: number
  label: string
  renderRow: (index: number) => ReactNode
}

/**
 * A list that draws only the rows in view (and a few around them), for a DNIS pool or an import's
 * problems of up to tens of thousands of lines. Each row still tells assistive technology its
 * position in the whole list.
 */
export function VirtualList({ count, rowHeight, maxHeight, label, renderRow }: VirtualListProps) {
  const scroller = useRef<HTMLDivElement>(null)
  const height = Math.min(count * rowHeight, maxHeight)
  // The compiler leaves this component unmemoised, as it must: useVirtualizer answers new rows
  // from the same object as the list scrolls.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    // Before the first layout (and where there is none, as in tests) assume the list's own height.
    initialRect: { width: 0, height },
  })
  return (
    <Box
      ref={scroller}
      // A scrolling region must be reachable by keyboard (WCAG 2.1.1).
      tabIndex={0}
      role="region"
      aria-label={label}
      sx={{
        height,
        overflowY: 'auto',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 2 },
      }}
    >
      <Box
        component="ul"
        sx={{ position: 'relative', height: virtualizer.getTotalSize(), m: 0, p: 0 }}
      >
        {virtualizer.getVirtualItems().map((item) => (
          <Box
            component="li"
            key={item.key}
            aria-setsize={count}
            aria-posinset={item.index + 1}
            sx={{
              position: 'absolute',
              top: 0,
              left: 0,
              right: 0,
              height: rowHeight,
              transform: `translateY(${item.start}px)`,
              listStyle: 'none',
              display: 'flex',
              alignItems: 'center',
              px: 1.5,
              borderBottom: 1,
              borderColor: 'divider',
            }}
          >
            {renderRow(item.index)}
          </Box>
        ))}
      </Box>
    </Box>
  )
}
