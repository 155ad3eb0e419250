import Box from '@mui/material/Box'
import Typography from '@mui/material/Typography'

/**
 * A page's title with the sentence saying what the page is for set close under it, kept to a
 * readable line length however wide the window.
 */
export function PageHeading({ title, intro }: { title: string; intro: string }) {
  return (
    <Box>
      <Typography variant="h5" component="h1">
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, maxWidth: '75ch' }}>
        {intro}
      </Typography>
    </Box>
  )
}
