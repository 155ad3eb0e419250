import type { CallbackState } from '@/domain/callback'
import type { SearchField, SortField, SortOrder } from '@/domain/callbackQuery'
import type { CallInRange, CallInSearchField, CallInSortField } from '@/domain/callInQuery'
import type { components } from './schema.gen'

/** Payload types of the contract, named for use across the app. */
type Schemas = components['schemas']

export type CurrentUser = Schemas['CurrentUser']
export type Preferences = Schemas['Preferences']
export type CallbackSummary = Schemas['CallbackSummary']
export type CallbackDetail = Schemas['CallbackDetail']
export type CallbackMetrics = Schemas['CallbackMetrics']
export type CallbackParameters = Schemas['CallbackParameters']
export type Queue = Schemas['Queue']
export type Slot = Schemas['Slot']
export type BulkCancelRequest = Schemas['BulkCancelRequest']
export type BulkCancelData = Schemas['BulkCancelData']
export type RangeSelection = Schemas['RangeSelection']
export type CancellationReportEntry = Schemas['CancellationReportEntry']
export type UiCreateCallbackRequest = Schemas['UiCreateCallbackRequest']
export type RecreateRequest = Schemas['RecreateRequest']

export type CallInRecord = Schemas['CallInRecord']

/** The query of one page of the Call-In tab (GET /admin/v1/call-ins); an empty term searches nothing. */
export interface CallInListParams {
  range: CallInRange
  timezone: string
  searchField: CallInSearchField
  searchTerm: string
  sort: CallInSortField
  order: SortOrder
  page: number
  pageSize: number
}

/** The query of one page of the callback list (GET /admin/v1/callbacks). */
export interface CallbackListParams {
  from: string
  to: string
  states: CallbackState[]
  services: string[]
  searchField: SearchField
  searchTerm: string
  timezone: string
  sort: SortField
  order: SortOrder
  page: number
  pageSize: number
}
