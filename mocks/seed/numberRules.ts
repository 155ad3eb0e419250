import type { NumberRuleRecord } from '../store/types'
import type { SeededRules } from './seededRules'

/**
 * The demo tenant's number rules. Three Sales queues call back North America only, without US
 * premium-rate (900) numbers (Sales VQ_CB has no rule: it takes any valid number); two Service queues call back Europe without premium-rate ranges;
 * "UK and Ireland" is assigned to no queue, so it can be deleted. The seeded history only ever
 * booked numbers these rules accept (mocks/seed/phoneNumbers.ts: North American numbers for Sales,
 * London, French mobile and Dublin numbers for Service), and a test holds it to that.
 */
export const NUMBER_RULE_IDS = {
  northAmerica: 'numbers-north-america',
  ukAndIreland: 'numbers-uk-and-ireland',
  europe: 'numbers-europe-no-premium',
} as const

/** Premium-rate ranges: UK 09 and 087, French 089, German 0900, Irish 15xx (10-digit). */
const EUROPEAN_PREMIUM = ['^\\+449', '^\\+4487', '^\\+3389', '^\\+49900', '^\\+35315\\d{8}$']

export function seedNumberRules(updatedAt: string): SeededRules<NumberRuleRecord> {
  const meta = { version: 1, updatedAt, updatedBy: 'admin' }
  return {
    rules: [
      {
        id: NUMBER_RULE_IDS.northAmerica,
        name: 'North America only',
        permittedCountries: ['US', 'CA'],
        blockedPatterns: ['^\\+1900'],
        ...meta,
      },
      {
        id: NUMBER_RULE_IDS.ukAndIreland,
        name: 'UK and Ireland',
        permittedCountries: ['GB', 'GG', 'IE', 'IM', 'JE'],
        blockedPatterns: ['^\\+449', '^\\+4487', '^\\+35315\\d{8}$'],
        ...meta,
      },
      {
        id: NUMBER_RULE_IDS.europe,
        name: 'Europe — no premium',
        permittedCountries: [
          'AT',
          'BE',
          'CH',
          'DE',
          'DK',
          'ES',
          'FI',
          'FR',
          'GB',
          'GG',
          'IE',
          'IM',
          'IT',
          'JE',
          'LU',
          'NL',
          'NO',
          'PL',
          'PT',
          'SE',
        ],
        blockedPatterns: EUROPEAN_PREMIUM,
        ...meta,
      },
    ],
    assign: {
      'Sales West VQ_CB': NUMBER_RULE_IDS.northAmerica,
      'Sales Premium VQ_CB': NUMBER_RULE_IDS.northAmerica,
      'Sales Renewals VQ_CB': NUMBER_RULE_IDS.northAmerica,
      'Service VQ_CB': NUMBER_RULE_IDS.europe,
      'Service EMEA VQ_CB': NUMBER_RULE_IDS.europe,
    },
    updatedAt,
  }
}
