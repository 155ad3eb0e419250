import FirstPage from '@mui/icons-material/FirstPage'
import KeyboardArrowLeft from '@mui/icons-material/KeyboardArrowLeft'
import KeyboardArrowRight from '@mui/icons-material/KeyboardArrowRight'
import LastPage from '@mui/icons-material/LastPage'
import IconButton from '@mui/material/IconButton'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { QueuePage } from '@/domain/queueDisplay'
import type { Translate } from '@/i18n/i18n'

/** "1–50 of 120" and first / previous / next / last, 50 queues to a page. */
export function QueuesPager({
  page,
  locale,
  onPageChange,
  t,
}: {
  page: QueuePage<unknown>
  locale: string
  onPageChange: (page: number) => void
  t: Translate<'toolsQueues'>
}) {
  const number = new Intl.NumberFormat(locale)
  const buttons = [
    { type: 'first', target: 1, icon: <FirstPage />, disabled: page.page <= 1 },
    {
      type: 'previous',
      target: page.page - 1,
      icon: <KeyboardArrowLeft />,
      disabled: page.page <= 1,
    },
    {
      type: 'next',
      target: page.page + 1,
      icon: <KeyboardArrowRight />,
      disabled: page.page >= page.pageCount,
    },
    {
      type: 'last',
      target: page.pageCount,
      icon: <LastPage />,
      disabled: page.page >= page.pageCount,
    },
  ] as const
  return (
    <Stack
      component="nav"
      aria-label={t('queues.pagination.label')}
      direction="row"
      spacing={1}
      sx={{ justifyContent: 'flex-end', alignItems: 'center', py: 1 }}
    >
      <Typography variant="body2" sx={{ mr: 1 }}>
        {t('queues.pagination.displayed', {
          from: number.format(page.from),
          to: number.format(page.to),
          count: number.format(page.total),
        })}
      </Typography>
      {buttons.map(({ type, target, icon, disabled }) => (
        <IconButton
          key={type}
          aria-label={t(`queues.pagination.${type}`)}
          disabled={disabled}
          onClick={() => onPageChange(target)}
        >
          {icon}
        </IconButton>
      ))}
    </Stack>
  )
}
