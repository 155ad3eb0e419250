import Box from '@mui/material/Box'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import {
  closestCenter,
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core'
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable'
import { useId, useLayoutEffect, useRef, useState } from 'react'
import type { Region } from '@/api/regionRules'
import {
  dropRegion,
  positionOf,
  REGION_COLUMNS,
  type RegionColumn,
  type RegionLayout,
} from '@/domain/regionAffinity'
import { useTranslation } from '@/i18n/i18n'
import { RegionCard, RegionItem, type RegionMove } from './RegionItem'

const COLUMN_PREFIX = 'column:'
const columnDropId = (column: RegionColumn) => `${COLUMN_PREFIX}${column}`

/** What a drag is over: a region (take its place) or a column's free space (go to its end). */
function dropTarget(id: UniqueIdentifier): { region: string } | { column: RegionColumn } {
  const value = String(id)
  if (value.startsWith(COLUMN_PREFIX)) {
    return { column: value.slice(COLUMN_PREFIX.length) as RegionColumn }
  }
  return { region: value }
}

interface RegionColumnsProps {
  layout: RegionLayout
  regions: ReadonlyMap<string, Region>
  onChange: (layout: RegionLayout) => void
  onMove: (id: string, move: RegionMove) => void
}

/**
 * Preferred, Fallback and Ignored side by side. Regions are dragged with the pointer or, through
 * dnd-kit's keyboard sensor, with Space and the arrow keys; a screen reader hears where the region
 * is at each step. Moving between columns happens while dragging (so the columns make room), and
 * Escape puts everything back as it was when the drag started.
 */
export function RegionColumns({ layout, regions, onChange, onMove }: RegionColumnsProps) {
  const { t } = useTranslation('regionAffinity')
  const [active, setActive] = useState<string | null>(null)
  const atStart = useRef<RegionLayout | null>(null)
  // The first "over" of a drag is the region itself: the pick-up announcement says it better.
  const justPickedUp = useRef(false)
  // Announcements and key handling run outside React's render; they need the layout as it is then.
  const current = useRef(layout)
  useLayoutEffect(() => {
    current.current = layout
  }, [layout])

  /**
   * The arrow keys go from region to region, and to a column only when it is another one: a
   * region's own column (whose edge lies left of and above it) would otherwise take a key press
   * and move nothing.
   */
  const keyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
    const { active: dragged, droppableContainers } = args.context
    const own = dragged && positionOf(current.current, String(dragged.id))?.column
    const skip = own ? columnDropId(own) : null
    const containers = {
      getEnabled: () => droppableContainers.getEnabled().filter((entry) => entry.id !== skip),
      get: (id: UniqueIdentifier | null | undefined) => droppableContainers.get(id),
    }
    return sortableKeyboardCoordinates(event, {
      ...args,
      // Only getEnabled and get are read by sortableKeyboardCoordinates, so a plain object with them
      // stands in for dnd-kit's map class.
      // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- see above
      context: { ...args.context, droppableContainers: containers as typeof droppableContainers },
    })
  }
  /**
   * What the dragged region is over: the region under the pointer (or the overlay, by keyboard);
   * in a column's free space, the column itself below its last region (drop at the end), else the
   * nearest region of that column. Plain closest-corners would never pick an empty column, whose
   * corners are far from a small card.
   */
  const collisionDetection: CollisionDetection = (args) => {
    const pointer = pointerWithin(args)
    const hits = pointer.length > 0 ? pointer : rectIntersection(args)
    const region = hits.find((hit) => !String(hit.id).startsWith(COLUMN_PREFIX))
    if (region) return [region]
    const columnHit = hits[0]
    if (!columnHit) return closestCorners(args)
    const target = dropTarget(columnHit.id)
    const ids = 'column' in target ? current.current[target.column] : []
    const lastId = ids.at(-1)
    const last = lastId === undefined ? undefined : args.droppableRects.get(lastId)
    const y = args.pointerCoordinates?.y ?? args.collisionRect.top + args.collisionRect.height / 2
    if (!last || y > last.bottom) return [columnHit]
    return closestCenter({
      ...args,
      droppableContainers: args.droppableContainers.filter((c) => ids.includes(String(c.id))),
    })
  }
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboardCoordinates }),
  )

  const nameOf = (id: UniqueIdentifier) => regions.get(String(id))?.name ?? String(id)
  const columnName = (column: RegionColumn) => t(`columns.${column}`)
  /** Where a region would land over `over`, in the layout as it is now. */
  const landing = (id: UniqueIdentifier, over: UniqueIdentifier) => {
    const target = dropTarget(over)
    const next = dropRegion(current.current, String(id), target)
    const at = positionOf(next, String(id))
    return at && { column: at.column, position: at.index + 1, count: next[at.column].length }
  }

  /** Where a region stands now, as the announcements name it. */
  const placeOf = (id: UniqueIdentifier) => {
    const at = positionOf(current.current, String(id))
    return (
      at && {
        region: nameOf(id),
        column: columnName(at.column),
        position: at.index + 1,
        count: current.current[at.column].length,
      }
    )
  }

  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      const place = placeOf(active.id)
      return place ? t('dnd.pickedUp', place) : undefined
    },
    onDragOver: ({ active, over }) => {
      const first = justPickedUp.current
      justPickedUp.current = false
      if (!over) return t('dnd.notOver', { region: nameOf(active.id) })
      if (first && over.id === active.id) return undefined
      const at = landing(active.id, over.id)
      return at
        ? t('dnd.over', {
            region: nameOf(active.id),
            column: columnName(at.column),
            position: at.position,
          })
        : undefined
    },
    onDragEnd: ({ active }) => {
      const place = placeOf(active.id)
      return place ? t('dnd.dropped', place) : undefined
    },
    onDragCancel: ({ active }) => {
      const at = atStart.current && positionOf(atStart.current, String(active.id))
      return at
        ? t('dnd.cancelled', { region: nameOf(active.id), column: columnName(at.column) })
        : undefined
    },
  }

  const onDragStart = ({ active }: DragStartEvent) => {
    atStart.current = layout
    justPickedUp.current = true
    setActive(String(active.id))
  }
  // Into another column as soon as the region is over it; order within a column on the drop.
  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (!over) return
    const from = positionOf(layout, String(active.id))
    const target = dropTarget(over.id)
    const to = 'column' in target ? target.column : positionOf(layout, target.region)?.column
    if (!from || !to || from.column === to) return
    onChange(dropRegion(layout, String(active.id), target))
  }
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setActive(null)
    if (over) onChange(dropRegion(layout, String(active.id), dropTarget(over.id)))
  }
  const onDragCancel = () => {
    setActive(null)
    // Kept until the next drag: the cancel announcement, read after this, names where it went back.
    if (atStart.current) onChange(atStart.current)
  }

  const activeRegion = active ? regions.get(active) : undefined
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('dnd.instructions') },
      }}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
    >
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', lg: 'repeat(3, minmax(0, 1fr))' },
          alignItems: 'stretch',
        }}
      >
        {REGION_COLUMNS.map((column) => (
          <Column
            key={column}
            column={column}
            ids={layout[column]}
            regions={regions}
            rankFrom={column === 'fallback' ? layout.preferred.length : 0}
            onMove={onMove}
          />
        ))}
      </Box>
      <DragOverlay>
        {activeRegion ? (
          <RegionCard region={activeRegion} handle={<Box sx={{ width: 34 }} />} dragging />
        ) : null}
      </DragOverlay>
    </DndContext>
  )
}

