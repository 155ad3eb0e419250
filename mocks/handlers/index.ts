import type { Simulator } from '../sim/simulator'
import { callbackHandlers } from './callbacks'
import { capacityRuleHandlers } from './capacityRules'
import { callbackSearchHandlers } from './callbackSearch'
import { engagementHandlers } from './engagement'
import { numberRuleHandlers } from './numberRules'
import { preferenceHandlers } from './preferences'
import { queueHandlers } from './queues'
import { regionRuleHandlers } from './regionRules'
import { sessionHandlers } from './session'
import { tenantConfigHandlers } from './tenantConfig'

/** Every endpoint of the contract, answered by the simulator returned by `sim`. */
export function handlers(sim: () => Simulator) {
  return [
    ...sessionHandlers(sim),
    ...preferenceHandlers(sim),
    ...callbackSearchHandlers(sim), // before callbacks/:id, which would take "search" for an ID
    ...callbackHandlers(sim),
    ...queueHandlers(sim),
    ...engagementHandlers(sim),
    ...tenantConfigHandlers(sim),
    ...regionRuleHandlers(sim),
    ...numberRuleHandlers(sim),
    ...capacityRuleHandlers(sim),
  ]
}
