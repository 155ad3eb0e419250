import type { components } from '@/api/schema.gen'
import type {
  CallbackOrigin,
  CallbackState,
  CompletionReason,
  OriginationChannel,
} from '@/domain/callback'
import type { CallInState, IncomingCall } from '@/domain/callIn'
import type { CaptchaType } from '@/domain/captchaKeySet'
import type { CallbackEvent } from '@/domain/lifecycle'
import type { Preferences } from '@/domain/preferences'

export type Queue = components['schemas']['Queue']
type Schemas = components['schemas']
/** What the store keeps of a rule: assignments are read from the queues, never stored twice. */
type Stored<T> = Omit<T, 'assignedQueues' | 'assignedCount'>
export type NumberRuleRecord = Stored<Schemas['NumberRule']>
export type CapacityRuleRecord = Stored<Schemas['CapacityRule']>
export type RegionRuleRecord = Stored<Schemas['RegionRule']>
export type RegionRecord = Schemas['Region']
export type CallbackMetrics = components['schemas']['CallbackMetrics']
export type CallbackParameters = components['schemas']['CallbackParameters']
export type FirebaseCredentialsRecord = Schemas['FirebaseCredentials']
export type GwsCredentialsRecord = Schemas['GwsCredentials']
/** A key set as the API shows it, and the digest of its secret (the secret itself is not kept). */
export type CaptchaKeySetRecord = Schemas['CaptchaKeySet'] & { secretDigest: string }

/**
 * Developer > Credential Management. No secret is kept in clear: the tenant keeps what it needs to
 * act on them (a digest to compare, a hint to show), so neither the page's IndexedDB nor the
 * server's file holds one.
 */
export interface TenantCredentials {
  firebase: FirebaseCredentialsRecord | null
  gws: GwsCredentialsRecord | null
  captchaKeySets: CaptchaKeySetRecord[]
}

/** A site registered with the simulated reCAPTCHA (Google's side of a key pair). */
export interface RecaptchaSite {
  siteKey: string
  type: CaptchaType
  secretDigest: string
  registeredAt: string
}

/** A token the simulated reCAPTCHA issued. Times are epoch ms. */
export interface RecaptchaToken {
  token: string
  siteKey: string
  issuedAt: number
  verifiedAt?: number | undefined
  score?: number | undefined
}

/** The demo tenant's stand-in for Google reCAPTCHA: its registered sites and recent tokens. */
export interface SimulatedRecaptcha {
  sites: RecaptchaSite[]
  tokens: RecaptchaToken[]
}

/** The simulated contact centre behind a queue: how many agents, how long calls take. */
export interface QueueModel {
  /** Agents logged in while the queue is open. */
  agents: number
  /** Average handle time, seconds. */
  averageHandleSeconds: number
  /** Chance that a dial attempt is answered. */
  answerRate: number
  /** Chance that a waiting customer gives up before being called. */
  abandonRate: number
  /** Routing node serving the queue (shown in advanced metrics). */
  routingNode: string
  /** The route point that places the queue's outbound calls (Callback Search). */
  routePoint: string
  /** Caller ID presented to the customer, E.164 (Callback Search's "From" Number). */
  callerId: string
}

export interface SimQueue extends Queue {
  model: QueueModel
}

/** A planned step of a callback's life, executed by the clock when its time comes. */
export interface PlannedEvent {
  event: CallbackEvent
  at: number
}

/** A stored callback. Times are canonical ISO strings so records sort and filter without parsing. */
export interface CallbackRecord {
  id: string
  serviceName: string
  phoneNumber: string
  origin: CallbackOrigin
  channel: OriginationChannel
  state: CallbackState
  reason?: CompletionReason | undefined
  desiredTime: string
  updatedAt: string
  metrics: CallbackMetrics
  /** What the booking request carried besides queue, number and time; absent when nothing. */
  parameters?: CallbackParameters | undefined
  next?: PlannedEvent | undefined
}

export interface DemoUser {
  username: string
  displayName: string
  password: string
  groups: string[]
}

export interface Session {
  token: string
  username: string
  lastSeen: number
}

export interface IdempotencyEntry {
  key: string
  username: string
  /** What the request asked for; the same key with another request is refused. */
  fingerprint: string
  status: number
  body: unknown
  at: number
}

/**
 * An error answer, kept for Developer > Errors (newest first, at most MAX_ERRORS). Everything is
 * redacted before it is stored (mocks/handlers/redact.ts): no secret is ever kept.
 */
