import { useQuery } from '@tanstack/react-query'
import { capacityRulesQuery } from '@/api/capacityRules'
import { numberRulesQuery } from '@/api/numberRules'
import { regionRulesQuery } from '@/api/regionRules'
import type { RuleField, RuleOption } from './ruleFields'

const byName = (a: RuleOption, b: RuleOption) =>
  a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true })
const options = (rules: ReadonlyArray<{ id: string; name: string }>) =>
  rules.map(({ id, name }) => ({ id, name })).sort(byName)

/** The rules each drop-down offers, by name; undefined while a list loads or when it failed. */
export function useRuleOptions() {
  const number = useQuery({ ...numberRulesQuery(), select: options })
  const capacity = useQuery({ ...capacityRulesQuery(), select: options })
  const region = useQuery({ ...regionRulesQuery(), select: options })
  const lists: Record<RuleField, RuleOption[] | undefined> = {
    numberRuleId: number.data,
    capacityRuleId: capacity.data,
    regionRuleId: region.data,
  }
  const failed = [number, capacity, region].find((q) => q.isError)
  return {
    lists,
    error: failed?.error,
    retry: () => {
      for (const q of [number, capacity, region]) if (q.isError) void q.refetch()
    },
  }
}
