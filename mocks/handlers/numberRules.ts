import { z } from 'zod'
import type { components } from '@/api/schema.gen'
import { MAX_PATTERN_LENGTH, MAX_PATTERNS, type PatternError } from '@/domain/blockedPattern'
import {
  describeTest,
  MAX_RULE_NAME,
  normalizeRule,
  ruleProblem,
  testNumber,
  type RuleProblem,
} from '@/domain/numberRule'
import { can } from '@/domain/roles'
import type { Simulator } from '../sim/simulator'
import type { NumberRuleRecord } from '../store/types'
import { badRequest, forbidden, jsonBody, ok, route, type Ctx } from './respond'
import { ruleHandlers } from './ruleEndpoints'
import { findRule } from './ruleStore'
import { parse, pathParam } from './validate'

/**
 * Number-validation rules (product.md §5.3): Administrators, Supervisors and Developers read and
 * write them; a Monitor neither. Validation is the domain's, the same the page runs while editing,
 * so a pattern the page accepted is never refused here and a hostile one is refused in both.
 */
type NumberTestResult = components['schemas']['NumberTestResult']

// The shape only; lengths and contents are the domain's to judge, so the refusal names the problem
// (a 10,000-character pattern is "at most 256 characters", not a generic size error).
const ruleBody = z.strictObject({
  name: z.string().max(10_000),
  permittedCountries: z.array(z.string().max(16)).max(1000),
  blockedPatterns: z.array(z.string().max(100_000)).max(10_000),
})
const ruleUpdate = ruleBody.extend({ version: z.number().int().min(1) })
const testBody = z.strictObject({ phoneNumber: z.string().max(64) })

function requireEdit(ctx: Ctx): void {
  if (!can(ctx.auth.role, 'numberRules.edit')) {
    throw forbidden(
      'Only an Administrator, a Supervisor or a Developer can see and change number validation rules.',
    )
  }
}

const PATTERN_REASONS: Record<PatternError, string> = {
  EMPTY: 'a pattern cannot be empty',
  TOO_LONG: `a pattern has at most ${MAX_PATTERN_LENGTH} characters`,
  SYNTAX: 'not a valid regular expression (RE2 syntax)',
  MATCHES_EVERYTHING: 'the pattern matches every number',
  DUPLICATE: 'the rule already has this pattern',
  TOO_MANY: `a rule has at most ${MAX_PATTERNS} patterns`,
}

function described(problem: RuleProblem): [field: string, reason: string] {
  switch (problem.field) {
    case 'name':
      return [
        'name',
        problem.error === 'EMPTY' ? 'a name is required' : `at most ${MAX_RULE_NAME} characters`,
      ]
    case 'permittedCountries':
      return [
        'permittedCountries',
        problem.error === 'EMPTY'
          ? 'permit at least one country'
          : `"${problem.country.slice(0, 16)}" is not a known ISO 3166-1 country code`,
      ]
    case 'blockedPatterns': {
      const reason = PATTERN_REASONS[problem.error]
      return [
        `blockedPatterns.${problem.index}`,
        problem.detail ? `${reason}: ${problem.detail}` : reason,
      ]
    }
  }
}

function validated(body: z.infer<typeof ruleBody>) {
  const rule = normalizeRule({
    name: body.name,
    permittedCountries: body.permittedCountries,
    blockedPatterns: body.blockedPatterns,
  })
  const problem = ruleProblem(rule)
  if (problem) {
    const [field, reason] = described(problem)
    throw badRequest(`Invalid ${field}: ${reason}`, { field, reason })
  }
  return rule
}

function testResult(rule: NumberRuleRecord, phoneNumber: string): NumberTestResult {
  const test = testNumber(rule, phoneNumber)
  const message = describeTest(test)
  switch (test.verdict) {
    case 'INVALID_NUMBER':
      return { verdict: test.verdict, message }
    case 'COUNTRY_NOT_PERMITTED':
      return {
        verdict: test.verdict,
        e164: test.e164,
        ...(test.country.resolved ? { country: test.country.country } : {}),
        message,
      }
    case 'BLOCKED_PATTERN':
      return {
        verdict: test.verdict,
        e164: test.e164,
        country: test.country,
        pattern: test.pattern,
        message,
      }
    case 'PASS':
      return { verdict: test.verdict, e164: test.e164, country: test.country, message }
  }
}

const KIND = 'number validation'

export function numberRuleHandlers(sim: () => Simulator) {
  return [
    ...ruleHandlers<NumberRuleRecord>(sim, {
      path: '/admin/v1/number-rules',
      kind: KIND,
      field: 'numberRuleId',
      rules: (state) => state.numberRules,
      requireRead: requireEdit,
      requireWrite: requireEdit,
      created: (_, body) => validated(parse(ruleBody, body)),
      updated: (_, body) => {
        const update = parse(ruleUpdate, body)
        return { version: update.version, changes: () => validated(update) }
      },
    }),

    route(sim, 'post', '/admin/v1/number-rules/:id/test', 'session', (ctx) => {
      requireEdit(ctx)
      const rule = findRule(ctx.tenant.state.numberRules, pathParam(ctx, 'id'), KIND)
      const { phoneNumber } = parse(testBody, jsonBody(ctx))
      return ok(ctx, testResult(rule, phoneNumber))
    }),
  ]
}
