import AddIcon from '@mui/icons-material/Add'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import MenuItem from '@mui/material/MenuItem'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { regionRulesQuery, regionsQuery, type RegionRule } from '@/api/regionRules'
import { useCurrentUser } from '@/api/session'
import { ErrorAlert } from '@/components/ErrorAlert'
import { Loading } from '@/components/Loading'
import { MessagePage } from '@/components/MessagePage'
import { useUnsavedChangesGuard } from '@/components/UnsavedChangesGuard'
import { can } from '@/domain/roles'
import { useTranslation } from '@/i18n/i18n'
import { RuleNameDialog } from '@/components/RuleNameDialog'
import { RULE_NAME_MAX } from '@/domain/regionAffinity'
import { nameProblem } from './ruleName'
import { RegionHealthPanel } from './RegionHealthPanel'
import { RegionRuleEditor } from './RegionRuleEditor'

/** Tools > Region Affinity (product.md §5.6): Administrator only. */
export default function RegionAffinityPage() {
  const { t } = useTranslation('regionAffinity')
  const user = useCurrentUser()
  // The Tools menu already hides the page from other roles; a typed URL still lands here.
  if (!can(user.role, 'regionRules.edit')) {
    return (
      <MessagePage title={t('notAuthorized.title')}>
        <Typography>{t('notAuthorized.body')}</Typography>
      </MessagePage>
    )
  }
  return <RegionAffinity />
}

/**
 * Which rule the editor shows: a saved one, or a new one named in the Create dialog. `key` is the
 * editor's: a new rule keeps its editor once saved, with whatever was typed while it was sent.
 */
type Selection =
  { kind: 'saved'; id: string; key: string } | { kind: 'new'; name: string; key: string }

const NEW_RULE_VALUE = '__new__'

function RegionAffinity() {
  const { t } = useTranslation('regionAffinity')
  const rules = useQuery(regionRulesQuery())
  const regions = useQuery(regionsQuery())
  const [chosen, setChosen] = useState<Selection | null>(null)
  const [creating, setCreating] = useState(false)
  const [notice, setNotice] = useState('')
  const newRules = useRef(0)
  // The editor marks itself dirty; the page only asks before switching to another rule.
  const { confirmDiscard } = useUnsavedChangesGuard(false)

  const heading = (
    <>
      <Typography variant="h5" component="h1">
        {t('title')}
      </Typography>
      <Alert severity="info" role="note">
        {t('intro')}
      </Alert>
    </>
  )
  if (rules.isPending || regions.isPending) {
    return (
      <Stack spacing={2}>
        {heading}
        <Loading label={t('loading')} />
      </Stack>
    )
  }
  if (rules.isError || regions.isError) {
    return (
      <Stack spacing={2}>
        {heading}
        <ErrorAlert
          error={rules.error ?? regions.error}
          title={t('loadFailed')}
          onRetry={() => {
            void rules.refetch()
            void regions.refetch()
          }}
        />
      </Stack>
    )
  }

  const list = rules.data
  // A rule deleted elsewhere (or never chosen) falls back to the first one.
  const savedSelected = chosen?.kind === 'saved' ? list.find((r) => r.id === chosen.id) : undefined
  const selection: Selection | null =
    chosen?.kind === 'new' || savedSelected
      ? chosen
      : list[0]
        ? { kind: 'saved', id: list[0].id, key: list[0].id }
        : null
  const selectedRule =
    selection?.kind === 'saved' ? list.find((r) => r.id === selection.id) : undefined

  const switchTo = async (next: Selection) => {
    if (!(await confirmDiscard())) return
    setNotice('')
    setChosen(next)
  }

  return (
    <Stack spacing={2}>
      {heading}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        {(list.length > 0 || selection?.kind === 'new') && (
          <TextField
            select
            size="small"
            label={t('picker.label')}
            value={selection?.kind === 'new' ? NEW_RULE_VALUE : (selection?.id ?? '')}
            onChange={(event) => {
              if (event.target.value !== NEW_RULE_VALUE) {
                void switchTo({ kind: 'saved', id: event.target.value, key: event.target.value })
              }
            }}
            sx={{ minWidth: 280 }}
          >
            {selection?.kind === 'new' && (
              <MenuItem value={NEW_RULE_VALUE}>
                {t('picker.unsaved', { name: selection.name })}
              </MenuItem>
            )}
            {list.map((rule) => (
              <MenuItem key={rule.id} value={rule.id}>
                {rule.name}
              </MenuItem>
            ))}
          </TextField>
        )}
        <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
          {t('picker.create')}
        </Button>
      </Stack>

      {notice && (
        <Alert severity="success" role="status" onClose={() => setNotice('')}>
          {notice}
        </Alert>
      )}

      {selection === null ? (
        <Typography color="text.secondary">{t('empty')}</Typography>
      ) : (
        <RegionRuleEditor
          key={selection.key}
          rule={selectedRule ?? null}
          newName={selection.kind === 'new' ? selection.name : ''}
          regions={regions.data}
          otherNames={list.filter((r) => r.id !== selectedRule?.id).map((r) => r.name)}
          onSaved={(saved: RegionRule) => {
            setChosen({ kind: 'saved', id: saved.id, key: selection.key })
            setNotice(t('saved', { name: saved.name }))
          }}
          onDeleted={(deleted: RegionRule) => {
            setChosen(null)
            setNotice(t('deleted', { name: deleted.name }))
          }}
        />
      )}

      <RegionHealthPanel regions={regions.data} />

      <RuleNameDialog
        open={creating}
        title={t('create.title')}
        help={t('create.help')}
        label={t('name.label')}
        submitLabel={t('create.submit')}
        maxLength={RULE_NAME_MAX}
        problemOf={(name) =>
          nameProblem(
            t,
            name,
            list.map((r) => r.name),
          )
        }
        onClose={() => setCreating(false)}
        onCreate={(name) => {
          setCreating(false)
          void switchTo({ kind: 'new', name, key: `new-${++newRules.current}` })
        }}
      />
    </Stack>
  )
}
