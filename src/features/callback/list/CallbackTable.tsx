import Table from '@mui/material/Table'
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
import {
  ListTableContainer,
  listTableSx,
  SortHeaderCell,
  SpacerRow,
  useVirtualRows,
} from '@/components/ListTable'
import { SORT_FIELDS, type SortField, type SortOrder } from '@/domain/callbackQuery'
import { detailsId } from './cells'
import { listColumns } from './columns'
import { listFeatures, type ListRow } from './listTable'
import { RowDetails } from './RowDetails'
import { useTableTooltip } from './TableTooltip'
import type { CallbackT } from './useCallbackT'
import { visuallyHidden } from '@/lib/visuallyHidden'

const getRowId = (callback: CallbackSummary) => callback.id
/** A row with its checkbox and 32-pixel buttons, before it is measured. */
const ROW_HEIGHT = 45
/** The least the one column without a width (Service Name) is given. */
const FLEXIBLE_MIN_WIDTH = 200
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
  const rows = table.getRowModel().rows
  const shown = useVirtualRows(rows.length, ROW_HEIGHT)
  const fixedWidth = headers.reduce(
    (sum, header) => sum + (header.column.columnDef.meta?.width ?? 0),
    0,
  )

  return (
    <ListTableContainer ref={shown.scroller} {...handlers}>
      <Table
        size="small"
        stickyHeader
        aria-label={label}
        // Only the rows in view are in the document: the table says how many there are.
        aria-rowcount={rows.length + 1}
        sx={(theme) => ({
          ...listTableSx(theme),
          // Fixed, so the columns keep their widths whatever rows are drawn as the frame scrolls.
          tableLayout: 'fixed',
          minWidth: fixedWidth + FLEXIBLE_MIN_WIDTH,
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
          '& .cb-narrow': { px: 0.5, textAlign: 'center' },
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
                  <TableCell
                    key={header.id}
                    className="cb-narrow"
                    padding="none"
                    style={{ width: meta?.width }}
                  >
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
                  <TableCell
                    key={header.id}
                    className="cb-narrow"
                    padding="none"
                    style={{ width: meta.width }}
                  >
                    <span style={visuallyHidden}>{name}</span>
                  </TableCell>
                )
              }
              return (
                <SortHeaderCell
                  key={header.id}
                  label={name}
                  width={meta?.width}
                  sorted={header.column.getIsSorted()}
                  onSort={
                    header.column.getCanSort() ? header.column.getToggleSortingHandler() : undefined
                  }
                />
              )
            })}
          </TableRow>
        </TableHead>
        <SpacerRow height={shown.before} colSpan={headers.length} />
        {/* Keyed by position, and cells by column: another page reuses the drawn rows' DOM and
            only changes their text. Row state (selection, expansion) is keyed by callback ID in
            the table model, not in the components. */}
        {shown.rows.map(({ index }) => {
          const row = rows[index]
          return (
            row && (
              <CallbackRow
                key={index}
                index={index}
                measure={shown.measure}
                row={row}
                selected={rowSelection[row.id] === true}
                expanded={expanded === true || expanded[row.id] === true}
                columnsKey={columnsKey}
                colSpan={headers.length}
              />
            )
          )
        })}
        <SpacerRow height={shown.after} colSpan={headers.length} />
      </Table>
      {tooltip}
    </ListTableContainer>
  )
})

interface CallbackRowProps {
  /** The row's place on the page, from 0. */
  index: number
  measure: (element: HTMLElement | null) => void
  row: ListRow
  /** The next three say when the row must redraw; the row reads them through its model. */
  selected: boolean
  expanded: boolean
  columnsKey: string
  colSpan: number
}

/**
 * A callback and, opened, its details: one group, measured as one. Body rows are plain table rows
 * styled once by the table (same look as MUI's TableRow and TableCell): MUI cells for every row
 * cost about as much as everything else on a page change.
 */
const CallbackRow = memo(function CallbackRow({
  index,
  measure,
  row,
  selected,
  expanded,
  colSpan,
}: CallbackRowProps) {
  return (
    <tbody ref={measure} data-index={index}>
      <tr
        className={`cb-row${selected ? ' cb-selected' : ''}${expanded ? ' cb-expanded' : ''}`}
        aria-rowindex={index + 2}
      >
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
    </tbody>
  )
})
