import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  chooseRegion,
  connectionOrder,
  describeOrder,
  dropRegion,
  explainChoice,
  layoutOf,
  moveRegion,
  moveWithinColumn,
  newLayout,
  REGION_COLUMNS,
  sameOrder,
  validateRegionRule,
  type RegionColumn,
  type RegionLayout,
  type RegionNode,
} from './regionAffinity'
import { defined } from '@/test/defined'

const IDS: readonly string[] = [
  'us-east-1',
  'us-west-1',
  'us-west-2',
  'eu-west-1',
  'ap-northeast-1',
]
const NAMES: Record<string, string> = {
  'us-east-1': 'Virginia',
  'us-west-1': 'N. California',
  'us-west-2': 'Oregon',
  'eu-west-1': 'Ireland',
  'ap-northeast-1': 'Tokyo',
}
const nameOf = (id: string) => NAMES[id] ?? id

function nodes(down: readonly string[] = []): RegionNode[] {
  return IDS.map((id) => ({ id, name: nameOf(id), healthy: !down.includes(id) }))
}

const layout = (
  preferred: string[],
  fallback: string[] = [],
  ignored: string[] = IDS.filter((id) => !preferred.includes(id) && !fallback.includes(id)),
): RegionLayout => ({ preferred, fallback, ignored })

describe('layouts', () => {
  it('a new rule starts with every region under Ignored, in the tenant order', () => {
    expect(newLayout(IDS)).toEqual({ preferred: [], fallback: [], ignored: [...IDS] })
  })

  it('a saved rule spreads over the columns; the rest is ignored', () => {
    expect(
      layoutOf({ preferred: ['us-west-2'], fallback: ['us-west-1', 'eu-west-1'] }, IDS),
    ).toEqual({
      preferred: ['us-west-2'],
      fallback: ['us-west-1', 'eu-west-1'],
      ignored: ['us-east-1', 'ap-northeast-1'],
    })
  })

  it.each([
    [{ preferred: ['a'], fallback: [] }, { preferred: ['a'], fallback: [] }, true],
    [{ preferred: ['a', 'b'], fallback: [] }, { preferred: ['b', 'a'], fallback: [] }, false],
    [{ preferred: ['a'], fallback: ['b'] }, { preferred: ['a', 'b'], fallback: [] }, false],
    [{ preferred: [], fallback: [] }, { preferred: [], fallback: [] }, true],
  ])('sameOrder(%j, %j) → %s', (a, b, same) => {
    expect(sameOrder(a, b)).toBe(same)
  })
})

describe('connection order', () => {
  it.each([
    [{ preferred: ['us-west-2'], fallback: [] }, ['us-west-2']],
    [
      { preferred: ['us-west-1', 'us-west-2'], fallback: ['eu-west-1'] },
      ['us-west-1', 'us-west-2', 'eu-west-1'],
    ],
    [
      { preferred: ['eu-west-1'], fallback: ['us-west-2', 'us-east-1'] },
      ['eu-west-1', 'us-west-2', 'us-east-1'],
    ],
    [{ preferred: [], fallback: ['us-east-1'] }, ['us-east-1']],
  ])('%j → %j', (rule, order) => {
    expect(connectionOrder(rule)).toEqual(order)
  })

  it('describes the order with region names, ignored ones as never', () => {
    expect(describeOrder(layout(['us-west-2', 'us-west-1'], ['eu-west-1']), nameOf)).toEqual({
      preferred: ['Oregon', 'N. California'],
      fallback: ['Ireland'],
      never: ['Virginia', 'Tokyo'],
    })
  })
})

