import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { queryKeys } from '@/api/keys'
import {
  createNumberRule,
  deleteNumberRule,
  numberRulesQuery,
  updateNumberRule,
  type NumberRule,
  type NumberRuleBody,
} from '@/api/numberRules'

/**
 * Saving and deleting rules. The list is updated from the answer at once (so the editor shows the
 * saved version without waiting), then refetched in the background, which also refreshes the
 * Queues page's rule names.
 */
function replaceInList(queryClient: QueryClient, update: (rules: NumberRule[]) => NumberRule[]) {
  queryClient.setQueryData(numberRulesQuery().queryKey, (rules) => rules && update(rules))
  void queryClient.invalidateQueries({ queryKey: queryKeys.config.numberRules() })
}

export function putRuleInList(queryClient: QueryClient, saved: NumberRule) {
  replaceInList(queryClient, (rules) =>
    rules.some((r) => r.id === saved.id)
      ? rules.map((r) => (r.id === saved.id ? saved : r))
      : [...rules, saved],
  )
}

export function useSaveNumberRule() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: { id: string | null; body: NumberRuleBody; version: number }) =>
      input.id === null
        ? createNumberRule(input.body)
        : updateNumberRule(input.id, { ...input.body, version: input.version }),
    onSuccess: (saved) => putRuleInList(queryClient, saved),
  })
}

export function useDeleteNumberRule() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: { id: string; version: number }) =>
      deleteNumberRule(input.id, input.version),
    onSuccess: (_, input) =>
      replaceInList(queryClient, (rules) => rules.filter((r) => r.id !== input.id)),
    // Refused because a queue now uses it, or changed meanwhile: show the rule as it is now.
    onError: () => void queryClient.invalidateQueries({ queryKey: queryKeys.config.numberRules() }),
  })
}
