import Backdrop from '@mui/material/Backdrop'
import CircularProgress from '@mui/material/CircularProgress'
import { lazy, Suspense } from 'react'
import type { BulkCancelData, CallbackSummary, RangeSelection } from '@/api/types'
import { useCallbackT } from './list/useCallbackT'

/** Each dialog loads when first opened: most visits to the list open none of them. */
const CreateCallbackDialog = lazy(() =>
  import('./dialogs/CreateCallbackDialog').then((m) => ({ default: m.CreateCallbackDialog })),
)
const EditCallbackDialog = lazy(() =>
  import('./dialogs/EditCallbackDialog').then((m) => ({ default: m.EditCallbackDialog })),
)
const RecreateCallbackDialog = lazy(() =>
  import('./dialogs/RecreateCallbackDialog').then((m) => ({ default: m.RecreateCallbackDialog })),
)
const BulkCancelDialog = lazy(() =>
  import('./dialogs/BulkCancelDialog').then((m) => ({ default: m.BulkCancelDialog })),
)
const ExportCancelledDialog = lazy(() =>
  import('./dialogs/ExportCancelledDialog').then((m) => ({ default: m.ExportCancelledDialog })),
)
const AdvancedOptionsDialog = lazy(() =>
  import('./list/AdvancedOptionsDialog').then((m) => ({ default: m.AdvancedOptionsDialog })),
)

export type OpenDialog =
  | { kind: 'create' }
  | { kind: 'edit'; callback: CallbackSummary }
  | { kind: 'recreate'; callback: CallbackSummary }
  | { kind: 'bulkCancel'; selected: CallbackSummary[]; range: RangeSelection; rangeLabel: string }
  | { kind: 'export' }
  | { kind: 'options' }

export interface CreatedCallback {
  id: string
  desiredTime: string
}

interface CallbackDialogsProps {
  dialog: OpenDialog | null
  onClose: () => void
  onCreated: (created: CreatedCallback) => void
  onChanged: (message: string) => void
  onBulkDone: (result: BulkCancelData) => void
}

function DialogLoading() {
  const { t } = useCallbackT()
  return (
    <Backdrop open sx={{ zIndex: (theme) => theme.zIndex.modal }}>
      <CircularProgress color="inherit" aria-label={t('loading')} />
    </Backdrop>
  )
}

/** The one dialog open, if any. */
export function CallbackDialogs({
  dialog,
  onClose,
  onCreated,
  onChanged,
  onBulkDone,
}: CallbackDialogsProps) {
  if (!dialog) return null
  return (
    <Suspense fallback={<DialogLoading />}>
      {dialog.kind === 'create' && (
        <CreateCallbackDialog open onClose={onClose} onCreated={onCreated} />
      )}
      {dialog.kind === 'edit' && (
        <EditCallbackDialog callback={dialog.callback} onClose={onClose} onChanged={onChanged} />
      )}
      {dialog.kind === 'recreate' && (
        <RecreateCallbackDialog
          callback={dialog.callback}
          onClose={onClose}
          onCreated={onCreated}
        />
      )}
      {dialog.kind === 'bulkCancel' && (
        <BulkCancelDialog
          open
          selected={dialog.selected}
          range={dialog.range}
          rangeLabel={dialog.rangeLabel}
          onClose={onClose}
          onDone={onBulkDone}
        />
      )}
      {dialog.kind === 'export' && <ExportCancelledDialog open onClose={onClose} />}
      {dialog.kind === 'options' && <AdvancedOptionsDialog onClose={onClose} />}
    </Suspense>
  )
}
