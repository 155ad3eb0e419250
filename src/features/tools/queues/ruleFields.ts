import { queryKeys } from '@/api/keys'
import type { Permission } from '@/domain/roles'

/** The three rule columns of the Queues page: the queue field, who may change it, its heading. */
export const RULE_FIELDS = [
  {
    field: 'numberRuleId',
    permission: 'queues.assignNumberRule',
    column: 'queues.columns.numberRule',
    listKey: queryKeys.config.numberRules(),
  },
  {
    field: 'capacityRuleId',
    permission: 'queues.assignCapacityRule',
    column: 'queues.columns.capacityRule',
    listKey: queryKeys.config.capacityRules(),
  },
  {
    field: 'regionRuleId',
    permission: 'queues.assignRegionRule',
    column: 'queues.columns.regionRule',
    listKey: queryKeys.config.regionRules(),
  },
] as const satisfies ReadonlyArray<{
  field: string
  permission: Permission
  column: string
  listKey: readonly string[]
}>

export type RuleFieldSpec = (typeof RULE_FIELDS)[number]
export type RuleField = RuleFieldSpec['field']

export interface RuleOption {
  id: string
  name: string
}
