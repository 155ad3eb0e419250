/**
 * Region affinity (product.md §5.6): a rule orders the tenant's regional nodes in three columns,
 * Preferred, Fallback and Ignored. Callback connects to the preferred regions top to bottom, then
 * the fallback ones top to bottom, and never to an ignored one. Used by the Region Affinity page
 * (columns, moves, the order in words) and by the simulator (validation, the region that serves a
 * routed callback).
 */

export const REGION_COLUMNS = ['preferred', 'fallback', 'ignored'] as const
export type RegionColumn = (typeof REGION_COLUMNS)[number]

/** Region IDs per column, each column top to bottom. */
export type RegionLayout = Record<RegionColumn, readonly string[]>

/** What a saved rule holds: the ignored regions are the ones it does not list. */
export interface RegionOrderRule {
  preferred: readonly string[]
  fallback: readonly string[]
}

export interface RegionNode {
  id: string
  name: string
  healthy: boolean
}

// ---- layout ----

/** A new rule: every available region starts under Ignored. */
export function newLayout(regionIds: readonly string[]): RegionLayout {
  return { preferred: [], fallback: [], ignored: [...regionIds] }
}

/**
 * A saved rule spread over the three columns. Ignored keeps the tenant's region order; a region
 * the rule names but the tenant no longer has stays where the rule put it, so nothing is lost
 * silently (validation then names it).
 */
export function layoutOf(rule: RegionOrderRule, regionIds: readonly string[]): RegionLayout {
  const listed = new Set([...rule.preferred, ...rule.fallback])
  return {
    preferred: [...rule.preferred],
    fallback: [...rule.fallback],
    ignored: regionIds.filter((id) => !listed.has(id)),
  }
}

export function ruleOf(layout: RegionLayout): { preferred: string[]; fallback: string[] } {
  return { preferred: [...layout.preferred], fallback: [...layout.fallback] }
}

export function sameOrder(a: RegionOrderRule, b: RegionOrderRule): boolean {
  const same = (x: readonly string[], y: readonly string[]) =>
    x.length === y.length && x.every((id, i) => id === y[i])
  return same(a.preferred, b.preferred) && same(a.fallback, b.fallback)
}

/** The order Callback tries the regions in: preferred top to bottom, then fallback; never ignored. */
export function connectionOrder(rule: RegionOrderRule): string[] {
  return [...rule.preferred, ...rule.fallback]
}

export interface OrderDescription {
  /** Names of the preferred regions, tried first, in order. */
  preferred: string[]
  /** Names of the fallback regions, tried when no preferred one answers, in order. */
  fallback: string[]
  /** Names of the regions never used. */
  never: string[]
}

/** The connection order as region names, for the sentence the page shows. */
export function describeOrder(
  layout: RegionLayout,
  nameOf: (id: string) => string,
): OrderDescription {
  return {
    preferred: layout.preferred.map(nameOf),
    fallback: layout.fallback.map(nameOf),
    never: layout.ignored.map(nameOf),
  }
}

// ---- moves (the keyboard buttons and drag and drop both go through these) ----

export interface RegionPosition {
  column: RegionColumn
  index: number
}

export function positionOf(layout: RegionLayout, id: string): RegionPosition | undefined {
  for (const column of REGION_COLUMNS) {
    const index = layout[column].indexOf(id)
    if (index >= 0) return { column, index }
  }
  return undefined
}

/**
 * Move a region to a column, at `index` (clamped; the end when left out). Moving within its own
 * column reorders it. An unknown region leaves the layout unchanged.
 */
export function moveRegion(
  layout: RegionLayout,
  id: string,
  column: RegionColumn,
  index?: number,
): RegionLayout {
  const from = positionOf(layout, id)
  if (!from) return layout
  const without = { ...layout, [from.column]: layout[from.column].filter((r) => r !== id) }
  const target = [...without[column]]
  const at = Math.max(0, Math.min(index ?? target.length, target.length))
  if (from.column === column && from.index === at) return layout
  target.splice(at, 0, id)
  return { ...without, [column]: target }
}

/** One step up (-1) or down (+1) within its column; at the edge nothing moves. */
export function moveWithinColumn(layout: RegionLayout, id: string, step: -1 | 1): RegionLayout {
  const from = positionOf(layout, id)
  if (!from) return layout
  const to = from.index + step
  if (to < 0 || to >= layout[from.column].length) return layout
  return moveRegion(layout, id, from.column, to)
}

/**
 * Where a dragged region lands: over another region, it takes that region's place (the other one
 * moves down, or up when the dragged one came from above it in the same column); over a column's
 * empty space, it goes to the end of that column.
 */
export function dropRegion(
  layout: RegionLayout,
  id: string,
  over: { region: string } | { column: RegionColumn },
): RegionLayout {
  if ('column' in over) {
    const from = positionOf(layout, id)
    if (from?.column === over.column) return layout
    return moveRegion(layout, id, over.column)
  }
  if (over.region === id) return layout
  const target = positionOf(layout, over.region)
  if (!target) return layout
  return moveRegion(layout, id, target.column, target.index)
}

// ---- validation ----

export const RULE_NAME_MAX = 64

