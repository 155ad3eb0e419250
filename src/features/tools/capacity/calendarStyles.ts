import type { SxProps, Theme } from '@mui/material/styles'

/**
 * One style sheet for the whole calendar, matched by data attributes: styling 400-odd cells with a
 * `sx` each would create as many style rules and cost a paste its 50 ms budget.
 */
export const calendarSx: SxProps<Theme> = (theme) => ({
  position: 'relative',
  // What happens inside the calendar never makes the browser lay out the rest of the page again.
  contain: 'content',
  maxHeight: '65vh',
  overflow: 'auto',
  border: `1px solid ${theme.palette.divider}`,
  borderRadius: 1,
  // Keep a focused cell clear of the sticky heading row when scrolling it into view.
  scrollPaddingTop: 72,
  scrollPaddingLeft: 160,
  '&[data-whole]': {
    outline: `3px solid ${theme.palette.primary.main}`,
    outlineOffset: -3,
  },
  '& table': {
    borderCollapse: 'separate',
    borderSpacing: 0,
    width: '100%',
    // Equal day columns whatever the length of a day's name.
    tableLayout: 'fixed',
    fontSize: theme.typography.body2.fontSize,
    fontVariantNumeric: 'tabular-nums',
  },
  '& th, & td': {
    borderRight: `1px solid ${theme.palette.divider}`,
    borderBottom: `1px solid ${theme.palette.divider}`,
    height: 30,
    minWidth: 64,
    px: 1,
    textAlign: 'center',
    whiteSpace: 'nowrap',
    cursor: 'default',
    outline: 'none',
  },
  '& thead th': {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    bgcolor: theme.palette.grey[100],
    fontWeight: 600,
  },
  '& th[scope="row"]': {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    bgcolor: theme.palette.grey[50],
    fontWeight: 500,
    textAlign: 'left',
  },
  '& thead th[data-c="0"]': { left: 0, zIndex: 3, width: 96 },
  '& thead th[data-c="1"]': { width: 80 },
  '& tr[data-set-day] td, & td[data-c="1"]': { bgcolor: theme.palette.grey[50], fontWeight: 600 },
  '& td[data-filled]': { bgcolor: '#e3f2fd' },
  '& [data-active]': {
    boxShadow: `inset 0 0 0 2px ${theme.palette.primary.main}`,
  },
  '& [data-active]:focus': {
    boxShadow: `inset 0 0 0 3px ${theme.palette.primary.dark}`,
  },
  '& td input': {
    width: '100%',
    minWidth: 48,
    boxSizing: 'border-box',
    font: 'inherit',
    textAlign: 'center',
    border: 'none',
    outline: `2px solid ${theme.palette.primary.dark}`,
    bgcolor: theme.palette.background.paper,
    p: 0.25,
  },
})

/** MUI's grey for an unpressed toggle falls under 4.5:1 on the page background: use the text colour. */
export const toggleSx: SxProps<Theme> = {
  '& .MuiToggleButton-root:not(.Mui-selected):not(.Mui-disabled)': { color: 'text.primary' },
}
