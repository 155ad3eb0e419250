import AddIcon from '@mui/icons-material/Add'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { useSearchParams } from 'react-router'
import { numberRulesQuery, type NumberRule } from '@/api/numberRules'
import { ErrorAlert } from '@/components/ErrorAlert'
import { Loading } from '@/components/Loading'
import { useUnsavedChangesGuard } from '@/components/UnsavedChangesGuard'
import { useTranslation } from '@/i18n/i18n'
import { RuleNameDialog } from '@/components/RuleNameDialog'
import { PageHeading } from '@/components/PageHeading'
import { MAX_RULE_NAME } from '@/domain/numberRule'
import { RuleEditor } from './RuleEditor'
import { RuleList } from './RuleList'

/**
 * Tools > Permitted & Blocked Numbers (product.md §5.3): the rules with the queues they serve, and
 * the open rule's editor. The open rule is in the address (?rule=…), so a reload or a shared link
 * lands on it.
 */
export default function NumberRulesPage() {
  const { t } = useTranslation('numberRules')
  const listTitleId = useId()
  const rules = useQuery(numberRulesQuery())
  const [params, setParams] = useSearchParams()
  const selectedId = params.get('rule')
  // A new rule has a name and nothing saved yet: it lives in the editor until Save Changes. Once
  // created it keeps that editor (and what was typed while it was saved) until another is opened.
  const [creating, setCreating] = useState<{ name: string; id: string | null } | null>(null)
  const [naming, setNaming] = useState(false)
  const guard = useUnsavedChangesGuard(false)

  const open = (id: string | null) => setParams(id ? { rule: id } : {}, { replace: true })

  const select = async (rule: NumberRule) => {
    if (rule.id === (creating ? creating.id : selectedId)) return
    if (!(await guard.confirmDiscard())) return
    setCreating(null)
    open(rule.id)
  }

  const startNew = async () => {
    if (await guard.confirmDiscard()) setNaming(true)
  }

  const list = rules.data ?? []
  const created = creating?.id ? list.find((r) => r.id === creating.id) : undefined
  const selected = creating === null ? (list.find((r) => r.id === selectedId) ?? null) : null

  let editor
  if (creating !== null && (creating.id === null || created)) {
    editor = (
      <RuleEditor
        key={`new:${creating.name}`}
        rule={created ?? null}
        newName={creating.name}
        otherNames={list.filter((r) => r.id !== creating.id).map((r) => r.name)}
        onCreated={(rule) => {
          setCreating({ name: creating.name, id: rule.id })
          open(rule.id)
        }}
        onGone={() => {
          setCreating(null)
          if (creating.id) open(null)
        }}
      />
    )
  } else if (selected) {
    editor = (
      <RuleEditor
        key={selected.id}
        rule={selected}
        otherNames={list.filter((r) => r.id !== selected.id).map((r) => r.name)}
        onCreated={(rule) => open(rule.id)}
        onGone={() => open(null)}
      />
    )
  } else {
    editor = (
      <Paper variant="outlined" sx={{ p: 3 }}>
        <Typography color="text.secondary">
          {selectedId && rules.isSuccess ? t('page.ruleGone') : t('page.choose')}
        </Typography>
      </Paper>
    )
  }

  return (
    <Stack spacing={2}>
      <PageHeading title={t('page.title')} intro={t('page.intro')} />
      {rules.isPending ? (
        <Loading label={t('page.loading')} />
      ) : rules.isError ? (
        <ErrorAlert
          error={rules.error}
          title={t('page.loadFailed')}
          onRetry={() => void rules.refetch()}
        />
      ) : (
        <Box
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: '1fr', lg: '260px minmax(0, 1fr)' },
            alignItems: 'start',
          }}
        >
          <Paper variant="outlined" component="nav" aria-labelledby={listTitleId}>
            <Stack
              direction="row"
              sx={{ alignItems: 'center', justifyContent: 'space-between', px: 2, pt: 1.5, pb: 1 }}
            >
              <Typography
                id={listTitleId}
                variant="subtitle1"
                component="h2"
                sx={{ fontWeight: 500 }}
              >
                {t('list.title')}
              </Typography>
            </Stack>
            <Box sx={{ px: 2, pb: 1 }}>
              <Button
                variant="outlined"
                size="small"
                startIcon={<AddIcon />}
                onClick={() => void startNew()}
                fullWidth
              >
                {t('create.open')}
              </Button>
            </Box>
            <RuleList
              rules={list}
              selectedId={creating === null ? selectedId : creating.id}
              onSelect={(rule) => void select(rule)}
              labelledBy={listTitleId}
            />
          </Paper>
          <Box sx={{ minWidth: 0 }}>{editor}</Box>
        </Box>
      )}
      <RuleNameDialog
        open={naming}
        title={t('create.title')}
        help={t('create.body')}
        label={t('editor.name')}
        hint={t('editor.nameHelp')}
        submitLabel={t('create.submit')}
        maxLength={MAX_RULE_NAME}
        problemOf={(name) => {
          if (name === '') return t('editor.errors.nameRequired')
          if (name.length > MAX_RULE_NAME)
            return t('editor.errors.nameTooLong', { max: MAX_RULE_NAME })
          const lower = name.toLowerCase()
          return list.some((rule) => rule.name.trim().toLowerCase() === lower)
            ? t('editor.errors.nameTaken', { name })
            : null
        }}
        onClose={() => setNaming(false)}
        onCreate={(name) => {
          setNaming(false)
          setCreating({ name, id: null })
        }}
      />
    </Stack>
  )
}
