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
    meta: { label: 'columns.select', hiddenLabel: true },
  }),
  helper.display({
    id: 'expand',
    cell: ExpandCell,
    meta: { label: 'columns.details', hiddenLabel: true },
  }),
  helper.accessor('state', { cell: StateCell, meta: { label: 'columns.state' } }),
  helper.accessor('desiredTime', { cell: TimeCell, meta: { label: 'columns.desiredTime' } }),
  helper.accessor('phoneNumber', { meta: { label: 'columns.phoneNumber' } }),
  helper.accessor('serviceName', { meta: { label: 'columns.serviceName' } }),
  helper.accessor('id', { id: 'callbackId', meta: { label: 'columns.callbackId' } }),
  helper.accessor('updatedAt', { cell: TimeCell, meta: { label: 'columns.updatedAt' } }),
  helper.display({
    id: 'actions',
    cell: ActionsCell,
    meta: { label: 'columns.actions', hiddenLabel: true },
  }),
])
