/**
 * Icons drawn in every row, as plain SVG: 250 rows times several MUI SvgIcons is measurable work on
 * each page change, and these never change colour or size by props. Paths are Material Icons'
 * (Apache License 2.0), the same as @mui/icons-material draws elsewhere in the app.
 */
const PATHS = {
  expand: 'M8.59 16.59 13.17 12 8.59 7.41 10 6l6 6-6 6z',
  collapse: 'M7.41 8.59 12 13.17l4.59-4.58L18 10l-6 6-6-6z',
  edit: 'M3 17.25V21h3.75L17.81 9.94l-3.75-3.75zM20.71 7.04c.39-.39.39-1.02 0-1.41l-2.34-2.34a.996.996 0 0 0-1.41 0l-1.83 1.83 3.75 3.75z',
  recreate:
    'M12 5V1L7 6l5 5V7c3.31 0 6 2.69 6 6s-2.69 6-6 6-6-2.69-6-6H4c0 4.42 3.58 8 8 8s8-3.58 8-8-3.58-8-8-8',
  scheduled:
    'M17 12h-5v5h5zM16 1v2H8V1H6v2H5c-1.11 0-1.99.9-1.99 2L3 19c0 1.1.89 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2h-1V1zm3 18H5V8h14z',
  warning: 'M12 5.99 19.53 19H4.47zM12 2 1 21h22zM13 16h-2v2h2zm0-6h-2v5h2z',
} as const

export type RowIconName = keyof typeof PATHS

export function RowIcon({ name }: { name: RowIconName }) {
  return (
    <svg className="cb-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  )
}
