import Box from '@mui/material/Box'
import Typography from '@mui/material/Typography'
import { Fragment, type ReactNode } from 'react'

/** "Current Callback Information": what the callback is now, as label and value pairs. */
export function CurrentCallbackInfo({
  heading,
  rows,
}: {
  heading: string
  rows: ReadonlyArray<readonly [label: string, value: ReactNode]>
}) {
  return (
    <Box component="section">
      <Typography variant="subtitle2" component="h3" gutterBottom>
        {heading}
      </Typography>
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: 'max-content 1fr',
          columnGap: 3,
          rowGap: 0.5,
          m: 0,
        }}
      >
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {label}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
              {value}
            </Typography>
          </Fragment>
        ))}
      </Box>
    </Box>
  )
}
