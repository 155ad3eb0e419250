import { between, mulberry32, pick, uuidFrom } from '../sim/rng'
import type { CallInGroup } from '../store/types'
import { phoneNumberFor } from './phoneNumbers'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
/** How far back the seeded Click-To-Call-In traffic goes. */
export const CALL_IN_HISTORY_MS = 4 * 24 * HOUR
/** Requests made in the last minutes, some still waiting for their caller when the tenant starts. */
const RECENT = 12
const LINES_OF_BUSINESS = ['Sales', 'Service', 'Claims']

/** A request an app made in the tenant's past, replayed through the live call-in desk. */
export interface SeedCallIn {
  at: number
  id: string
  groupName: string
  fromPhoneNumber?: string
}

/**
 * The last days of Click-To-Call-In traffic: requests from the apps, most during the day, about
 * two in three naming the phone they will call from. The seed replays them through the same desk
 * (and simulated consumers) that serves live requests, so every record got to Completed or
 * Expired by the same rules; the last few minutes' requests are still Created. A generator of its
 * own keeps the seeded callbacks exactly what they were before call-ins existed.
 */
export function seedCallInRequests(
  seed: number,
  now: number,
  count: number,
  groups: readonly CallInGroup[],
): SeedCallIn[] {
  if (groups.length === 0) return []
  const rng = mulberry32(seed ^ 0x5ca11_1)
  const requests: SeedCallIn[] = []
  const request = (at: number) => {
    const line = pick(rng, LINES_OF_BUSINESS)
    const named = rng() < 0.65
    requests.push({
      at: Math.floor(at / 1000) * 1000,
      id: uuidFrom(rng),
      groupName: pick(rng, groups).name,
      ...(named ? { fromPhoneNumber: phoneNumberFor(line, rng) } : {}),
    })
  }
  for (let i = 0; i < count; i++) {
    let at = between(rng, now - CALL_IN_HISTORY_MS, now - 5 * MINUTE)
    // Fewer requests at night (UTC here: the tenant's customers are spread over many zones).
    const hour = new Date(at).getUTCHours()
    if ((hour < 6 || hour >= 22) && rng() < 0.6) at = between(rng, at - 8 * HOUR, at - 2 * HOUR)
    request(Math.max(at, now - CALL_IN_HISTORY_MS))
  }
  for (let i = 0; i < RECENT; i++) request(now - (RECENT - i) * 20_000)
  return requests.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1))
}
