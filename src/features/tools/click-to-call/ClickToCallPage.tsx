import Add from '@mui/icons-material/Add'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { callInGroupsQuery, type CallInGroup } from '@/api/callInGroups'
import { useCurrentUser } from '@/api/session'
import { ErrorAlert } from '@/components/ErrorAlert'
import { Loading } from '@/components/Loading'
import { RuleNameDialog } from '@/components/RuleNameDialog'
import { useUnsavedChangesGuard } from '@/components/UnsavedChangesGuard'
import { PageHeading } from '@/components/PageHeading'
import { MAX_GROUP_NAME_LENGTH } from '@/domain/callInGroup'
import { can } from '@/domain/roles'
import { useTranslation } from '@/i18n/i18n'
import { GroupEditor } from './GroupEditor'
import { nameText } from './messages'

/** A new group: named, and once created, still in the editor it was made in. */
interface Creating {
  name: string
  created: boolean
}

const NEW_GROUP = '\u0000new'

const byName = (a: CallInGroup, b: CallInGroup) => a.name.localeCompare(b.name)

/**
 * Tools > Click-To-Call In Config (product.md §5.5): Select Group, Create New Group, and the group's
 * DNIS pool and access-code settings. The open group is in the address (?group=…), so a reload or a
 * shared link lands on it. Administrators edit; Supervisors and Developers read.
 */
export default function ClickToCallPage() {
  const { t } = useTranslation('clickToCall')
  const user = useCurrentUser()
  const canEdit = can(user.role, 'callInGroups.edit')
  const groups = useQuery(callInGroupsQuery())
  const [params, setParams] = useSearchParams()
  const [creating, setCreating] = useState<Creating | null>(null)
  const [naming, setNaming] = useState(false)
  const [notice, setNotice] = useState('')
  // The editor marks itself dirty; the page only asks before switching to another group.
  const guard = useUnsavedChangesGuard(false)

  const open = (name: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        if (name === null) next.delete('group')
        else next.set('group', name)
        return next
      },
      { replace: true },
    )

  const heading = <PageHeading title={t('page.title')} intro={t('page.intro')} />
  if (groups.isPending) {
    return (
      <Stack spacing={2}>
        {heading}
        <Loading label={t('page.loading')} />
      </Stack>
    )
  }
  if (groups.isError) {
    return (
      <Stack spacing={2}>
        {heading}
        <ErrorAlert
          error={groups.error}
          title={t('page.loadFailed')}
          onRetry={() => void groups.refetch()}
        />
      </Stack>
    )
  }

  const list = [...groups.data].sort(byName)
  const wanted = params.get('group')
  const selected = creating
    ? creating.created
      ? list.find((g) => g.name === creating.name)
      : undefined
    : wanted === null
      ? list[0]
      : list.find((g) => g.name === wanted)

  const switchTo = async (name: string) => {
    if (!(await guard.confirmDiscard())) return
    setCreating(null)
    setNotice('')
    open(name)
  }

  let editor
  if (creating && (!creating.created || selected)) {
    editor = (
      <GroupEditor
        key={`new:${creating.name}`}
        group={selected ?? null}
        newName={creating.name}
        canEdit={canEdit}
        onSaved={(group, created) => {
          setNotice(t('page.saved', { name: group.name }))
          if (created) {
            setCreating({ name: group.name, created: true })
            open(group.name)
          }
        }}
        onGone={() => setCreating(null)}
      />
    )
  } else if (selected) {
    editor = (
      <GroupEditor
        key={selected.name}
        group={selected}
        newName=""
        canEdit={canEdit}
        onSaved={(group) => setNotice(t('page.saved', { name: group.name }))}
        onGone={(deleted) => {
          open(null)
          setNotice(deleted ? t('page.deleted', { name: deleted.name }) : '')
        }}
      />
    )
  }

  return (
    <Stack spacing={2}>
      {heading}
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        {(list.length > 0 || creating) && (
          <TextField
            select
            size="small"
            label={t('page.select')}
            value={creating && !creating.created ? NEW_GROUP : (selected?.name ?? '')}
            sx={{ minWidth: 260, maxWidth: '100%' }}
            slotProps={{ select: { native: true } }}
            onChange={(event) => {
              if (event.target.value !== NEW_GROUP) void switchTo(event.target.value)
            }}
          >
            {!selected && !creating && <option value="" disabled />}
            {creating && !creating.created && (
              <option value={NEW_GROUP}>{t('page.unsaved', { name: creating.name })}</option>
            )}
            {list.map((group) => (
              <option key={group.name} value={group.name}>
                {group.name}
              </option>
            ))}
          </TextField>
        )}
        {canEdit && (
          <Button
            variant="outlined"
            startIcon={<Add />}
            onClick={() => {
              void guard.confirmDiscard().then((discard) => {
                if (discard) setNaming(true)
              })
            }}
          >
            {t('page.create')}
          </Button>
        )}
      </Stack>

      {notice && (
        <Alert severity="success" role="status" onClose={() => setNotice('')}>
          {notice}
        </Alert>
      )}
      {list.length === 0 && !creating && (
        <Alert severity="info" role="status">
          {canEdit ? t('page.emptyAdmin') : t('page.empty')}
        </Alert>
      )}
      {wanted !== null && !creating && !selected && list.length > 0 && (
        <Alert severity="warning" role="status">
          {t('page.groupGone', { name: wanted })}
        </Alert>
      )}
      {editor}

      <RuleNameDialog
        open={naming}
        title={t('create.title')}
        help={t('create.body')}
        label={t('create.label')}
        hint={t('create.hint', { max: MAX_GROUP_NAME_LENGTH })}
        submitLabel={t('create.submit')}
        maxLength={MAX_GROUP_NAME_LENGTH}
        problemOf={(name) =>
          nameText(
            t,
            name,
            list.map((g) => g.name),
          )
        }
        onClose={() => setNaming(false)}
        onCreate={(name) => {
          setNaming(false)
          setNotice('')
          setCreating({ name, created: false })
        }}
      />
    </Stack>
  )
}
