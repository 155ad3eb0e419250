import AddIcon from '@mui/icons-material/Add'
import CancelScheduleSendIcon from '@mui/icons-material/CancelScheduleSend'
import FileDownloadIcon from '@mui/icons-material/FileDownload'
import RefreshIcon from '@mui/icons-material/Refresh'
import TuneIcon from '@mui/icons-material/Tune'
import Button from '@mui/material/Button'
import { memo } from 'react'
import type { Preferences } from '@/api/types'
import { ListToolbar } from '@/components/ListToolbar'
import { SearchBox } from '@/components/SearchBox'
import { MAX_SEARCH_TERM, SEARCH_FIELDS, type SearchField } from '@/domain/callbackQuery'
import type { CustomRange } from '@/domain/dateRanges'
import { AutoRefreshSelect } from './AutoRefreshSelect'
import { DateRangeSelect } from './DateRangeSelect'
import type { CallbackT } from './useCallbackT'

interface ToolbarProps {
  t: CallbackT
  canManage: boolean
  selectedCount: number
  onCreate: () => void
  onCancelSelected: () => void
  onExport: () => void
  onRefresh: () => void
  autoRefresh: Preferences['autoRefreshSeconds']
  onAutoRefreshChange: (seconds: Preferences['autoRefreshSeconds']) => void
  onAdvancedOptions: () => void
  range: string
  customRanges: readonly CustomRange[]
  onRangeChange: (range: string) => void
  field: SearchField
  term: string
  onSearch: (field: SearchField, term: string) => void
}

/**
 * The actions above the list; it wraps on narrow windows rather than overflow. Redrawn only when
 * its props change: a page or sort change leaves it as it is.
 */
export const Toolbar = memo(function Toolbar(props: ToolbarProps) {
  const { t } = props
  return (
    <ListToolbar
      label={t('toolbar.label')}
      title={t('title')}
      actions={
        props.canManage && (
          <>
            <Button variant="contained" startIcon={<AddIcon />} onClick={props.onCreate}>
              {t('toolbar.create')}
            </Button>
            <Button
              variant="outlined"
              color="error"
              startIcon={<CancelScheduleSendIcon />}
              disabled={props.selectedCount === 0}
              onClick={props.onCancelSelected}
            >
              {t('toolbar.cancelSelected')}
            </Button>
            <Button variant="outlined" startIcon={<FileDownloadIcon />} onClick={props.onExport}>
              {t('toolbar.export')}
            </Button>
          </>
        )
      }
      tools={
        <>
          <Button startIcon={<RefreshIcon />} onClick={props.onRefresh}>
            {t('toolbar.refresh')}
          </Button>
          <AutoRefreshSelect value={props.autoRefresh} onChange={props.onAutoRefreshChange} t={t} />
          <Button startIcon={<TuneIcon />} onClick={props.onAdvancedOptions}>
            {t('toolbar.advancedOptions')}
          </Button>
        </>
      }
      filters={
        <>
          <DateRangeSelect
            value={props.range}
            customRanges={props.customRanges}
            onChange={props.onRangeChange}
            t={t}
          />
          <SearchBox
            fields={SEARCH_FIELDS}
            field={props.field}
            term={props.term}
            maxLength={MAX_SEARCH_TERM}
            onSearch={props.onSearch}
            labels={{
              field: t('search.field'),
              term: t('search.label'),
              clear: t('search.clear'),
              fieldName: (field) => t(`search.fields.${field}`),
              placeholder: (field) => t(`search.placeholders.${field}`),
            }}
          />
        </>
      }
    />
  )
})
