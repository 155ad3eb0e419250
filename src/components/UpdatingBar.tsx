import Box from '@mui/material/Box'
import LinearProgress from '@mui/material/LinearProgress'
import { useDelayedFlag } from '@/lib/useDelayedFlag'

/** Loads that end sooner show no bar: it would only flash. */
const UPDATING_DELAY_MS = 250

/**
 * A list being read again (another page, a sort, a refresh) while its last rows stay shown: a thin
 * bar in a strip kept for it, so the rows never move when it comes and goes.
 */
export function UpdatingBar({ fetching, label }: { fetching: boolean; label: string }) {
  const updating = useDelayedFlag(fetching, UPDATING_DELAY_MS)
  return <Box sx={{ height: 4, my: 0.5 }}>{updating && <LinearProgress aria-label={label} />}</Box>
}
