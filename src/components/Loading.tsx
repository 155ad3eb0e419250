import Box from '@mui/material/Box'
import CircularProgress from '@mui/material/CircularProgress'

/** A centred spinner with a name for assistive technology. */
export function Loading({ label, minHeight = 240 }: { label: string; minHeight?: number }) {
  return (
    <Box role="status" aria-live="polite" sx={{ display: 'grid', placeItems: 'center', minHeight }}>
      <CircularProgress aria-label={label} />
    </Box>
  )
}
