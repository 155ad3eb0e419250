import Alert from '@mui/material/Alert'
import Snackbar from '@mui/material/Snackbar'
import { ErrorAlert } from '@/components/ErrorAlert'

/** What a save said: success, or the failure with its correlation ID. */
export type Outcome =
  { kind: 'success'; message: string } | { kind: 'error'; title: string; error: unknown }

/**
 * The message in the bottom right-hand corner after Update (Administrator's Guide): it worked, or
 * what failed. A failure stays until closed; a success goes after a few seconds.
 */
export function CornerMessage({
  outcome,
  onClose,
}: {
  outcome: Outcome | null
  onClose: () => void
}) {
  return (
    <Snackbar
      open={outcome !== null}
      autoHideDuration={outcome?.kind === 'success' ? 6000 : null}
      onClose={(_, reason) => {
        if (reason !== 'clickaway') onClose()
      }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
    >
      <div>
        {outcome?.kind === 'success' && (
          <Alert severity="success" variant="filled" role="status" onClose={onClose}>
            {outcome.message}
          </Alert>
        )}
        {outcome?.kind === 'error' && <ErrorAlert error={outcome.error} title={outcome.title} />}
      </div>
    </Snackbar>
  )
}
