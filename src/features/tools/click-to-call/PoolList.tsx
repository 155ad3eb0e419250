import DeleteOutline from '@mui/icons-material/DeleteOutlined'
import Box from '@mui/material/Box'
import IconButton from '@mui/material/IconButton'
import Typography from '@mui/material/Typography'
import type { DnisEntry } from '@/domain/callInGroup'
import { useTranslation } from '@/i18n/i18n'
import { VirtualList } from './VirtualList'

const ROW_HEIGHT = 44
const NUMBER_WIDTH = '11.5em'

/** The pool's numbers with their descriptions, each removable when the user may edit. */
export function PoolList({
  entries,
  emptyText,
  onRemove,
}: {
  entries: DnisEntry[]
  emptyText: string
  onRemove: ((entry: DnisEntry) => void) | undefined
}) {
  const { t } = useTranslation('clickToCall')
  if (entries.length === 0) {
    return (
      <Typography
        color="text.secondary"
        sx={{ p: 2, border: 1, borderColor: 'divider', borderRadius: 1, textAlign: 'center' }}
      >
        {emptyText}
      </Typography>
    )
  }
  return (
    <div>
      {/* Column names as the Guide's page shows them; each row reads as number then description. */}
      <Box
        aria-hidden
        sx={{
          display: 'flex',
          px: 1.5,
          pb: 0.5,
          typography: 'caption',
          color: 'text.secondary',
          fontWeight: 600,
        }}
      >
        <Box sx={{ width: NUMBER_WIDTH }}>{t('pool.number')}</Box>
        <Box>{t('pool.description')}</Box>
      </Box>
      <VirtualList
        count={entries.length}
        rowHeight={ROW_HEIGHT}
        maxHeight={ROW_HEIGHT * 9}
        label={t('pool.listLabel')}
        renderRow={(index) => {
          const entry = entries[index]
          if (!entry) return null
          return (
            <>
              <Box
                sx={{
                  flex: '0 0 auto',
                  width: NUMBER_WIDTH,
                  fontVariantNumeric: 'tabular-nums',
                  fontWeight: 500,
                }}
              >
                {entry.number}
              </Box>
              <Box
                sx={{
                  flex: 1,
                  minWidth: 0,
                  overflow: 'hidden',
                  textOverflow: 'ellipsis',
                  whiteSpace: 'nowrap',
                  color: entry.description ? 'text.primary' : 'text.secondary',
                }}
              >
                {entry.description ?? <span aria-hidden>—</span>}
              </Box>
              {onRemove && (
                <IconButton
                  size="small"
                  aria-label={t('pool.remove', { number: entry.number })}
                  onClick={() => onRemove(entry)}
                >
                  <DeleteOutline fontSize="small" />
                </IconButton>
              )}
            </>
          )
        }}
      />
    </div>
  )
}
