import Box from '@mui/material/Box'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { ReactNode } from 'react'

interface ListToolbarProps {
  /** The toolbar's accessible name ("Callback actions"). */
  label: string
  title: string
  /** Next to the title: what changes the list (create, cancel, export). */
  actions?: ReactNode
  /** At the far end: how the list is read (refresh, options). */
  tools: ReactNode
  /** The row under it that picks the rows: a range, a search. */
  filters: ReactNode
}

/** Above a list page: its title and actions, then its filters; both rows wrap on narrow windows. */
export function ListToolbar({ label, title, actions, tools, filters }: ListToolbarProps) {
  return (
    <Stack spacing={1.5} sx={{ mb: 1.5 }}>
      <Stack
        direction="row"
        useFlexGap
        spacing={1}
        sx={{ flexWrap: 'wrap', alignItems: 'center' }}
        role="toolbar"
        aria-label={label}
      >
        <Typography variant="h6" component="h1" sx={{ mr: 1 }}>
          {title}
        </Typography>
        {actions}
        <Box sx={{ flexGrow: 1 }} />
        {tools}
      </Stack>
      <Stack
        direction="row"
        useFlexGap
        spacing={1}
        sx={{ flexWrap: 'wrap', alignItems: 'center', rowGap: 1.5 }}
      >
        {filters}
      </Stack>
    </Stack>
  )
}
