import { createColumnHelper } from '@tanstack/react-table'
import type { CallbackSummary } from '@/api/types'
import { ActionsCell, ExpandCell, SelectCell, StateCell, TimeCell } from './cells'
import type { ListFeatures } from './listTable'

const helper = createColumnHelper<ListFeatures, CallbackSummary>()

/**
 * Every column the list can show, in order. The IDs of sortable columns are the API's sort fields;
 * which columns show is table state (Advanced Options and the user's role), not a different list.
 */
export const listColumns = helper.columns([
  helper.display({
    id: 'select',
    cell: SelectCell,
    meta: { label: 'columns.select', hiddenLabel: true, width: 48 },
  }),
  helper.display({
    id: 'expand',
    cell: ExpandCell,
    meta: { label: 'columns.details', hiddenLabel: true, width: 48 },
  }),
  helper.accessor('state', { cell: StateCell, meta: { label: 'columns.state', width: 350 } }),
  helper.accessor('desiredTime', {
    cell: TimeCell,
    meta: { label: 'columns.desiredTime', width: 250 },
  }),
  helper.accessor('phoneNumber', { meta: { label: 'columns.phoneNumber', width: 210 } }),
  helper.accessor('serviceName', { meta: { label: 'columns.serviceName' } }),
  helper.accessor('id', { id: 'callbackId', meta: { label: 'columns.callbackId', width: 330 } }),
  helper.accessor('updatedAt', {
    cell: TimeCell,
    meta: { label: 'columns.updatedAt', width: 250 },
  }),
  helper.display({
    id: 'actions',
    cell: ActionsCell,
    meta: { label: 'columns.actions', hiddenLabel: true, width: 48 },
  }),
])
