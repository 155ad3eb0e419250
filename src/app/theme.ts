import { createTheme } from '@mui/material/styles'

/** System fonts (no web font to fetch), a calm blue, compact tables for long lists. */
export const theme = createTheme({
  palette: {
    primary: { main: '#1f4e8c' },
    secondary: { main: '#6b3fa0' },
    background: { default: '#f5f7fa' },
  },
  typography: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    MuiTableCell: { styleOverrides: { root: { paddingTop: 6, paddingBottom: 6 } } },
    MuiButton: { defaultProps: { disableElevation: true } },
    // A disabled field's helper text often says why it is disabled ("No free slots on …"): greyed
    // like the field it would fail WCAG contrast (2.7:1), so it keeps the secondary text colour.
    MuiFormHelperText: {
      styleOverrides: {
        root: ({ theme: { palette } }) => ({
          '&.Mui-disabled': { color: palette.text.secondary },
        }),
      },
    },
  },
})
