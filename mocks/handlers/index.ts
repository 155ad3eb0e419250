import type { Simulator } from '../sim/simulator'
import { callbackHandlers } from './callbacks'
import { callInGroupHandlers } from './callInGroups'
import { callInHandlers } from './callIns'
import { apiKeyHandlers } from './apiKeys'
import { captchaHandlers } from './captcha'
import { capacityRuleHandlers } from './capacityRules'
import { credentialHandlers } from './credentials'
import { callbackSearchHandlers } from './callbackSearch'
import { demoHandlers } from './demo'
import { corsOriginHandlers } from './corsOrigins'
import { engagementHandlers } from './engagement'
import { errorHandlers } from './errors'
import { fallbackHandlers } from './fallback'
import { numberRuleHandlers } from './numberRules'
import { preferenceHandlers } from './preferences'
import { queueHandlers } from './queues'
import { regionRuleHandlers } from './regionRules'
import { sessionHandlers } from './session'
import { statisticsHandlers } from './statistics'
import { tenantConfigHandlers } from './tenantConfig'

/**
 * Every endpoint of the contract, answered by the simulator returned by `sim`, then the answers for
 * what no endpoint takes (CORS preflight, 404, 405). The same list serves the page (Mock Service
 * Worker), the tests (MSW in Node) and the tenant server (msw's getResponse over node:http).
 */
export function handlers(sim: () => Simulator) {
  const endpoints = [
    ...sessionHandlers(sim),
    ...preferenceHandlers(sim),
    ...callbackSearchHandlers(sim), // before callbacks/:id, which would take "search" for an ID
    ...callbackHandlers(sim),
    ...queueHandlers(sim),
    ...engagementHandlers(sim),
    ...callInHandlers(sim),
    ...tenantConfigHandlers(sim),
    ...regionRuleHandlers(sim),
    ...numberRuleHandlers(sim),
    ...capacityRuleHandlers(sim),
    ...callInGroupHandlers(sim),
    ...demoHandlers(sim),
    ...errorHandlers(sim),
    ...apiKeyHandlers(sim),
    ...corsOriginHandlers(sim),
    ...credentialHandlers(sim),
    ...captchaHandlers(sim),
    ...statisticsHandlers(sim),
  ]
  return [...endpoints, ...fallbackHandlers(sim, endpoints)]
}