interface ColumnProps {
  column: RegionColumn
  ids: readonly string[]
  regions: ReadonlyMap<string, Region>
  /** Connection-order rank of the column's first region, minus one; ignored regions have none. */
  rankFrom: number
  onMove: (id: string, move: RegionMove) => void
}

function Column({ column, ids, regions, rankFrom, onMove }: ColumnProps) {
  const { t } = useTranslation('regionAffinity')
  const { setNodeRef, isOver } = useDroppable({ id: columnDropId(column) })
  const headingId = useId()
  const helpId = useId()
  return (
    <Paper
      variant="outlined"
      ref={setNodeRef}
      data-column={column}
      sx={{
        p: 1.5,
        display: 'flex',
        flexDirection: 'column',
        gap: 1,
        minHeight: { xs: 120, lg: 180 },
        bgcolor: isOver ? 'action.hover' : column === 'ignored' ? 'grey.50' : 'background.paper',
      }}
    >
      <Box>
        <Typography variant="subtitle1" component="h3" id={headingId} sx={{ fontWeight: 600 }}>
          {t(`columns.${column}`)}
        </Typography>
        <Typography variant="caption" color="text.secondary" id={helpId}>
          {t(`columnHelp.${column}`)}
        </Typography>
      </Box>
      <SortableContext id={column} items={[...ids]} strategy={verticalListSortingStrategy}>
        <Box
          component="ul"
          aria-labelledby={headingId}
          aria-describedby={helpId}
          sx={{ m: 0, p: 0, display: 'flex', flexDirection: 'column', gap: 1, flex: 1 }}
        >
          {ids.map((id, index) => {
            const region = regions.get(id) ?? { id, name: id, location: '', healthy: true }
            return (
              <RegionItem
                key={id}
                region={region}
                column={column}
                index={index}
                count={ids.length}
                rank={column === 'ignored' ? undefined : rankFrom + index + 1}
                onMove={onMove}
              />
            )
          })}
        </Box>
      </SortableContext>
      {ids.length === 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
          {t('emptyColumn')}
        </Typography>
      )}
    </Paper>
  )
}
