import Alert from '@mui/material/Alert'
import Snackbar from '@mui/material/Snackbar'
import { useCallback, useState } from 'react'
import type { CallbackT } from './useCallbackT'

export interface Notice {
  id: number
  text: string
  severity: 'success' | 'warning' | 'info'
}

/** The list's one notice at a time ("Callback created.", a bulk cancel's counts). */
export function useNotice() {
  const [notice, setNotice] = useState<Notice | null>(null)
  const say = useCallback(
    (text: string, severity: Notice['severity'] = 'success') =>
      setNotice({ id: Date.now(), text, severity }),
    [],
  )
  const dismiss = useCallback(() => setNotice(null), [])
  return { notice, say, dismiss }
}

export function ListNotice({
  notice,
  onClose,
  t,
}: {
  notice: Notice | null
  onClose: () => void
  t: CallbackT
}) {
  if (!notice) return null
  return (
    <Snackbar
      key={notice.id}
      open
      autoHideDuration={12_000}
      onClose={(_, reason) => reason !== 'clickaway' && onClose()}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert
        severity={notice.severity}
        variant="filled"
        role="status"
        onClose={onClose}
        closeText={t('notices.close')}
      >
        {notice.text}
      </Alert>
    </Snackbar>
  )
}
