import Typography from '@mui/material/Typography'
import { formatDateTime } from '@/lib/time'
import { useTimeDisplay } from '@/lib/useTimeDisplay'

interface VersionStampProps {
  saved: { version: number; updatedBy: string; updatedAt: string } | null
  /** The page's own wording of "version N, saved by U on T". */
  savedText: (vars: { version: number; user: string; time: string }) => string
  /** What stands there before the first save. */
  notSavedText: string
}

/** Under an editor's title: which version is shown, who saved it and when; or that it is new. */
export function VersionStamp({ saved, savedText, notSavedText }: VersionStampProps) {
  const display = useTimeDisplay()
  return (
    <Typography variant="body2" color="text.secondary">
      {saved
        ? savedText({
            version: saved.version,
            user: saved.updatedBy,
            time: formatDateTime(saved.updatedAt, display),
          })
        : notSavedText}
    </Typography>
  )
}