export type RegionRuleProblem =
  | { code: 'nameRequired' }
  | { code: 'nameTooLong'; max: number }
  | { code: 'preferredRequired' }
  | { code: 'duplicateRegion'; regionId: string }
  | { code: 'unknownRegion'; regionId: string }

/**
 * Everything wrong with a rule before it is saved: a name, at least one preferred region, each
 * region at most once, and only regions the tenant has.
 */
export function validateRegionRule(
  rule: { name: string } & RegionOrderRule,
  regionIds: readonly string[],
): RegionRuleProblem[] {
  const problems: RegionRuleProblem[] = []
  const name = rule.name.trim()
  if (!name) problems.push({ code: 'nameRequired' })
  else if (name.length > RULE_NAME_MAX) problems.push({ code: 'nameTooLong', max: RULE_NAME_MAX })
  if (rule.preferred.length === 0) problems.push({ code: 'preferredRequired' })
  const known = new Set(regionIds)
  const seen = new Set<string>()
  for (const id of connectionOrder(rule)) {
    if (seen.has(id)) problems.push({ code: 'duplicateRegion', regionId: id })
    else if (!known.has(id)) problems.push({ code: 'unknownRegion', regionId: id })
    seen.add(id)
  }
  return problems
}

// ---- routing ----

/**
 * Which region serves a queue's callback now.
 * - With a rule: the first healthy region in connection order. When every region of the rule is
 *   down there is no region to connect to: the callback is not routed and waits in the queue until
 *   one recovers (or its purge time comes), as Callback cannot connect anywhere the rule allows.
 * - Without a rule: the queue's default node; when that node is down, the first healthy region of
 *   the tenant (no rule means no restriction on where the queue may be served).
 */
export type RegionChoice =
  | {
      kind: 'preferred' | 'fallback' | 'default'
      region: RegionNode
      /** Regions tried first and found down, in the order they were tried. */
      down: RegionNode[]
      /** How many of `down` (the first ones) are preferred regions of the rule. */
      preferredDown: number
    }
  | { kind: 'none'; region?: undefined; down: RegionNode[]; preferredDown: number }

export function chooseRegion(
  rule: RegionOrderRule | undefined,
  regions: readonly RegionNode[],
  defaultRegionId: string,
): RegionChoice {
  const byId = new Map(regions.map((r) => [r.id, r]))
  const down: RegionNode[] = []
  if (rule) {
    const preferred = new Set(rule.preferred)
    const preferredDown = () => down.filter((r) => preferred.has(r.id)).length
    for (const id of connectionOrder(rule)) {
      const region = byId.get(id)
      if (!region) continue
      if (region.healthy) {
        const kind = preferred.has(id) ? 'preferred' : 'fallback'
        return { kind, region, down, preferredDown: preferredDown() }
      }
      down.push(region)
    }
    return { kind: 'none', down, preferredDown: preferredDown() }
  }
  const tryOrder = [
    ...regions.filter((r) => r.id === defaultRegionId),
    ...regions.filter((r) => r.id !== defaultRegionId),
  ]
  for (const region of tryOrder) {
    if (region.healthy) return { kind: 'default', region, down, preferredDown: 0 }
    down.push(region)
  }
  return { kind: 'none', down, preferredDown: 0 }
}

/** How a region is named in metrics and messages: "Oregon (us-west-2)". */
export function regionLabel(region: Pick<RegionNode, 'id' | 'name'>): string {
  return `${region.name} (${region.id})`
}

const listOf = (regions: readonly RegionNode[]) => {
  const labels = regions.map(regionLabel)
  return labels.length <= 1
    ? (labels[0] ?? '')
    : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`
}
const wasDown = (regions: readonly RegionNode[]) =>
  `${listOf(regions)} ${regions.length === 1 ? 'was' : 'were'} down`

/** "Preferred A was down; fallback B was down" for the regions a rule's order skipped. */
function downByColumn(choice: RegionChoice): string {
  const preferred = choice.down.slice(0, choice.preferredDown)
  const fallback = choice.down.slice(choice.preferredDown)
  return [
    preferred.length ? `preferred ${wasDown(preferred)}` : '',
    fallback.length ? `fallback ${wasDown(fallback)}` : '',
  ]
    .filter(Boolean)
    .join('; ')
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * Why that region, in the words the simulator records in the callback's metrics (English, like
 * every other message of the backend).
 */
export function explainChoice(choice: RegionChoice, hasRule: boolean): string {
  switch (choice.kind) {
    case 'preferred':
    case 'fallback': {
      const served = `${choice.kind} ${regionLabel(choice.region)}`
      return choice.down.length === 0
        ? `Served by ${served}, first in the region affinity order.`
        : `${capitalized(downByColumn(choice))}; served by ${served}.`
    }
    case 'default':
      return choice.down.length === 0
        ? `No region affinity rule; served by the queue's default node ${regionLabel(choice.region)}.`
        : `No region affinity rule; ${wasDown(choice.down)}; served by ${regionLabel(choice.region)}.`
    case 'none':
      if (!hasRule)
        return 'No region available: every regional node was down; the callback waits in queue until one recovers.'
      return choice.down.length > 0
        ? `No region available: ${downByColumn(choice)}; the callback waits in queue until one recovers.`
        : 'No region available: the rule names no region of this tenant; the callback waits in queue.'
  }
}
