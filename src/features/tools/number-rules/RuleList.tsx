import List from '@mui/material/List'
import ListItemButton from '@mui/material/ListItemButton'
import ListItemText from '@mui/material/ListItemText'
import Typography from '@mui/material/Typography'
import type { NumberRule } from '@/api/numberRules'
import { useTranslation } from '@/i18n/i18n'

/** The rules, each with the queues it is assigned to (or "Not assigned"); the open one marked. */
export function RuleList({
  rules,
  selectedId,
  onSelect,
  labelledBy,
}: {
  rules: NumberRule[]
  selectedId: string | null
  onSelect: (rule: NumberRule) => void
  labelledBy: string
}) {
  const { t } = useTranslation('numberRules')
  if (rules.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
        {t('list.empty')}
      </Typography>
    )
  }
  return (
    <List dense aria-labelledby={labelledBy} disablePadding>
      {rules.map((rule) => {
        const count = rule.assignedCount ?? rule.assignedQueues.length
        const assigned =
          rule.assignedQueues.length > 0
            ? t('list.assignedTo', { queues: rule.assignedQueues.join(', ') })
            : count > 0
              ? t('editor.assignedElsewhere', { count })
              : t('list.notAssigned')
        return (
          <li key={rule.id}>
            <ListItemButton
              selected={rule.id === selectedId}
              aria-current={rule.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(rule)}
            >
              <ListItemText
                primary={rule.name}
                secondary={assigned}
                slotProps={{ primary: { sx: { fontWeight: 500 } } }}
              />
            </ListItemButton>
          </li>
        )
      })}
    </List>
  )
}
