import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import { alpha } from '@mui/material/styles'
import {
  FlexRender,
  functionalUpdate,
  useTable,
  type ColumnVisibilityState,
  type ExpandedState,
  type OnChangeFn,
  type RowSelectionState,
  type SortingState,
} from '@tanstack/react-table'
import { memo, useCallback, useMemo, useState } from 'react'
import type { CallbackSummary } from '@/api/types'
import { ListTableContainer, listTableSx, SortHeaderCell } from '@/components/ListTable'
import { SORT_FIELDS, type SortField, type SortOrder } from '@/domain/callbackQuery'
import { detailsId } from './cells'
import { listColumns } from './columns'
import { listFeatures, type ListRow } from './listTable'
import { RowDetails } from './RowDetails'
import { useTableTooltip } from './TableTooltip'
import type { CallbackT } from './useCallbackT'
import { visuallyHidden } from '@/lib/visuallyHidden'

const getRowId = (callback: CallbackSummary) => callback.id
const canExpand = () => true

function isSortField(id: string): id is SortField {
  return (SORT_FIELDS as readonly string[]).includes(id)
}

interface CallbackTableProps {
  items: CallbackSummary[]
  label: string
  canManage: boolean
  columnVisibility: ColumnVisibilityState
  rowSelection: RowSelectionState
  onRowSelectionChange: OnChangeFn<RowSelectionState>
  sort: SortField
  order: SortOrder
  onSort: (sort: SortField, order: SortOrder) => void
  t: CallbackT
}

/**
 * One page of callbacks. Rows are memoised on what changes them (their record, selection and
 * expansion, the visible columns), so ticking a box or opening a row redraws one row, not 250.
 */
