/**
 * Lines of business on writes (product.md §1.3): a rule serves every queue it is assigned to, so a
 * user restricted to some queues may change or delete it only when it serves none but theirs.
 * Otherwise their change would alter how callbacks are taken for a line of business they cannot
 * even see. Read from what the tenant tells the user about a rule: the assigned queues they may
 * read, and the count of all of them.
 */
export interface RuleAssignments {
  assignedQueues: readonly string[]
  assignedCount: number
}

export function mayChangeRule({ assignedQueues, assignedCount }: RuleAssignments): boolean {
  return assignedQueues.length >= assignedCount
}
