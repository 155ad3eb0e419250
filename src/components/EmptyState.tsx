import Box from '@mui/material/Box'
import Typography from '@mui/material/Typography'
import type { ReactNode } from 'react'

interface EmptyStateProps {
  title: string
  /** Why nothing is listed. */
  children: ReactNode
  /** The likely ways out (buttons). */
  actions?: ReactNode
}

/** A list with nothing to show: say why where the rows would be, and offer the way out. */
export function EmptyState({ title, children, actions }: EmptyStateProps) {
  return (
    <Box
      role="status"
      sx={{
        p: 4,
        textAlign: 'center',
        bgcolor: 'background.paper',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
      }}
    >
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      <Typography color="text.secondary" sx={{ maxWidth: 640, mx: 'auto', mb: 2 }}>
        {children}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, justifyContent: 'center', flexWrap: 'wrap' }}>
        {actions}
      </Box>
    </Box>
  )
}
