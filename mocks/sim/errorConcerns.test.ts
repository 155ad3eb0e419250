import { describe, expect, it } from 'vitest'
import { concernedQueues, mayReadConcerned, UNKNOWN_QUEUE } from './errorConcerns'

const QUEUES = ['Sales VQ_CB', 'Service VQ_CB', 'Claims VQ_CB']
const CALLBACKS: Record<string, string> = { 'cb-1': 'Service VQ_CB' }
const concerns = (named: Partial<Parameters<typeof concernedQueues>[0]>) =>
  concernedQueues(
    { queues: [], callbackIds: [], texts: [], ...named },
    QUEUES,
    (id) => CALLBACKS[id],
  )

describe('which queues an error concerns', () => {
  it.each([
    ['a queue the request names, real or not', { queues: ['Made Up'] }, ['Made Up']],
    ['the queue of a named callback', { callbackIds: ['cb-1'] }, ['Service VQ_CB']],
    ['an unknown callback', { callbackIds: ['nope'] }, [UNKNOWN_QUEUE]],
    [
      'queues named anywhere in what is kept',
      { texts: ['{"assignedQueues":["Claims VQ_CB"]}', '/admin/v1/queues/Sales%20VQ_CB'] },
      ['Claims VQ_CB', 'Sales VQ_CB'],
    ],
    ['a query string with pluses', { texts: ['?serviceName=Service+VQ_CB'] }, ['Service VQ_CB']],
    ['nothing', { texts: ['/admin/v1/errors'] }, []],
  ])('%s', (_, named, expected) => {
    expect(concerns(named)).toEqual(expected)
  })

  it('survives malformed escapes', () => {
    expect(concerns({ texts: ['%E0%A4%A Sales%20VQ_CB %'] })).toEqual(['Sales VQ_CB'])
  })
})

describe('who may read an error', () => {
  const sales = { restricted: true, permitted: new Set(['Sales VQ_CB']) }
  it.each([
    [[], sales, true],
    [['Sales VQ_CB'], sales, true],
    [['Sales VQ_CB', 'Service VQ_CB'], sales, false],
    [[UNKNOWN_QUEUE], sales, false],
    [['Service VQ_CB', UNKNOWN_QUEUE], { restricted: false, permitted: new Set<string>() }, true],
  ])('%j', (concerned, viewer, expected) => {
    expect(mayReadConcerned(concerned, viewer)).toBe(expected)
  })
})
