import Table from '@mui/material/Table'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TableCell from '@mui/material/TableCell'
import { memo } from 'react'
import type { CallInRecord } from '@/api/types'
import {
  ListTableContainer,
  listTableSx,
  SortHeaderCell,
  SpacerRow,
  useVirtualRows,
} from '@/components/ListTable'
import type { SortOrder } from '@/domain/callbackQuery'
import type { CallInSortField } from '@/domain/callInQuery'
import type { MessageKey } from '@/i18n/i18n'

/** The columns in the Administrator's Guide's order; the access code (masked) does not sort. */
const COLUMNS = [
  'callInId',
  'state',
  'createdAt',
  'ani',
  'expiresAt',
  'groupName',
  'dnis',
  'accessCode',
] as const satisfies ReadonlyArray<CallInSortField | 'accessCode'>

/**
 * Eight columns, one a 36-character ID: narrower gutters and the ID cut short on screen let all of
 * them fit a 1280-pixel screen. The whole ID stays in the cell (copy, find, screen readers) and in
 * its tooltip; its first characters tell rows apart.
 */
const COMPACT = {
  '& th, & tbody td': { px: 1.5 },
  '& tbody code': {
    display: 'block',
    maxWidth: '15ch',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    fontSize: '0.8125rem',
  },
} as const

/** One line of text with its padding: every row is this high. */
const ROW_HEIGHT = 33

interface CallInTableProps {
  items: readonly CallInRecord[]
  label: string
  sort: CallInSortField
  order: SortOrder
  onSort: (sort: CallInSortField, order: SortOrder) => void
  /** Given `sameDayAs`, a time on that date is written as its time of day. */
  formatTime: (value: string, sameDayAs?: string) => string
  t: (key: MessageKey<'callIn'>) => string
}

/**
 * One page of call-in records (up to 500 rows), drawn as they come into view. Body rows are plain cells styled by the table, as
 * in the callback list: an MUI cell each would cost more than the rest of a page change.
 */
export const CallInTable = memo(function CallInTable({
  items,
  label,
  sort,
  order,
  onSort,
  formatTime,
  t,
}: CallInTableProps) {
  const none = t('none')
  const shown = useVirtualRows(items.length, ROW_HEIGHT)
  return (
    <ListTableContainer ref={shown.scroller}>
      <Table
        size="small"
        stickyHeader
        aria-label={label}
        // Only the rows in view are in the document: the table says how many there are.
        aria-rowcount={items.length + 1}
        sx={[listTableSx, COMPACT]}
      >
        <TableHead>
          <TableRow>
            {COLUMNS.map((column) =>
              column === 'accessCode' ? (
                <TableCell key={column}>{t('columns.accessCode')}</TableCell>
              ) : (
                <SortHeaderCell
                  key={column}
                  label={t(`columns.${column}`)}
                  sorted={sort === column ? order : false}
                  // A new column starts ascending; the sorted one turns around.
                  onSort={() => onSort(column, sort === column && order === 'asc' ? 'desc' : 'asc')}
                />
              ),
            )}
          </TableRow>
        </TableHead>
        <SpacerRow height={shown.before} colSpan={COLUMNS.length} />
        <tbody>
          {/* Keyed by position: another page reuses the drawn rows and changes their text. */}
          {shown.rows.map(({ index }) => {
            const record = items[index]
            return (
              record && (
                <tr key={index} className="cb-row" aria-rowindex={index + 2}>
                  <td title={record.id}>
                    <code>{record.id}</code>
                  </td>
                  <td>{t(`states.${record.state}`)}</td>
                  <td>{formatTime(record.createdAt)}</td>
                  <td>{record.ani ?? none}</td>
                  <td>{formatTime(record.expiresAt, record.createdAt)}</td>
                  <td>{record.groupName}</td>
                  <td>{record.dnis}</td>
                  <td>{record.maskedAccessCode ?? none}</td>
                </tr>
              )
            )
          })}
        </tbody>
        <SpacerRow height={shown.after} colSpan={COLUMNS.length} />
      </Table>
    </ListTableContainer>
  )
})
