import type { Simulator } from '../sim/simulator'
import { HttpError, route } from './respond'

/**
 * Engagement operations Genesys publishes that this tenant cannot serve yet. They are routed (not
 * a bare 404), checked for a valid API key like every engagement call, and answered 501 (50101)
 * with what is missing. Its issue replaces this file with the real endpoint.
 */
const notAvailable = (message: string) => () => {
  throw new HttpError(501, 50101, message)
}

export function notYetAvailableHandlers(sim: () => Simulator) {
  return [
    route(
      sim,
      'post',
      '/engagement/v3/statistics/operations/get-statistic-ex',
      'apiKey',
      notAvailable(
        'The statistics proxy is not available on this tenant yet: no GWS connection is configured. Nothing was queried.',
      ),
    ),
  ]
}
