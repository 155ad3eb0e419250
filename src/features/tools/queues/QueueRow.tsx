import PhoneCallback from '@mui/icons-material/PhoneCallback'
import Refresh from '@mui/icons-material/Refresh'
import Schedule from '@mui/icons-material/Schedule'
import CircularProgress from '@mui/material/CircularProgress'
import IconButton from '@mui/material/IconButton'
import Link from '@mui/material/Link'
import Stack from '@mui/material/Stack'
import TableCell from '@mui/material/TableCell'
import TableRow from '@mui/material/TableRow'
import Tooltip from '@mui/material/Tooltip'
import Typography from '@mui/material/Typography'
import { Link as RouterLink } from 'react-router'
import type { QueueOverview } from '@/api/queues'
import type { Translate } from '@/i18n/i18n'
import type { TimeDisplay } from '@/lib/time'
import { openCloseText } from './openCloseText'
import { countText, waitText } from './queueFigures'
import { RuleCell, type AssignmentOutcome } from './RuleCell'
import { RULE_FIELDS, type RuleField, type RuleOption } from './ruleFields'
import { useQueueRefresh } from './useQueueRefresh'

export interface QueueRowProps {
  /** The queue as the list read it. */
  listed: QueueOverview
  /** When the list was read: the row's own later read of the queue wins. */
  listUpdatedAt: number
  editable: Record<RuleField, boolean>
  options: Record<RuleField, RuleOption[] | undefined>
  now: number
  display: TimeDisplay
  onRefreshFailed: (queue: string, error: unknown, retry: () => void) => void
  onOutcome: (outcome: AssignmentOutcome) => void
  t: Translate<'toolsQueues'>
}

export function queuePath(name: string): string {
  return `/tools/queues/${encodeURIComponent(name)}`
}

/** The Immediate and Scheduled icons, each named for assistive technology and in a tooltip. */
export function CallbackTypeIcons({
  queue,
  t,
}: {
  queue: Pick<QueueOverview, 'immediateEnabled' | 'scheduledEnabled'>
  t: Translate<'toolsQueues'>
}) {
  return (
    <Stack direction="row" spacing={0.5} sx={{ color: 'text.secondary' }}>
      {queue.immediateEnabled && (
        <Tooltip title={t('queues.immediate')}>
          <PhoneCallback fontSize="small" titleAccess={t('queues.immediate')} />
        </Tooltip>
      )}
      {queue.scheduledEnabled && (
        <Tooltip title={t('queues.scheduled')}>
          <Schedule fontSize="small" titleAccess={t('queues.scheduled')} />
        </Tooltip>
      )}
    </Stack>
  )
}

/** One queue: name and callback types, live figures, opening hours, rules, Refresh. */
export function QueueRow({
  listed,
  listUpdatedAt,
  editable,
  options,
  now,
  display,
  onRefreshFailed,
  onOutcome,
  t,
}: QueueRowProps) {
  const { queue, refreshing, refresh } = useQueueRefresh(listed, listUpdatedAt)
  const onRefresh = async () => {
    const failed = await refresh()
    if (failed) onRefreshFailed(queue.name, failed.error, () => void onRefresh())
  }
  const open = openCloseText(queue.businessHours, now, display)
  const unknown = t('queues.unknown')
  return (
    <TableRow hover>
      <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Link component={RouterLink} to={queuePath(queue.name)} sx={{ fontWeight: 500 }}>
            {queue.name}
          </Link>
          <CallbackTypeIcons queue={queue} t={t} />
        </Stack>
        {queue.active === false && (
          <Typography
            variant="caption"
            color="text.secondary"
            component="p"
            title={t('queues.inactiveHelp')}
          >
            {t('queues.inactive')}
          </Typography>
        )}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {waitText(queue, display.locale) ?? unknown}
      </TableCell>
      <TableCell align="right">{countText(queue, display.locale) ?? unknown}</TableCell>
      <TableCell sx={{ minWidth: 160 }}>
        {t(open.key, open.time !== undefined ? { time: open.time } : undefined)}
      </TableCell>
      {RULE_FIELDS.map((spec) => (
        <TableCell key={spec.field}>
          <RuleCell
            queue={queue}
            spec={spec}
            editable={editable[spec.field]}
            options={options[spec.field]}
            onOutcome={onOutcome}
            t={t}
          />
        </TableCell>
      ))}
      <TableCell padding="checkbox" align="center">
        <IconButton
          aria-label={t('queues.refreshQueue', { queue: queue.name })}
          onClick={() => void onRefresh()}
          disabled={refreshing}
          size="small"
        >
          {refreshing ? <CircularProgress size={18} aria-hidden /> : <Refresh fontSize="small" />}
        </IconButton>
      </TableCell>
    </TableRow>
  )
}