describe('moves', () => {
  const start = layout(['us-west-2', 'us-west-1'], ['eu-west-1'], ['us-east-1', 'ap-northeast-1'])

  it.each<[string, RegionLayout, RegionLayout]>([
    [
      'to the end of another column',
      moveRegion(start, 'us-east-1', 'preferred'),
      layout(['us-west-2', 'us-west-1', 'us-east-1'], ['eu-west-1'], ['ap-northeast-1']),
    ],
    [
      'to a position in another column',
      moveRegion(start, 'us-east-1', 'fallback', 0),
      layout(['us-west-2', 'us-west-1'], ['us-east-1', 'eu-west-1'], ['ap-northeast-1']),
    ],
    [
      'to a position past the end (clamped)',
      moveRegion(start, 'us-west-2', 'fallback', 99),
      layout(['us-west-1'], ['eu-west-1', 'us-west-2'], ['us-east-1', 'ap-northeast-1']),
    ],
    [
      'within its column',
      moveRegion(start, 'us-west-2', 'preferred', 1),
      layout(['us-west-1', 'us-west-2'], ['eu-west-1'], ['us-east-1', 'ap-northeast-1']),
    ],
    ['an unknown region: nothing', moveRegion(start, 'sa-east-1', 'preferred'), start],
    [
      'up one',
      moveWithinColumn(start, 'us-west-1', -1),
      layout(['us-west-1', 'us-west-2'], ['eu-west-1'], ['us-east-1', 'ap-northeast-1']),
    ],
    [
      'down one',
      moveWithinColumn(start, 'us-east-1', 1),
      layout(['us-west-2', 'us-west-1'], ['eu-west-1'], ['ap-northeast-1', 'us-east-1']),
    ],
    ['up at the top: nothing', moveWithinColumn(start, 'us-west-2', -1), start],
    ['down at the bottom: nothing', moveWithinColumn(start, 'eu-west-1', 1), start],
    [
      'dropped on a region of another column: takes its place',
      dropRegion(start, 'ap-northeast-1', { region: 'us-west-1' }),
      layout(['us-west-2', 'ap-northeast-1', 'us-west-1'], ['eu-west-1'], ['us-east-1']),
    ],
    [
      'dropped on a region below it in its column: takes its place',
      dropRegion(start, 'us-west-2', { region: 'us-west-1' }),
      layout(['us-west-1', 'us-west-2'], ['eu-west-1'], ['us-east-1', 'ap-northeast-1']),
    ],
    [
      'dropped on an empty part of another column: at its end',
      dropRegion(start, 'us-west-2', { column: 'ignored' }),
      layout(['us-west-1'], ['eu-west-1'], ['us-east-1', 'ap-northeast-1', 'us-west-2']),
    ],
    [
      'dropped on its own column: nothing',
      dropRegion(start, 'us-west-2', { column: 'preferred' }),
      start,
    ],
    ['dropped on itself: nothing', dropRegion(start, 'us-west-2', { region: 'us-west-2' }), start],
  ])('%s', (_, actual, expected) => {
    expect(actual).toEqual(expected)
  })

  it('never changes the layout it is given', () => {
    const before = structuredClone(start)
    moveRegion(start, 'us-east-1', 'preferred', 0)
    moveWithinColumn(start, 'us-west-1', -1)
    dropRegion(start, 'eu-west-1', { column: 'ignored' })
    expect(start).toEqual(before)
  })

  const column = fc.constantFrom<RegionColumn>(...REGION_COLUMNS)
  const regionId = fc.constantFrom(...IDS, 'unknown-region')
  const move = fc.oneof(
    fc.record({
      kind: fc.constant('to' as const),
      id: regionId,
      column,
      index: fc.option(fc.nat(8)),
    }),
    fc.record({
      kind: fc.constant('step' as const),
      id: regionId,
      step: fc.constantFrom(-1 as const, 1 as const),
    }),
    fc.record({ kind: fc.constant('dropOnRegion' as const), id: regionId, over: regionId }),
    fc.record({ kind: fc.constant('dropOnColumn' as const), id: regionId, column }),
  )
  /** Any layout of the tenant's regions: a permutation cut in three. */
  const initial = fc
    .tuple(
      fc.shuffledSubarray([...IDS], { minLength: IDS.length }),
      fc.nat(IDS.length),
      fc.nat(IDS.length),
    )
    .map(([ids, a, b]): RegionLayout => {
      const [i, j] = [Math.min(a, b), Math.max(a, b)]
      return { preferred: ids.slice(0, i), fallback: ids.slice(i, j), ignored: ids.slice(j) }
    })

  it('any sequence of moves keeps every region exactly once', () => {
    fc.assert(
      fc.property(initial, fc.array(move, { maxLength: 30 }), (first, moves) => {
        let current = first
        for (const m of moves) {
          if (m.kind === 'to') current = moveRegion(current, m.id, m.column, m.index ?? undefined)
          else if (m.kind === 'step') current = moveWithinColumn(current, m.id, m.step)
          else if (m.kind === 'dropOnRegion')
            current = dropRegion(current, m.id, { region: m.over })
          else current = dropRegion(current, m.id, { column: m.column })
        }
        const all = REGION_COLUMNS.flatMap((c) => current[c])
        expect(new Set(all).size).toBe(all.length)
        expect([...all].sort()).toEqual(REGION_COLUMNS.flatMap((c) => first[c]).sort())
      }),
    )
  })

  it('a move to a column then back to where it was restores the layout', () => {
    fc.assert(
      fc.property(initial, fc.constantFrom(...IDS), column, (first, id, to) => {
        const from = defined(REGION_COLUMNS.find((c) => first[c].includes(id)))
        const index = first[from].indexOf(id)
        expect(moveRegion(moveRegion(first, id, to), id, from, index)).toEqual(first)
      }),
    )
  })
})

describe('validation', () => {
  it.each([
    [{ name: 'West', preferred: ['us-west-2'], fallback: ['us-west-1'] }, []],
    [{ name: 'West', preferred: [], fallback: ['us-west-1'] }, [{ code: 'preferredRequired' }]],
    [{ name: '  ', preferred: ['us-west-2'], fallback: [] }, [{ code: 'nameRequired' }]],
    [
      { name: 'x'.repeat(65), preferred: ['us-west-2'], fallback: [] },
      [{ code: 'nameTooLong', max: 64 }],
    ],
    [
      { name: 'West', preferred: ['us-west-2'], fallback: ['us-west-2'] },
      [{ code: 'duplicateRegion', regionId: 'us-west-2' }],
    ],
    [
      { name: 'West', preferred: ['us-west-2', 'mars-1'], fallback: [] },
      [{ code: 'unknownRegion', regionId: 'mars-1' }],
    ],
    [
      { name: '', preferred: [], fallback: ['mars-1', 'mars-1'] },
      [
        { code: 'nameRequired' },
        { code: 'preferredRequired' },
        { code: 'unknownRegion', regionId: 'mars-1' },
        { code: 'duplicateRegion', regionId: 'mars-1' },
      ],
    ],
  ])('%j → %j', (rule, problems) => {
    expect(validateRegionRule(rule, IDS)).toEqual(problems)
  })
})

