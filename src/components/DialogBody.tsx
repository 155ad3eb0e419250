import Box from '@mui/material/Box'
import { Suspense, type SubmitEvent, type ReactNode } from 'react'
import { Loading } from '@/components/Loading'

/**
 * A dialog's content, kept mounted only while the dialog is open (MUI unmounts it once closed), so
 * every opening starts a fresh form. Waits for its messages inside the dialog rather than blanking
 * the page behind it.
 */
export function DialogBody({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading minHeight={160} />}>{children}</Suspense>
}

/** A form spanning title, content and actions without breaking the dialog's scrolling layout. */
export function DialogForm({
  onSubmit,
  children,
}: {
  onSubmit: (event: SubmitEvent) => void
  children: ReactNode
}) {
  return (
    <Box component="form" noValidate onSubmit={onSubmit} sx={{ display: 'contents' }}>
      {children}
    </Box>
  )
}
