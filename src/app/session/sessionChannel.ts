/**
 * What the tabs of one browser tell each other about the session: a sign-out ends it in every tab
 * at once (not only on each tab's next request), and activity or "Stay signed in" in one tab
 * keeps the others from warning or signing out. Times are not sent: each tab notes when it heard,
 * on its own clock, so tabs whose clocks disagree still agree on who was active last.
 */
export type SessionMessage =
  { type: 'activity' } | { type: 'stay' } | { type: 'signedOut'; reason: 'expired' | 'signedOut' }

const CHANNEL = 'callback-admin-session'
let channel: BroadcastChannel | null | undefined
const listeners = new Set<(message: SessionMessage) => void>()

function open(): BroadcastChannel | null {
  if (channel !== undefined) return channel
  channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null
  if (channel)
    channel.onmessage = (event: MessageEvent<SessionMessage>) => {
      listeners.forEach((listener) => listener(event.data))
    }
  return channel
}

/** Tell the other tabs (never this one). */
export function tellOtherTabs(message: SessionMessage): void {
  open()?.postMessage(message)
}

/** Hear what the other tabs say; returns the way to stop. */
export function hearOtherTabs(listener: (message: SessionMessage) => void): () => void {
  open()
  listeners.add(listener)
  return () => listeners.delete(listener)
}
