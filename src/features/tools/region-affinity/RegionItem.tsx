import DragIndicatorIcon from '@mui/icons-material/DragIndicator'
import MoreVertIcon from '@mui/icons-material/MoreVert'
import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import IconButton from '@mui/material/IconButton'
import Menu from '@mui/material/Menu'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { useId, useState, type ReactNode } from 'react'
import type { Region } from '@/api/regionRules'
import type { RegionColumn } from '@/domain/regionAffinity'
import { useTranslation } from '@/i18n/i18n'

export type RegionMove = { to: RegionColumn } | { step: -1 | 1 }

/** The DOM ID of a region's Move button, so focus can follow a region to its new column. */
export const moveButtonId = (regionId: string) => `region-move-${regionId}`

interface RegionCardProps {
  region: Region
  /** Its place in the connection order (1 = tried first); none for ignored regions. */
  rank?: number | undefined
  handle: ReactNode
  menu?: ReactNode
  dragging?: boolean
}

/** How a region looks, in its column and under the pointer while dragged. */
export function RegionCard({ region, rank, handle, menu, dragging }: RegionCardProps) {
  const { t } = useTranslation('regionAffinity')
  return (
    <Paper
      variant="outlined"
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 0.5,
        py: 0.5,
        pr: 0.5,
        pl: 0.25,
        bgcolor: 'background.paper',
        boxShadow: dragging ? 6 : 0,
      }}
    >
      {handle}
      {rank !== undefined && (
        <Typography
          variant="body2"
          component="span"
          color="text.secondary"
          sx={{ minWidth: '1.5em', fontVariantNumeric: 'tabular-nums' }}
        >
          {rank}.
        </Typography>
      )}
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography variant="body2" component="span" sx={{ fontWeight: 500, display: 'block' }}>
          {region.name}
        </Typography>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, flexWrap: 'wrap' }}>
          <Typography variant="caption" component="span" color="text.secondary">
            {region.id}
          </Typography>
          {!region.healthy && (
            <Chip
              size="small"
              color="error"
              variant="outlined"
              label={t('item.down')}
              aria-label={t('item.downLabel', { region: region.name })}
              sx={{ height: 20 }}
            />
          )}
        </Box>
      </Box>
      {menu}
    </Paper>
  )
}

interface RegionItemProps {
  region: Region
  column: RegionColumn
  index: number
  count: number
  rank?: number | undefined
  onMove: (id: string, move: RegionMove) => void
}

/**
 * A region in its column: a drag handle (pointer, or keyboard through dnd-kit's keyboard sensor) and
 * a Move menu with the same moves as plain buttons, so nobody needs to drag.
 */
export function RegionItem({ region, column, index, count, rank, onMove }: RegionItemProps) {
  const { t } = useTranslation('regionAffinity')
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: region.id, data: { column } })
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const menuId = useId()
  const move = (m: RegionMove) => {
    setAnchor(null)
    onMove(region.id, m)
  }
  const targets: Array<[RegionColumn, 'move.toPreferred' | 'move.toFallback' | 'move.toIgnored']> =
    [
      ['preferred', 'move.toPreferred'],
      ['fallback', 'move.toFallback'],
      ['ignored', 'move.toIgnored'],
    ]
  return (
    <Box
      component="li"
      ref={setNodeRef}
      data-region={region.id}
      sx={{
        listStyle: 'none',
        transform: CSS.Translate.toString(transform),
        transition,
        // The overlay follows the pointer; the item left in place shows where it will land.
        opacity: isDragging ? 0.4 : 1,
      }}
    >
      <RegionCard
        region={region}
        rank={rank}
        handle={
          <IconButton
            ref={setActivatorNodeRef}
            size="small"
            {...attributes}
            {...listeners}
            aria-label={t('item.drag', { region: region.name })}
            sx={{ cursor: isDragging ? 'grabbing' : 'grab', touchAction: 'none' }}
          >
            <DragIndicatorIcon fontSize="small" />
          </IconButton>
        }
        menu={
          <>
            <IconButton
              id={moveButtonId(region.id)}
              size="small"
              aria-label={t('item.move', { region: region.name })}
              aria-haspopup="menu"
              aria-controls={anchor ? menuId : undefined}
              aria-expanded={anchor ? true : undefined}
              onClick={(event) => setAnchor(event.currentTarget)}
            >
              <MoreVertIcon fontSize="small" />
            </IconButton>
            <Menu
              id={menuId}
              anchorEl={anchor}
              open={anchor !== null}
              onClose={() => setAnchor(null)}
            >
              {targets
                .filter(([to]) => to !== column)
                .map(([to, label]) => (
                  <MenuItem key={to} onClick={() => move({ to })}>
                    {t(label)}
                  </MenuItem>
                ))}
              <MenuItem disabled={index === 0} onClick={() => move({ step: -1 })}>
                {t('move.up')}
              </MenuItem>
              <MenuItem disabled={index === count - 1} onClick={() => move({ step: 1 })}>
                {t('move.down')}
              </MenuItem>
            </Menu>
          </>
        }
      />
    </Box>
  )
}
