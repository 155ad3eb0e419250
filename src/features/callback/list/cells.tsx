import type { CallbackSummary } from '@/api/types'
import { isCompleted, isPastDesiredWindow } from '@/domain/callback'
import { stateLabel } from '../stateLabel'
import type { ListCellProps } from './listTable'
import { useListContext } from './ListContext'
import { RowIcon, type RowIconName } from './rowIcons'

/** How a row is named to assistive technology: its number and time, which tell rows apart. */
function rowName(callback: CallbackSummary, formatTime: (value: string) => string) {
  return { phone: callback.phoneNumber, time: formatTime(callback.desiredTime) }
}

export function detailsId(rowId: string): string {
  return `callback-details-${rowId}`
}

export function SelectCell({ row }: ListCellProps) {
  const { t, formatTime } = useListContext()
  return (
    <input
      type="checkbox"
      className="cb-check"
      checked={row.getIsSelected()}
      onChange={row.getToggleSelectedHandler()}
      aria-label={t('table.selectRow', rowName(row.original, formatTime))}
    />
  )
}

export function ExpandCell({ row }: ListCellProps) {
  const { t, formatTime } = useListContext()
  const expanded = row.getIsExpanded()
  return (
    <button
      type="button"
      className="cb-icon-btn"
      aria-expanded={expanded}
      aria-controls={expanded ? detailsId(row.id) : undefined}
      aria-label={t('table.details', rowName(row.original, formatTime))}
      onClick={row.getToggleExpandedHandler()}
    >
      <RowIcon name={expanded ? 'collapse' : 'expand'} />
    </button>
  )
}

/**
 * Its explanation shows in the table's shared tooltip (data-tip); the warning can take the focus so
 * it also shows from the keyboard.
 */
function StateIcon({ name, label }: { name: RowIconName; label: string }) {
  return (
    <span
      role="img"
      aria-label={label}
      data-tip={label}
      className={`cb-state-icon cb-${name}`}
      tabIndex={name === 'warning' ? 0 : undefined}
    >
      <RowIcon name={name} />
    </span>
  )
}

export function StateCell({ row }: ListCellProps) {
  const { t, fetchedAt } = useListContext()
  const callback = row.original
  return (
    <span className="cb-state">
      {stateLabel(callback)}
      {callback.origin === 'SCHEDULED' && (
        <StateIcon name="scheduled" label={t('table.scheduledOrigin')} />
      )}
      {isPastDesiredWindow(callback, fetchedAt) && (
        <StateIcon name="warning" label={t('table.pastWindow')} />
      )}
    </span>
  )
}

export function TimeCell({ getValue }: ListCellProps) {
  const { formatTime } = useListContext()
  return formatTime(getValue() as string)
}

export function ActionsCell({ row }: ListCellProps) {
  const { t, formatTime, onEdit, onRecreate } = useListContext()
  const callback = row.original
  if (callback.state === 'PROCESSING') return null
  // A completed callback can only be recreated; any other not being handled, edited.
  const recreate = isCompleted(callback.state)
  const name = rowName(callback, formatTime)
  return (
    <button
      type="button"
      className="cb-icon-btn cb-primary"
      title={recreate ? t('table.recreateTip') : t('table.editTip')}
      aria-label={recreate ? t('table.recreate', name) : t('table.edit', name)}
      onClick={() => (recreate ? onRecreate : onEdit)(callback)}
    >
      <RowIcon name={recreate ? 'recreate' : 'edit'} />
    </button>
  )
}
