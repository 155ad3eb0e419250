import type { Simulator } from '../sim/simulator'
import { callbackHandlers } from './callbacks'
import { engagementHandlers } from './engagement'
import { preferenceHandlers } from './preferences'
import { queueHandlers } from './queues'
import { sessionHandlers } from './session'

/** Every endpoint of the contract, answered by the simulator returned by `sim`. */
export function handlers(sim: () => Simulator) {
  return [
    ...sessionHandlers(sim),
    ...preferenceHandlers(sim),
    ...callbackHandlers(sim),
    ...queueHandlers(sim),
    ...engagementHandlers(sim),
  ]
}
