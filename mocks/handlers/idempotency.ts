import { HttpResponse } from 'msw'
import { badRequest, HttpError, type Ctx } from './respond'

const KEEP_MS = 24 * 3_600_000
/** Requests still running, by user and key: a second copy waits for the first one's answer. */
const inFlight = new Map<string, Promise<Response>>()

/**
 * Run a creating request at most once per Idempotency-Key: a repeat with the same key and body gets
 * the first answer back (a double click, a retry after a timeout), never a second callback.
 *
 * The answer is recorded in the tenant before the request's commit (respond.ts), so the record and
 * the write it describes are stored in one transaction or not at all, and every answer (the first,
 * a copy that waited for it, a later repeat) goes out only after a commit holding both succeeded.
 * Recording after the commit would leave a failed commit's write in memory without its record:
 * the retry would run again and report "already cancelled" instead of what happened.
 */
export async function once(ctx: Ctx, run: () => Response | Promise<Response>): Promise<Response> {
  const key = ctx.request.headers.get('idempotency-key')
  if (!key || key.length < 8 || key.length > 64) {
    throw badRequest('Missing or invalid Idempotency-Key header (8 to 64 characters).', {
      field: 'Idempotency-Key',
      reason: 'required',
    })
  }
  const store = ctx.tenant.state.idempotency
  const fresh = store.filter((e) => ctx.now - e.at < KEEP_MS)
  if (fresh.length !== store.length) store.splice(0, store.length, ...fresh)
  const username = ctx.auth.user.username
  const fingerprint = `${ctx.request.method} ${ctx.url.pathname} ${ctx.body}`
  const earlier = store.find((e) => e.key === key && e.username === username)
  if (earlier) {
    if (earlier.fingerprint !== fingerprint) {
      throw new HttpError(
        409,
        40902,
        'This Idempotency-Key was already used for a different request.',
      )
    }
    return HttpResponse.json(earlier.body as Record<string, unknown>, {
      status: earlier.status,
      headers: { 'x-correlation-id': ctx.corrId, 'idempotent-replay': 'true' },
    })
  }
  const slot = `${username} ${key}`
  const running = inFlight.get(slot)
  if (running) return (await running).clone()
  const pending = Promise.resolve().then(run)
  inFlight.set(slot, pending)
  try {
    const response = await pending
    if (response.ok) {
      store.push({
        key,
        username,
        fingerprint,
        status: response.status,
        body: await response.clone().json(),
        at: ctx.now,
      })
    }
    return response.clone()
  } finally {
    inFlight.delete(slot)
  }
}
