import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { SxProps, Theme } from '@mui/material/styles'
import { useId, type ReactNode } from 'react'

interface FormCardProps {
  heading: ReactNode
  /** Enter in a field or the submit button; the browser's own submission never happens. */
  onSubmit: () => void
  /** The card's width in its row (next to a sibling card, or capped alone). */
  sx?: Exclude<SxProps<Theme>, readonly unknown[]> | undefined
  /** The form's column under the heading. */
  children: ReactNode
  /** What shows over the page rather than in the column: the corner message, dialogs. */
  overlays?: ReactNode
}

/**
 * One form of the credential tabs: an outlined card named by its heading, its fields checked by the
 * page (noValidate) rather than by the browser's bubbles.
 */
export function FormCard({ heading, onSubmit, sx, children, overlays }: FormCardProps) {
  const id = useId()
  return (
    <Paper
      variant="outlined"
      component="form"
      aria-labelledby={id}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        onSubmit()
      }}
      sx={[{ p: { xs: 2, md: 3 } }, sx ?? false]}
    >
      <Stack spacing={2}>
        <Typography id={id} variant="h6" component="h2">
          {heading}
        </Typography>
        {children}
      </Stack>
      {overlays}
    </Paper>
  )
}
