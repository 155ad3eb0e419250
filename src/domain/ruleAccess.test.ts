import { describe, expect, it } from 'vitest'
import { mayChangeRule } from './ruleAccess'

describe('mayChangeRule', () => {
  it.each([
    { assignedQueues: [], assignedCount: 0, may: true, why: 'assigned to no queue' },
    { assignedQueues: ['Sales VQ_CB'], assignedCount: 1, may: true, why: 'only readable queues' },
    { assignedQueues: ['A', 'B'], assignedCount: 2, may: true, why: 'all of them readable' },
    { assignedQueues: [], assignedCount: 2, may: false, why: 'only queues of another line' },
    { assignedQueues: ['A'], assignedCount: 3, may: false, why: 'some of another line' },
  ])('$why: $may', ({ assignedQueues, assignedCount, may }) => {
    expect(mayChangeRule({ assignedQueues, assignedCount })).toBe(may)
  })
})
