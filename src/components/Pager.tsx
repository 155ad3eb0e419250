import FirstPage from '@mui/icons-material/FirstPage'
import KeyboardArrowLeft from '@mui/icons-material/KeyboardArrowLeft'
import KeyboardArrowRight from '@mui/icons-material/KeyboardArrowRight'
import LastPage from '@mui/icons-material/LastPage'
import IconButton from '@mui/material/IconButton'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useMemo } from 'react'

export interface PagerLabels {
  /** The navigation landmark's name, e.g. "Pages". */
  nav: string
  /** "1–250 of 5,123", already formatted. */
  displayed: (range: { from: string; to: string; count: string }) => string
  first: string
  previous: string
  next: string
  last: string
}

/**
 * The pager's figures for a list of fixed-size pages: a page past the end (a bookmark, records that
 * went since) shows as the last one.
 */
export function pageWindow(page: number, total: number, pageSize: number) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize))
  const current = Math.min(page, pageCount)
  return {
    page: current,
    pageCount,
    from: total === 0 ? 0 : (current - 1) * pageSize + 1,
    to: Math.min(total, current * pageSize),
    total,
  }
}

interface PagerProps {
  /** 1-based. */
  page: number
  pageCount: number
  /** 1-based positions of the first and last item shown, 0 when there are none. */
  from: number
  to: number
  total: number
  locale: string
  labels: PagerLabels
  onPageChange: (page: number) => void
}

/**
 * "1–250 of 5,123" and first / previous / next / last. Not MUI's TablePagination: its buttons carry
 * tooltips whose positioning forces a layout of the whole page on every redraw while the pointer
 * rests on them, which doubled the cost of changing page in the callback list.
 */
export function Pager({
  page,
  pageCount,
  from,
  to,
  total,
  locale,
  labels,
  onPageChange,
}: PagerProps) {
  const number = useMemo(() => new Intl.NumberFormat(locale), [locale])
  const buttons = [
    { type: 'first', target: 1, icon: <FirstPage />, disabled: page <= 1 },
    { type: 'previous', target: page - 1, icon: <KeyboardArrowLeft />, disabled: page <= 1 },
    { type: 'next', target: page + 1, icon: <KeyboardArrowRight />, disabled: page >= pageCount },
    { type: 'last', target: pageCount, icon: <LastPage />, disabled: page >= pageCount },
  ] as const
  return (
    <Stack
      component="nav"
      aria-label={labels.nav}
      direction="row"
      spacing={1}
      sx={{ justifyContent: 'flex-end', alignItems: 'center', py: 1 }}
    >
      <Typography variant="body2" sx={{ mr: 1 }}>
        {labels.displayed({
          from: number.format(from),
          to: number.format(to),
          count: number.format(total),
        })}
      </Typography>
      {buttons.map(({ type, target, icon, disabled }) => (
        <IconButton
          key={type}
          aria-label={labels[type]}
          disabled={disabled}
          onClick={() => onPageChange(target)}
        >
          {icon}
        </IconButton>
      ))}
    </Stack>
  )
}
