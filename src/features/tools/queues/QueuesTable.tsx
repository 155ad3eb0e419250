import Box from '@mui/material/Box'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TableSortLabel from '@mui/material/TableSortLabel'
import Typography from '@mui/material/Typography'
import type { QueueOverview } from '@/api/queues'
import type { NameOrder } from '@/domain/queueDisplay'
import { visuallyHidden } from '@/lib/visuallyHidden'
import { QueueRow, type QueueRowProps } from './QueueRow'
import { RULE_FIELDS } from './ruleFields'

interface QueuesTableProps {
  /** The queues of the page shown, in order. */
  queues: readonly QueueOverview[]
  order: NameOrder
  onSort: (order: NameOrder) => void
  /** Said in the table when it has no row. */
  emptyText: string
  /** What every row gets. */
  row: Omit<QueueRowProps, 'listed'>
}

/** The queues table: sorted by name either way, one row per queue, each with its own Refresh. */
export function QueuesTable({ queues, order, onSort, emptyText, row }: QueuesTableProps) {
  const { t } = row
  return (
    <TableContainer
      sx={{
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        bgcolor: 'background.paper',
        overflowX: 'auto',
        // Holds the visually hidden header text, which would otherwise widen the page.
        position: 'relative',
      }}
    >
      <Table size="small" aria-label={t('queues.tableLabel')}>
        <TableHead>
          <TableRow>
            <TableCell
              sortDirection={order}
              aria-sort={order === 'asc' ? 'ascending' : 'descending'}
            >
              <TableSortLabel
                active
                direction={order}
                onClick={() => onSort(order === 'asc' ? 'desc' : 'asc')}
              >
                {t('queues.columns.queue')}
                <Box component="span" sx={visuallyHidden}>
                  {order === 'asc' ? t('queues.sortAscending') : t('queues.sortDescending')}
                </Box>
              </TableSortLabel>
            </TableCell>
            <TableCell>{t('queues.columns.ewt')}</TableCell>
            <TableCell align="right">{t('queues.columns.callbacks')}</TableCell>
            <TableCell>{t('queues.columns.openClose')}</TableCell>
            {RULE_FIELDS.map((spec) => (
              <TableCell key={spec.field}>{t(spec.column)}</TableCell>
            ))}
            <TableCell padding="checkbox" align="center">
              <Box component="span" sx={visuallyHidden}>
                {t('queues.columns.refresh')}
              </Box>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {queues.map((queue) => (
            <QueueRow key={queue.name} listed={queue} {...row} />
          ))}
          {queues.length === 0 && (
            <TableRow>
              <TableCell colSpan={8}>
                <Typography variant="body2" sx={{ py: 2 }}>
                  {emptyText}
                </Typography>
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