describe('choosing the region that serves a callback', () => {
  const west = { preferred: ['us-west-2', 'us-west-1'], fallback: ['eu-west-1'] }
  const served = (rule: typeof west | undefined, down: string[], defaultId = 'us-east-1') => {
    const choice = chooseRegion(rule, nodes(down), defaultId)
    return { kind: choice.kind, region: choice.region?.id, down: choice.down.map((r) => r.id) }
  }

  it.each([
    ['all healthy: the first preferred', west, [], 'preferred', 'us-west-2', []],
    [
      'first preferred down: the second',
      west,
      ['us-west-2'],
      'preferred',
      'us-west-1',
      ['us-west-2'],
    ],
    [
      'all preferred down: the fallback',
      west,
      ['us-west-2', 'us-west-1'],
      'fallback',
      'eu-west-1',
      ['us-west-2', 'us-west-1'],
    ],
    [
      'everything in the rule down: none, even with healthy ignored regions',
      west,
      ['us-west-2', 'us-west-1', 'eu-west-1'],
      'none',
      undefined,
      ['us-west-2', 'us-west-1', 'eu-west-1'],
    ],
    ['an ignored region down changes nothing', west, ['us-east-1'], 'preferred', 'us-west-2', []],
    ['no rule: the default node', undefined, [], 'default', 'us-east-1', []],
    [
      'no rule, default node down: the first healthy region',
      undefined,
      ['us-east-1'],
      'default',
      'us-west-1',
      ['us-east-1'],
    ],
    ['no rule, everything down: none', undefined, [...IDS], 'none', undefined, [...IDS]],
  ] as const)('%s', (_, rule, down, kind, region, skipped) => {
    expect(served(rule, [...down])).toEqual({ kind, region, down: skipped })
  })

  it('skips regions the tenant does not have', () => {
    const choice = chooseRegion(
      { preferred: ['mars-1', 'us-west-2'], fallback: [] },
      nodes(),
      'us-east-1',
    )
    expect(choice.region?.id).toBe('us-west-2')
  })

  it('always answers a healthy region of the rule, the first one in connection order', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...IDS], { minLength: 1 }),
        fc.nat(IDS.length),
        fc.subarray([...IDS]),
        (order, split, down) => {
          const rule = {
            preferred: order.slice(0, Math.max(1, split)),
            fallback: order.slice(Math.max(1, split)),
          }
          const choice = chooseRegion(rule, nodes(down), 'us-east-1')
          const expected = connectionOrder(rule).find((id) => !down.includes(id))
          expect(choice.region?.id).toBe(expected)
          expect(choice.down.every((r) => down.includes(r.id))).toBe(true)
        },
      ),
    )
  })

  it.each([
    [west, [], 'Served by preferred Oregon (us-west-2), first in the region affinity order.'],
    [
      west,
      ['us-west-2'],
      'Preferred Oregon (us-west-2) was down; served by preferred N. California (us-west-1).',
    ],
    [
      { preferred: ['us-west-2'], fallback: ['us-west-1'] },
      ['us-west-2'],
      'Preferred Oregon (us-west-2) was down; served by fallback N. California (us-west-1).',
    ],
    [
      west,
      ['us-west-2', 'us-west-1'],
      'Preferred Oregon (us-west-2) and N. California (us-west-1) were down; served by fallback Ireland (eu-west-1).',
    ],
    [
      { preferred: ['us-west-2'], fallback: ['us-west-1', 'eu-west-1'] },
      ['us-west-2', 'us-west-1'],
      'Preferred Oregon (us-west-2) was down; fallback N. California (us-west-1) was down; served by fallback Ireland (eu-west-1).',
    ],
    [
      west,
      ['us-west-2', 'us-west-1', 'eu-west-1'],
      'No region available: preferred Oregon (us-west-2) and N. California (us-west-1) were down; fallback Ireland (eu-west-1) was down; the callback waits in queue until one recovers.',
    ],
    [
      undefined,
      [],
      "No region affinity rule; served by the queue's default node Virginia (us-east-1).",
    ],
    [
      undefined,
      ['us-east-1'],
      'No region affinity rule; Virginia (us-east-1) was down; served by N. California (us-west-1).',
    ],
  ])('explains %j with %j down', (rule, down, text) => {
    expect(explainChoice(chooseRegion(rule, nodes(down), 'us-east-1'), rule !== undefined)).toBe(
      text,
    )
  })
})
