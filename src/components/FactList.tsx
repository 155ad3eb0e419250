import Box from '@mui/material/Box'
import type { SxProps, Theme } from '@mui/material/styles'
import type { ReactNode } from 'react'

export interface Fact {
  key: string
  label: ReactNode
  value: ReactNode
}

/**
 * Labels and their values as a description list: two columns from small screens up, the label
 * above its value on a phone. Used for callback metrics, diagnostics and a queue's settings.
 */
export function FactList({
  facts,
  id,
  label,
  sx,
}: {
  facts: readonly Fact[]
  id?: string
  /** Names the list when a heading does not. */
  label?: string
  /** Spacing around or between the entries; merged over the defaults. */
  sx?: Exclude<SxProps<Theme>, readonly unknown[]>
}) {
  return (
    <Box
      component="dl"
      id={id}
      aria-label={label}
      sx={[
        {
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
          columnGap: 2,
          rowGap: 0.5,
          m: 0,
          '& dt': { color: 'text.secondary' },
          '& dd': { m: 0, mb: { xs: 1, sm: 0 }, overflowWrap: 'anywhere' },
        },
        sx ?? false,
      ]}
    >
      {facts.map((fact) => (
        <Box key={fact.key} sx={{ display: 'contents' }}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </Box>
      ))}
    </Box>
  )
}
