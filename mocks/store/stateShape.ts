import { z } from 'zod'
import type { TenantState } from './types'

/**
 * The shape a stored tenant must have before the simulator runs on it. A saved tenant comes from
 * a store anyone can edit (IndexedDB in the page, a SQLite file on disk): a part missing or of the
 * wrong shape would fail later, mid-request or while the page renders, where nothing can recover.
 * Entries are checked for the fields every code path reads; other fields are left to the handlers.
 */
const text = z.string()
const count = z.number()
const list = <T extends z.ZodType>(entry: T) => z.array(entry)

const interval = z.looseObject({ open: text, close: text })
const queue = z.looseObject({
  name: text,
  lineOfBusiness: text,
  timeZone: text,
  businessHours: z.looseObject({ timeZone: text, weekly: list(list(interval)) }),
  slotDurationMin: count,
  slotCapacity: count,
  purgeTimeMinutes: count,
  maxDialAttempts: count,
  model: z.looseObject({
    agents: count,
    averageHandleSeconds: count,
    answerRate: count,
    abandonRate: count,
    routingNode: text,
  }),
})
/**
 * Callbacks and call-in records (up to 100,000 and 5,000) are checked one by one by migrateState
 * before its upgrades, by hand: a schema's parse would add seconds to the tenant server's start.
 */
const checkedByHand = list(z.unknown())
const rule = z.looseObject({ id: text, name: text, version: count })

export const STATE_SHAPE = z.looseObject({
  schema: count,
  seed: count,
  seededAt: count,
  apiKeys: list(text),
  users: list(z.looseObject({ username: text, password: text, groups: list(text) })),
  lineOfBusinessGroups: z.record(text, text),
  queues: list(queue),
  callbacks: checkedByHand,
  sessions: list(z.looseObject({ token: text, username: text, lastSeen: count })),
  preferences: z.record(text, z.looseObject({})),
  idempotency: list(z.looseObject({ key: text, username: text, at: count })),
  errors: list(
    z.looseObject({
      id: text,
      corrId: text,
      url: text,
      method: text,
      timeStamp: text,
      statusCode: count,
      code: count,
      message: text,
      queues: list(text),
    }),
  ),
  cancellations: list(z.looseObject({ id: text, username: text, status: text })),
  numberRules: list(rule),
  capacityRules: list(rule),
  regionRules: list(rule),
  regions: list(z.looseObject({ id: text, name: text, healthy: z.boolean() })),
  tenantConfigFetchedAt: count,
  callInGroups: list(
    z.looseObject({
      name: text,
      dnis: list(z.looseObject({ number: text })),
      accessCodeLength: count,
      expirySeconds: count,
      version: count,
    }),
  ),
  callIns: checkedByHand,
  simulatedCallers: z.boolean(),
  apiKeyChecks: z.record(text, list(count)),
  credentials: z.looseObject({
    firebase: z.looseObject({ projectName: text }).nullable(),
    gws: z.looseObject({ username: text }).nullable(),
    captchaKeySets: list(
      z.looseObject({
        id: text,
        name: text,
        type: text,
        siteKey: text,
        secretDigest: text,
        threshold: count,
        version: count,
      }),
    ),
  }),
  recaptcha: z.looseObject({
    sites: list(z.looseObject({ siteKey: text, secretDigest: text })),
    tokens: list(z.looseObject({ token: text, siteKey: text, issuedAt: count })),
  }),
} satisfies Record<keyof TenantState, z.ZodType>)

/** Where a stored tenant first differs from the shape, in words, or undefined when it has it. */
export function shapeProblem(state: unknown): string | undefined {
  const result = STATE_SHAPE.safeParse(state, { reportInput: true })
  if (result.success) return undefined
  const issue = result.error.issues[0]
  if (!issue) return 'the saved tenant is damaged'
  const [part, index, ...field] = issue.path.map(String)
  const where =
    index === undefined
      ? (part ?? 'state')
      : /^\d+$/.test(index)
        ? `${part} number ${Number(index) + 1}${field.length ? ` (${field.join('.')})` : ''}`
        : `${part}.${[index, ...field].join('.')}`
  return issue.code === 'invalid_type' && issue.input === undefined
    ? `the saved tenant's ${where} is missing`
    : `the saved tenant's ${where} is damaged`
}
