import {
  requestFromWire,
  requestToWire,
  responseFromWire,
  responseToWire,
  type WireRequest,
  type WireResponse,
} from './wire'

/**
 * One tenant for every tab of a browser. Each tab used to run a simulator of its own on the same
 * IndexedDB value, so the last tab to save threw away the other tabs' writes. Now one tab, the
 * leader, runs the simulator; it is chosen with a Web Lock, which the browser hands to the next
 * waiting tab when the leader's tab closes. Every other tab forwards its requests over a
 * BroadcastChannel and gets the leader's answers, so rule versions, sessions and every other write
 * are the same for all tabs, as with a real backend.
 *
 * When the leader goes while a request is on its way, a read is sent again to the new leader; a
 * write fails as a network error, since it may or may not have been applied (the user sees the
 * failure and can check and retry, as after a dropped connection).
 */

/** What the leader runs: the tenant's HTTP answers and the test and demo controls. */
export interface TenantHost<Command> {
  answer(request: Request): Promise<Response>
  command(command: Command): Promise<unknown>
}

export interface SharedTenant<Command> {
  /** Answer a request of this tab, wherever the tenant runs. */
  fetch(request: Request): Promise<Response>
  command(command: Command): Promise<unknown>
  /** Whether this tab runs the tenant now. */
  readonly leading: boolean
  /** Stop taking part (tests; a page simply goes away). Leadership passes to another tab. */
  close(): void
}

type Job<Command> = { kind: 'fetch'; request: WireRequest } | { kind: 'command'; command: Command }
type Outcome = { ok: true; value: unknown } | { ok: false; message: string }

type Message<Command> =
  | { type: 'hello'; from: string }
  | { type: 'leader'; from: string }
  | { type: 'job'; from: string; to: string; id: number; job: Job<Command> }
  | { type: 'outcome'; to: string; id: number; outcome: Outcome }

interface Pending<Command> {
  job: Job<Command>
  /** The leader it was sent to, or null while no leader is known. */
  sentTo: string | null
  settle: (outcome: Outcome) => void
}

const isRead = <Command>(job: Job<Command>, reads: (command: Command) => boolean) =>
  job.kind === 'fetch'
    ? job.request.method === 'GET' || job.request.method === 'HEAD'
    : reads(job.command)

const asError = (error: unknown) =>
  error instanceof Error ? error : new Error(typeof error === 'string' ? error : 'unknown failure')

export const LEFT_WITH_THE_LEADER =
  'The tab running the demo tenant closed before answering; the change may or may not have been made.'

export interface ShareOptions<Command> {
  /** The lock's and the channel's name: one tenant per name. */
  name: string
  /** Start the tenant: called in the tab that becomes the leader, once. */
  start(): Promise<TenantHost<Command>>
  /** Commands that only read, and so may be sent again to a new leader. */
  reads: (command: Command) => boolean
  locks?: LockManager | undefined
}

/**
 * Join the tabs sharing `name`. Resolves once this tab knows whether it leads; when it does, once
 * its tenant has started (so its start-up failure is this call's).
 */
export async function shareTenant<Command>(
  options: ShareOptions<Command>,
): Promise<SharedTenant<Command>> {
  const self = crypto.randomUUID()
  const locks = options.locks ?? (globalThis.navigator as Navigator | undefined)?.locks
  const channel = new BroadcastChannel(options.name)
  const pending = new Map<number, Pending<Command>>()
  let nextId = 1
  let leader: string | null = null
  let host: TenantHost<Command> | null = null
  let closed = false
  let release: () => void = () => undefined
  const released = new Promise<void>((resolve) => (release = resolve))

  const post = (message: Message<Command>) => {
    if (!closed) channel.postMessage(message)
  }

  /** Run a job on this tab's tenant (only called while it leads). */
  async function run(job: Job<Command>, tenant: TenantHost<Command>): Promise<Outcome> {
    try {
      const value =
        job.kind === 'fetch'
          ? await responseToWire(await tenant.answer(requestFromWire(job.request)))
          : await tenant.command(job.command)
      return { ok: true, value }
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) }
    }
  }

  /** Send (or run, when leading) every pending job that has not reached the current leader. */
  function dispatch(): void {
    for (const [id, entry] of pending) {
      if (entry.sentTo !== null && entry.sentTo === leader) continue
      if (entry.sentTo !== null && !isRead(entry.job, options.reads)) {
        pending.delete(id)
        entry.settle({ ok: false, message: LEFT_WITH_THE_LEADER })
        continue
      }
      if (host) {
        pending.delete(id)
        void run(entry.job, host).then(entry.settle)
      } else if (leader) {
        entry.sentTo = leader
        post({ type: 'job', from: self, to: leader, id, job: entry.job })
      }
    }
  }

  channel.onmessage = (event: MessageEvent<Message<Command>>) => {
    const message = event.data
    switch (message.type) {
      case 'hello':
        if (host) post({ type: 'leader', from: self })
        return
      case 'leader':
        if (message.from === self || message.from === leader) return
        leader = message.from
        dispatch()
        return
      case 'job':
        if (message.to !== self || !host) return
        void run(message.job, host).then((outcome) =>
          post({ type: 'outcome', to: message.from, id: message.id, outcome }),
        )
        return
      case 'outcome': {
        if (message.to !== self) return
        const entry = pending.get(message.id)
        pending.delete(message.id)
        entry?.settle(message.outcome)
        return
      }
    }
  }

  let started: (failure?: unknown) => void = () => undefined
  const leading = new Promise<void>((resolve, reject) => {
    started = (failure) => {
      if (failure === undefined) resolve()
      else reject(asError(failure))
    }
  })

  /** Run the tenant until this tab goes; if it cannot start, the lock passes on. */
  async function lead(): Promise<void> {
    try {
      host = await options.start()
    } catch (error) {
      started(error)
      for (const [id, entry] of pending) {
        pending.delete(id)
        entry.settle({ ok: false, message: error instanceof Error ? error.message : String(error) })
      }
      throw error
    }
    started()
    leader = self
    post({ type: 'leader', from: self })
    dispatch()
    await released
  }

  function submit(job: Job<Command>): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const id = nextId++
      pending.set(id, {
        job,
        sentTo: null,
        settle: (outcome) =>
          outcome.ok ? resolve(outcome.value) : reject(new Error(outcome.message)),
      })
      dispatch()
    })
  }

  if (!locks) {
    // No Web Locks (an insecure context): this tab keeps a tenant of its own.
    host = await options.start()
    leader = self
  } else {
    const leads = await new Promise<boolean>((decided, failed) => {
      locks
        .request(options.name, { ifAvailable: true }, async (lock) => {
          decided(lock !== null)
          if (lock) await lead()
        })
        .catch((error: unknown) => {
          failed(asError(error))
        })
    })
    if (!leads) {
      // Wait for the lock: when the leader's tab closes, the browser hands it to one waiting tab.
      locks.request(options.name, () => (closed ? undefined : lead())).catch(() => undefined) // a tenant that cannot start has failed the requests waiting for it
      post({ type: 'hello', from: self })
    } else {
      // This call's outcome is the start of the tenant it leads.
      await leading
    }
  }

  return {
    fetch: async (request) =>
      responseFromWire(
        (await submit({ kind: 'fetch', request: await requestToWire(request) })) as WireResponse,
      ),
    command: (command) => submit({ kind: 'command', command }),
    get leading() {
      return host !== null
    },
    close() {
      closed = true
      channel.close()
      release()
    },
  }
}
