import Box from '@mui/material/Box'
import Stack from '@mui/material/Stack'
import Tab from '@mui/material/Tab'
import Tabs from '@mui/material/Tabs'
import Typography from '@mui/material/Typography'
import { useId } from 'react'
import { useSearchParams } from 'react-router'
import { useTranslation } from '@/i18n/i18n'
import { RulesView } from './RulesView'
import { UsageView } from './UsageView'

type View = 'rules' | 'usage'

/**
 * Tools > Capacity (product.md §5.4): the capacity rules and their weekly calendar, and beside them
 * the booked-versus-capacity view of a queue's week. The rules view stays mounted while the other
 * is shown, so switching views never loses an unsaved calendar.
 */
export default function CapacityPage() {
  const { t } = useTranslation('capacity')
  const id = useId()
  const [params, setParams] = useSearchParams()
  const view: View = params.get('view') === 'usage' ? 'usage' : 'rules'

  const show = (next: View) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current)
        if (next === 'usage') updated.set('view', 'usage')
        else updated.delete('view')
        return updated
      },
      { replace: true },
    )

  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        {t('title')}
      </Typography>
      <Box sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <Tabs value={view} onChange={(_, next: View) => show(next)} aria-label={t('views.label')}>
          <Tab
            value="rules"
            label={t('views.rules')}
            id={`${id}-rules-tab`}
            aria-controls={`${id}-rules`}
          />
          <Tab
            value="usage"
            label={t('views.usage')}
            id={`${id}-usage-tab`}
            aria-controls={`${id}-usage`}
          />
        </Tabs>
      </Box>
      <Box
        role="tabpanel"
        id={`${id}-rules`}
        aria-labelledby={`${id}-rules-tab`}
        hidden={view !== 'rules'}
      >
        <RulesView />
      </Box>
      <Box
        role="tabpanel"
        id={`${id}-usage`}
        aria-labelledby={`${id}-usage-tab`}
        hidden={view !== 'usage'}
      >
        {view === 'usage' && <UsageView />}
      </Box>
    </Stack>
  )
}