export const CallbackTable = memo(function CallbackTable({
  items,
  label,
  canManage,
  columnVisibility,
  rowSelection,
  onRowSelectionChange,
  sort,
  order,
  onSort,
  t,
}: CallbackTableProps) {
  const [expanded, setExpanded] = useState<ExpandedState>({})
  const sorting = useMemo<SortingState>(() => [{ id: sort, desc: order === 'desc' }], [sort, order])
  const onSortingChange = useCallback<OnChangeFn<SortingState>>(
    (updater) => {
      const next = functionalUpdate(updater, sorting)[0]
      if (next && isSortField(next.id)) onSort(next.id, next.desc ? 'desc' : 'asc')
    },
    [sorting, onSort],
  )
  const table = useTable({
    features: listFeatures,
    columns: listColumns,
    data: items,
    getRowId,
    getRowCanExpand: canExpand,
    enableRowSelection: canManage,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    sortDescFirst: false,
    autoResetExpanded: false,
    state: { sorting, rowSelection, expanded, columnVisibility },
    onSortingChange,
    onRowSelectionChange,
    onExpandedChange: setExpanded,
  })
  const headers = table.getHeaderGroups()[0]?.headers ?? []
  const columnsKey = headers.map((header) => header.id).join(' ')
  const allSelected = table.getIsAllRowsSelected()
  const someSelected = table.getIsSomeRowsSelected()
  const { tooltip, handlers } = useTableTooltip()

  return (
    <ListTableContainer {...handlers}>
      <Table
        size="small"
        stickyHeader
        aria-label={label}
        sx={(theme) => ({
          ...listTableSx(theme),
          '& .cb-row.cb-selected, & .cb-row.cb-selected:hover': {
            backgroundColor: alpha(
              theme.palette.primary.main,
              theme.palette.action.selectedOpacity,
            ),
          },
          '& .cb-details > td': {
            backgroundColor: theme.palette.action.hover,
            whiteSpace: 'normal',
          },
          '& .cb-narrow': { width: 40, px: 0.5, textAlign: 'center' },
          '& .cb-check': {
            width: 18,
            height: 18,
            m: 0,
            cursor: 'pointer',
            accentColor: theme.palette.primary.main,
          },
          '& .cb-icon-btn': {
            display: 'inline-grid',
            placeItems: 'center',
            width: 32,
            height: 32,
            p: 0,
            border: 0,
            borderRadius: '50%',
            bgcolor: 'transparent',
            color: 'action.active',
            cursor: 'pointer',
            '&:hover': { bgcolor: 'action.hover' },
            '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main' },
          },
          '& .cb-primary': { color: 'primary.main' },
          '& .cb-icon': { width: 20, height: 20, fill: 'currentColor', display: 'block' },
          '& .cb-state': { display: 'inline-flex', alignItems: 'center', gap: 0.5 },
          '& .cb-state-icon': { display: 'inline-flex', color: 'text.secondary' },
          '& .cb-state-icon .cb-icon': { width: 18, height: 18 },
          '& .cb-warning': { color: 'warning.dark' },
          '& .cb-expanded > td': { borderBottom: 0 },
        })}
      >
        <TableHead>
          <TableRow>
            {headers.map((header) => {
              const meta = header.column.columnDef.meta
              const name = meta ? t(meta.label) : header.id
              if (header.id === 'select') {
                return (
                  <TableCell key={header.id} className="cb-narrow" padding="none">
                    <input
                      type="checkbox"
                      className="cb-check"
                      aria-label={t('table.selectAll')}
                      checked={allSelected}
                      ref={(input) => {
                        if (input) input.indeterminate = someSelected && !allSelected
                      }}
                      disabled={items.length === 0}
                      onChange={table.getToggleAllRowsSelectedHandler()}
                    />
                  </TableCell>
                )
              }
              if (meta?.hiddenLabel) {
                return (
                  <TableCell key={header.id} className="cb-narrow" padding="none">
                    <span style={visuallyHidden}>{name}</span>
                  </TableCell>
                )
              }
              return (
                <SortHeaderCell
                  key={header.id}
                  label={name}
                  sorted={header.column.getIsSorted()}
                  onSort={
                    header.column.getCanSort() ? header.column.getToggleSortingHandler() : undefined
                  }
                />
              )
            })}
          </TableRow>
        </TableHead>
        <TableBody>
          {/* Keyed by position, and cells by column: another page reuses the 250 rows' DOM and
              only changes their text, instead of tearing down and building thousands of nodes.
              Row state (selection, expansion) is keyed by callback ID in the table model, not in
              the components. */}
          {table.getRowModel().rows.map((row, index) => (
            <CallbackRow
              key={index}
              row={row}
              selected={rowSelection[row.id] === true}
              expanded={expanded === true || expanded[row.id] === true}
              columnsKey={columnsKey}
              colSpan={headers.length}
            />
          ))}
        </TableBody>
      </Table>
      {tooltip}
    </ListTableContainer>
  )
})

interface CallbackRowProps {
  row: ListRow
  /** The next three say when the row must redraw; the row reads them through its model. */
  selected: boolean
  expanded: boolean
  columnsKey: string
  colSpan: number
}

/**
 * Body rows are plain table rows styled once by the table (same look as MUI's TableRow and
 * TableCell): 250 rows of MUI cells cost about as much as everything else on a page change.
 */
const CallbackRow = memo(function CallbackRow({
  row,
  selected,
  expanded,
  colSpan,
}: CallbackRowProps) {
  return (
    <>
      <tr className={`cb-row${selected ? ' cb-selected' : ''}${expanded ? ' cb-expanded' : ''}`}>
        {row.getVisibleCells().map((cell) => (
          <td
            key={cell.column.id}
            className={cell.column.columnDef.meta?.hiddenLabel ? 'cb-narrow' : undefined}
          >
            <FlexRender cell={cell} />
          </td>
        ))}
      </tr>
      {expanded && (
        <tr className="cb-details">
          <td colSpan={colSpan} id={detailsId(row.id)}>
            <RowDetails callback={row.original} />
          </td>
        </tr>
      )}
    </>
  )
})
