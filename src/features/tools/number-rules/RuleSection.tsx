import Box from '@mui/material/Box'
import Typography from '@mui/material/Typography'
import type { ReactNode } from 'react'

interface RuleSectionProps {
  /** The heading's id: the section and what lists its content (a table, a list) are named by it. */
  headingId: string
  title: ReactNode
  children: ReactNode
}

/** A part of a number rule (its blocked patterns, the number test) under its own heading. */
export function RuleSection({ headingId, title, children }: RuleSectionProps) {
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} variant="subtitle1" component="h3" sx={{ fontWeight: 500, mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  )
}
