import TableCell from '@mui/material/TableCell'
import TableContainer, { type TableContainerProps } from '@mui/material/TableContainer'
import TableSortLabel from '@mui/material/TableSortLabel'
import { alpha, lighten, type Theme } from '@mui/material/styles'
import type { MouseEventHandler } from 'react'

/**
 * The pieces every server-paged list shares (the Callback and Call-In tabs): a bordered frame that
 * scrolls sideways on a narrow screen and keeps its header in view, body cells styled once by the
 * table rather than one MUI cell each (hundreds of MUI cells cost as much as the rest of a page
 * change), and sortable column headers.
 */
export function ListTableContainer(props: Omit<TableContainerProps, 'sx'>) {
  return (
    <TableContainer
      {...props}
      sx={{
        overflowX: 'auto',
        maxHeight: { md: 'calc(100vh - 290px)' },
        minHeight: 200,
        bgcolor: 'background.paper',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
      }}
    />
  )
}

/** Body rows are plain `<tr class="cb-row">` and `<td>`s, with MUI's TableRow and TableCell look. */
export function listTableSx(theme: Theme) {
  return {
    '& th': { whiteSpace: 'nowrap', fontWeight: 600 },
    '& tbody td': {
      ...theme.typography.body2,
      color: theme.palette.text.primary,
      padding: '6px 16px',
      borderBottom: `1px solid ${lighten(alpha(theme.palette.divider, 1), 0.88)}`,
      whiteSpace: 'nowrap',
    },
    '& .cb-row:hover': { backgroundColor: theme.palette.action.hover },
  } as const
}

interface SortHeaderCellProps {
  label: string
  /** How the list is sorted by this column, or false. */
  sorted: false | 'asc' | 'desc'
  /** Absent for a column the list cannot be sorted by. */
  onSort?: MouseEventHandler | undefined
}

/** A column header: a sort button when the column sorts, `aria-sort` on the sorted one. */
export function SortHeaderCell({ label, sorted, onSort }: SortHeaderCellProps) {
  return (
    <TableCell
      sortDirection={sorted}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
    >
      {onSort ? (
        <TableSortLabel
          active={sorted !== false}
          direction={sorted === false ? 'asc' : sorted}
          onClick={onSort}
        >
          {label}
        </TableSortLabel>
      ) : (
        label
      )}
    </TableCell>
  )
}
