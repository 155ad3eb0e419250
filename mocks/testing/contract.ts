import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { parse } from 'yaml'
import type { server as testServer } from '../node'

/**
 * Keeps the simulator honest to the contract: every response it gives during a test run is checked
 * against the OpenAPI file's schema for that path, method and status.
 */
type Doc = {
  paths: Record<string, Record<string, { responses: Record<string, { $ref?: string }> }>>
}

const doc = parse(
  readFileSync(new URL('../../contract/openapi.yaml', import.meta.url), 'utf8'),
) as Doc
const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats(ajv)
ajv.addSchema(doc, 'openapi')

const escape = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1')
// Literal paths first, so /callbacks/bulk-cancel is not taken for /callbacks/{id}.
const templates = Object.keys(doc.paths)
  .sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0))
  .map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }))

export interface Violation {
  operation: string
  status: number
  errors: string
}

export function responsePointer(pathname: string, method: string, status: number): string | null {
  const match = templates.find((t) => t.pattern.test(pathname))
  if (!match) return null
  const operation = doc.paths[match.template]?.[method.toLowerCase()]
  const declared = operation?.responses[String(status)]
  const response = declared ?? (status >= 400 ? operation?.responses.default : undefined)
  if (!response) return null
  const base = response.$ref
    ? `openapi${response.$ref}`
    : `openapi#/paths/${escape(match.template)}/${method.toLowerCase()}/responses/${declared ? status : 'default'}`
  return `${base}/content/application~1json/schema`
}

export function recordContract(server: typeof testServer) {
  const checks: Array<Promise<Violation | null>> = []
  const seen = new Set<string>()
  server.events.on('response:mocked', ({ request, response }) => {
    const { pathname } = new URL(request.url)
    const status = response.status
    const pointer = responsePointer(pathname, request.method, status)
    const operation = `${request.method} ${pathname}`
    seen.add(
      `${request.method} ${templates.find((t) => t.pattern.test(pathname))?.template ?? pathname} ${status}`,
    )
    checks.push(
      response
        .clone()
        .json()
        .then((body: unknown) => {
          if (!pointer) return { operation, status, errors: 'status not declared in the contract' }
          const validate = ajv.getSchema(pointer) ?? ajv.compile({ $ref: pointer })
          return validate(body)
            ? null
            : { operation, status, errors: ajv.errorsText(validate.errors) }
        }),
    )
  })
  return {
    async violations(): Promise<Violation[]> {
      return (await Promise.all(checks)).filter((v): v is Violation => v !== null)
    },
    seen,
  }
}
