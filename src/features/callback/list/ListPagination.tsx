import FirstPage from '@mui/icons-material/FirstPage'
import KeyboardArrowLeft from '@mui/icons-material/KeyboardArrowLeft'
import KeyboardArrowRight from '@mui/icons-material/KeyboardArrowRight'
import LastPage from '@mui/icons-material/LastPage'
import IconButton from '@mui/material/IconButton'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { memo } from 'react'
import { PAGE_SIZE } from '@/domain/callbackQuery'
import type { CallbackT } from './useCallbackT'

interface ListPaginationProps {
  /** 1-based, as in the URL. */
  page: number
  total: number
  locale: string
  onPageChange: (page: number) => void
  t: CallbackT
}

/**
 * "1–250 of 5,123" and first / previous / next / last, pages being fixed at 250 rows. Not MUI's
 * TablePagination: its buttons carry tooltips whose positioning forces a layout of the whole page on
 * every redraw while the pointer rests on them, which doubled the cost of changing page.
 */
export const ListPagination = memo(function ListPagination({
  page,
  total,
  locale,
  onPageChange,
  t,
}: ListPaginationProps) {
  const number = new Intl.NumberFormat(locale)
  const lastPage = Math.max(1, Math.ceil(total / PAGE_SIZE))
  const current = Math.min(page, lastPage)
  const from = total === 0 ? 0 : (current - 1) * PAGE_SIZE + 1
  const to = Math.min(total, current * PAGE_SIZE)
  const buttons = [
    { type: 'first', target: 1, icon: <FirstPage />, disabled: current <= 1 },
    { type: 'previous', target: current - 1, icon: <KeyboardArrowLeft />, disabled: current <= 1 },
    {
      type: 'next',
      target: current + 1,
      icon: <KeyboardArrowRight />,
      disabled: current >= lastPage,
    },
    { type: 'last', target: lastPage, icon: <LastPage />, disabled: current >= lastPage },
  ] as const
  return (
    <Stack
      component="nav"
      aria-label={t('pagination.label')}
      direction="row"
      spacing={1}
      sx={{ justifyContent: 'flex-end', alignItems: 'center', py: 1 }}
    >
      <Typography variant="body2" sx={{ mr: 1 }}>
        {t('pagination.displayed', {
          from: number.format(from),
          to: number.format(to),
          count: number.format(total),
        })}
      </Typography>
      {buttons.map(({ type, target, icon, disabled }) => (
        <IconButton
          key={type}
          aria-label={t(`pagination.${type}`)}
          disabled={disabled}
          onClick={() => onPageChange(target)}
        >
          {icon}
        </IconButton>
      ))}
    </Stack>
  )
})
