/**
 * Which queues a recorded error concerns, so the Errors page can withhold its details from a viewer
 * restricted to other lines of business (product.md §1.3: "never ... in errors").
 *
 * An error concerns:
 * - every queue the request names (a path parameter, `serviceName` in the body or the query), whether
 *   or not it exists: a restricted viewer must not learn which names are real queues by seeing
 *   which errors are withheld;
 * - the queue of every callback the request names; a named callback the tenant does not hold counts
 *   as UNKNOWN_QUEUE, for the same reason;
 * - every queue of the tenant whose name appears anywhere in what is kept of the request or the
 *   answer (URL, headers, body, message, envelope), e.g. a rule's assigned queues in a 409.
 */
export const UNKNOWN_QUEUE = '*'

export interface NamedInRequest {
  /** Queue names the request gives explicitly. */
  queues: readonly string[]
  /** Callback IDs the request gives explicitly. */
  callbackIds: readonly string[]
  /** Everything kept of the request and the answer, as text. */
  texts: readonly string[]
}

export function concernedQueues(
  named: NamedInRequest,
  queueNames: readonly string[],
  queueOfCallback: (id: string) => string | undefined,
): string[] {
  const found = new Set(named.queues)
  for (const id of named.callbackIds) found.add(queueOfCallback(id) ?? UNKNOWN_QUEUE)
  const text = named.texts.join('\n')
  const decoded = urlDecoded(text)
  for (const name of queueNames) {
    if (name && (text.includes(name) || decoded.includes(name))) found.add(name)
  }
  return [...found].sort()
}

/** Whether a viewer who may read `permitted` (or everything, unrestricted) may see the details. */
export function mayReadConcerned(
  concerned: readonly string[],
  viewer: { restricted: boolean; permitted: ReadonlySet<string> },
): boolean {
  return !viewer.restricted || concerned.every((queue) => viewer.permitted.has(queue))
}

/** Text with URL escapes and query-string pluses decoded wherever they are well formed. */
function urlDecoded(text: string): string {
  return text.replace(/\+/g, ' ').replace(/(%[0-9A-Fa-f]{2})+/g, (escaped) => {
    try {
      return decodeURIComponent(escaped)
    } catch {
      return escaped
    }
  })
}

const QUEUE_PARAMS = ['name', 'service-name', 'queue-name']
const QUEUE_FIELDS = ['serviceName', 'inboundVQ']
const MAX_NAMED_IDS = 10_000

/** The queues and callbacks a request names explicitly (path parameters, query, JSON body). */
export function namedInRequest(
  url: URL,
  body: string,
  params: Readonly<Record<string, string>>,
): { queues: string[]; callbackIds: string[] } {
  const queues = QUEUE_PARAMS.flatMap((p) => (params[p] ? [params[p]] : []))
  queues.push(...url.searchParams.getAll('serviceName'))
  const aboutCallbacks = url.pathname.includes('/callbacks')
  const callbackIds = params.id && aboutCallbacks ? [params.id] : []
  let json: unknown
  try {
    json = body ? JSON.parse(body) : undefined
  } catch {
    json = undefined
  }
  if (json && typeof json === 'object' && !Array.isArray(json)) {
    const fields = json as Record<string, unknown>
    for (const field of QUEUE_FIELDS)
      if (typeof fields[field] === 'string') queues.push(fields[field])
    if (aboutCallbacks && typeof fields.id === 'string') callbackIds.push(fields.id)
    if (aboutCallbacks && Array.isArray(fields.ids))
      callbackIds.push(
        ...fields.ids.slice(0, MAX_NAMED_IDS).filter((id): id is string => typeof id === 'string'),
      )
  }
  return { queues, callbackIds }
}
