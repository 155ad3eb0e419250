import { useQuery } from '@tanstack/react-query'
import { capacityRuleListQuery, numberRuleListQuery, regionRuleListQuery } from '@/api/queues'
import type { RuleField, RuleOption } from './ruleFields'

const byName = (a: RuleOption, b: RuleOption) =>
  a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true })
const options = (rules: ReadonlyArray<{ id: string; name: string }>) =>
  rules.map(({ id, name }) => ({ id, name })).sort(byName)

/** The rules each drop-down offers, by name; undefined while a list loads or when it failed. */
export function useRuleOptions() {
  const number = useQuery({ ...numberRuleListQuery(), select: options })
  const capacity = useQuery({ ...capacityRuleListQuery(), select: options })
  const region = useQuery({ ...regionRuleListQuery(), select: options })
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
