import {
  columnVisibilityFeature,
  metaHelper,
  rowExpandingFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  type CellContext,
  type Row,
} from '@tanstack/react-table'
import type { CallbackSummary } from '@/api/types'
import type { MessageKey } from '@/i18n/i18n'

export interface ListColumnMeta {
  /** The header's words; hidden headers still name their column for assistive technology. */
  label: MessageKey<'callback'>
  hiddenLabel?: boolean
  /**
   * Pixels, padding included. The table's layout is fixed, so columns keep their widths as other
   * rows scroll into view; the one column without a width takes the room left.
   */
  width?: number
}

/**
 * The list's table model: the server sorts and pages, the table keeps column visibility, row
 * selection and expansion. No client row models are registered: there is nothing to process.
 */
export const listFeatures = tableFeatures({
  columnVisibilityFeature,
  rowSelectionFeature,
  rowExpandingFeature,
  rowSortingFeature,
  columnMeta: metaHelper<ListColumnMeta>(),
})

export type ListFeatures = typeof listFeatures
export type ListRow = Row<ListFeatures, CallbackSummary>
export type ListCellProps = CellContext<ListFeatures, CallbackSummary>
