import { defined } from '@/test/defined'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { redactBody, redactHeaders, redactJson, redactText, redactUrl, REDACTED } from './redact'

const KNOWN = ['demo-4f1c2b7e9a0d4c3b']
const PEM =
  '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----'

describe('what the error log keeps', () => {
  it('replaces secret fields at any depth of a JSON body', () => {
    const body = JSON.stringify({
      serviceName: 'Sales VQ_CB',
      password: 'hunter2',
      nested: { apiKey: 'k1', list: [{ privateKey: PEM, clientEmail: 'a@b.c' }] },
      captchaToken: 't',
    })
    expect(JSON.parse(redactBody(body, KNOWN, 2000))).toEqual({
      serviceName: 'Sales VQ_CB',
      password: REDACTED,
      nested: { apiKey: REDACTED, list: [{ privateKey: REDACTED, clientEmail: REDACTED }] },
      captchaToken: REDACTED,
    })
  })

  it.each([
    ['password=hunter2&user=x', `password=${REDACTED}&user=x`],
    ['{"secret": "abc", "n": 1', `{"secret": ${REDACTED}, "n": 1`],
    [`key: ${PEM}`, `key: ${REDACTED}`],
    ['{"client_email": "sa@p.iam.gserviceaccount.com"', `{"client_email": ${REDACTED}`],
    [`pasted ${PEM.slice(0, 40)}`, `pasted ${REDACTED}`],
    [`the key ${KNOWN[0]} in prose`, `the key ${REDACTED} in prose`],
    ['nothing secret here', 'nothing secret here'],
  ])('redacts text that is not JSON: %j', (text, expected) => {
    expect(redactText(text, KNOWN)).toBe(expected)
  })

  it('cuts what is kept to the bound', () => {
    expect(redactBody('x'.repeat(5000), [], 2000)).toHaveLength(2001)
    expect(redactJson({ a: 'y'.repeat(5000) }, [], 4000)).toHaveLength(4001)
  })

  it('replaces secret query parameters and known secrets in a URL', () => {
    const url = new URL(`https://t.example/engagement/v3/x?api_key=abc&token=t&q=${KNOWN[0]}&n=1`)
    expect(redactUrl(url, KNOWN)).toBe(
      `/engagement/v3/x?api_key=${REDACTED}&token=${REDACTED}&q=${REDACTED}&n=1`,
    )
  })

  it('replaces credentials among the headers and keeps the rest', () => {
    const headers = new Headers({
      'x-api-key': defined(KNOWN[0]),
      cookie: 'cb_session=s',
      authorization: 'Bearer t',
      'idempotency-key': 'idem-1',
      'x-correlation-id': 'c-1',
      'content-type': 'application/json',
    })
    expect(Object.fromEntries(redactHeaders(headers, KNOWN))).toEqual({
      'x-api-key': REDACTED,
      cookie: REDACTED,
      authorization: REDACTED,
      'idempotency-key': 'idem-1',
      'x-correlation-id': 'c-1',
      'content-type': 'application/json',
    })
  })

  it('never lets a known secret through, whatever surrounds it', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const text = `${before}${KNOWN[0]}${after}`
        expect(redactText(text, KNOWN)).not.toContain(KNOWN[0])
        expect(redactBody(JSON.stringify({ note: text }), KNOWN, 10_000)).not.toContain(KNOWN[0])
      }),
    )
  })
})