export interface ErrorRecord {
  /** Unique per record: a caller may send the same correlation ID twice. */
  id: string
  corrId: string
  /** Path and query. */
  url: string
  /** The endpoint's path pattern (e.g. /admin/v1/queues/:name), shown when the URL is withheld. */
  endpoint?: string | undefined
  method: string
  timeStamp: string
  /** The HTTP status. */
  statusCode: number
  /** The envelope's five-digit code. */
  code: number
  message: string
  requestHeaders?: Array<[string, string]> | undefined
  requestBody?: string | undefined
  /** The envelope answered, as JSON text. */
  response?: string | undefined
  username?: string | undefined
  /** The queues the error concerns (mocks/sim/errorConcerns.ts), for line-of-business viewers. */
  queues: string[]
}

export interface CancellationEntry {
  username: string
  id: string
  phoneNumber: string
  serviceName: string
  desiredTime: string
  requestedAt: string
  status: 'CANCELLED' | 'EXCLUDED' | 'FAILED'
  message?: string | undefined
}

/**
 * A Click-To-Call-In group (product.md §5.5): its DNIS pool and access-code settings, checked by
 * src/domain/callInGroup.ts. The name is unique (without regard to case), fixed once saved, and is
 * the group's ID in URLs. Call-in requests name their group; deleting a group withdraws none of them.
 */
export interface CallInGroup {
  name: string
  dnis: Array<{ number: string; description?: string }>
  generateAccessCode: boolean
  /** Digits of an access code, 4–12 (default 6). */
  accessCodeLength: number
  /** Lifetime of a request, seconds, 10–1800 (default 30). */
  expirySeconds: number
  /** A number is not handed out again while a request holding it is pending (default false). */
  uniqueDnis: boolean
  version: number
  updatedAt: string
  updatedBy: string
}

/** The clock's next step for a call-in request: a simulated consumer's call, or its expiry. */
export type CallInPlan =
  | { event: 'CALL'; at: number; attempt: number; call: IncomingCall }
  | { event: 'EXPIRE'; at: number }

/**
 * A Click-To-Call-In request and what became of it. Times are canonical ISO strings, so records
 * sort and filter without parsing. The access code is kept whole (the matching needs it) and only
 * ever leaves the simulator masked.
 */
export interface CallInRecord {
  id: string
  state: CallInState
  groupName: string
  /** The number handed out (toPhoneNumber). */
  dnis: string
  accessCode?: string | undefined
  /** The number the app said the consumer would call from (E.164). */
  fromPhoneNumber?: string | undefined
  /** The caller's number: the expected one until a call completes the request, then the caller's. */
  ani?: string | undefined
  createdAt: string
  expiresAt: string
  completedAt?: string | undefined
  callbackServiceId?: string | undefined
  userData?: Record<string, string | number | boolean> | undefined
  next?: CallInPlan | undefined
}

/** Everything the simulated tenant knows; persisted as one snapshot. */
export interface TenantState {
  schema: number
  seed: number
  seededAt: number
  apiKeys: string[]
  users: DemoUser[]
  /** Access groups that restrict to a line of business: group name → line of business. */
  lineOfBusinessGroups: Record<string, string>
  queues: SimQueue[]
  callbacks: CallbackRecord[]
  sessions: Session[]
  preferences: Record<string, Preferences>
  idempotency: IdempotencyEntry[]
  errors: ErrorRecord[]
  cancellations: CancellationEntry[]
  numberRules: NumberRuleRecord[]
  capacityRules: CapacityRuleRecord[]
  regionRules: RegionRuleRecord[]
  /** The tenant's regional nodes, with the simulated health of each. */
  regions: RegionRecord[]
  /** When the tenant configuration was last fetched (epoch ms). */
  tenantConfigFetchedAt: number
  callInGroups: CallInGroup[]
  /** Click-To-Call-In requests, oldest first (by creation time, then ID); at most 5,000. */
  callIns: CallInRecord[]
  /** Whether simulated consumers call for new call-in requests (the demo's Call-In panel). */
  simulatedCallers: boolean
  /** Per user, when they checked an invalid API key (epoch ms, recent ones only): the throttle. */
  apiKeyChecks: Record<string, number[]>
  credentials: TenantCredentials
  recaptcha: SimulatedRecaptcha
}
