/**
 * Firebase Cloud Messaging credentials (Administrator's Guide, "Provisioning Push Notifications"):
 * the project, the service account's client email and its private key, checked the way Firebase
 * checks them before the tenant keeps anything. The same functions run in the editor (messages next
 * to the fields, before anything is sent) and in the backend (which refuses what they refuse).
 */

/** A Google Cloud project ID: 6 to 30 characters, lowercase letters, digits and hyphens. */
export const PROJECT_ID_LENGTH = { min: 6, max: 30 } as const
/** RFC 5321's limit for an address. */
export const MAX_CLIENT_EMAIL = 254
/**
 * Far above any RSA key a service account gets (a 4096-bit PKCS#8 PEM is about 3.3 KB): longer input
 * is refused before it is parsed, so a pasted megabyte costs nothing.
 */
export const MAX_PRIVATE_KEY = 16_384
/** Google issues 2048-bit keys; anything weaker would be refused by Google's token endpoint. */
export const MIN_KEY_BITS = 2048

export type ProjectIdError = 'EMPTY' | 'LENGTH' | 'CHARACTERS' | 'START' | 'END'
export type ClientEmailError = 'EMPTY' | 'TOO_LONG' | 'NOT_SERVICE_ACCOUNT' | 'OTHER_PROJECT'
export type PrivateKeyError =
  | 'EMPTY'
  | 'TOO_LONG'
  | 'PKCS1'
  | 'ENCRYPTED'
  | 'PUBLIC_KEY'
  | 'NOT_PEM'
  | 'BAD_BASE64'
  | 'UNREADABLE'
  | 'WEAK'

export function projectIdProblem(input: string): ProjectIdError | null {
  const id = input.trim()
  if (id === '') return 'EMPTY'
  if (id.length < PROJECT_ID_LENGTH.min || id.length > PROJECT_ID_LENGTH.max) return 'LENGTH'
  if (!/^[a-z0-9-]+$/.test(id)) return 'CHARACTERS'
  if (!/^[a-z]/.test(id)) return 'START'
  if (id.endsWith('-')) return 'END'
  return null
}

/** A service account's address: `<account>@<project ID>.iam.gserviceaccount.com`. */
const SERVICE_ACCOUNT =
  /^([a-z][a-z0-9-]{4,28}[a-z0-9])@([a-z][a-z0-9-]{4,28}[a-z0-9])\.iam\.gserviceaccount\.com$/

/** The project a service-account address belongs to, or null when it is not one. */
export function projectOfServiceAccount(email: string): string | null {
  return SERVICE_ACCOUNT.exec(email.trim())?.[2] ?? null
}

/**
 * The client email must be a service account of the project named: a key of another project would
 * be refused by Firebase when the tenant first tries to send.
 */
export function clientEmailProblem(input: string, projectId: string): ClientEmailError | null {
  const email = input.trim()
  if (email === '') return 'EMPTY'
  if (email.length > MAX_CLIENT_EMAIL) return 'TOO_LONG'
  const project = projectOfServiceAccount(email)
  if (project === null) return 'NOT_SERVICE_ACCOUNT'
  const named = projectId.trim()
  if (projectIdProblem(named) === null && project !== named) return 'OTHER_PROJECT'
  return null
}

const ARMOUR = /^-----BEGIN PRIVATE KEY-----\n([A-Za-z0-9+/=\n]+)\n-----END PRIVATE KEY-----$/

/**
 * The key as Firebase's file holds it: the JSON file escapes its line breaks (`\n`), and a value
 * copied out of it may keep its quotes; both are undone, so what was pasted from the file works.
 */
export function normalizePrivateKey(input: string): string {
  let key = input.trim()
  if (key.length >= 2 && key.startsWith('"') && key.endsWith('"')) key = key.slice(1, -1)
  return key.replace(/\\n/g, '\n').replace(/\r\n?/g, '\n').trim()
}

/** What can be told from the text alone, before the key is parsed (cheap, synchronous). */
export function privateKeyFormProblem(input: string): PrivateKeyError | null {
  if (input.length > MAX_PRIVATE_KEY) return 'TOO_LONG'
  if (input.trim() === '') return 'EMPTY'
  const key = normalizePrivateKey(input)
  if (key.includes('BEGIN RSA PRIVATE KEY')) return 'PKCS1'
  if (key.includes('BEGIN ENCRYPTED PRIVATE KEY')) return 'ENCRYPTED'
  if (key.includes('BEGIN PUBLIC KEY') || key.includes('BEGIN CERTIFICATE')) return 'PUBLIC_KEY'
  const body = ARMOUR.exec(key)?.[1]?.replace(/\n/g, '')
  if (body === undefined) return 'NOT_PEM'
  if (body.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return 'BAD_BASE64'
  return null
}

function derOf(key: string): Uint8Array<ArrayBuffer> {
  // Only called once privateKeyFormProblem found the armour.
  const body = (ARMOUR.exec(key)?.[1] ?? '').replace(/\n/g, '')
  const binary = atob(body)
  const der = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) der[i] = binary.charCodeAt(i)
  return der
}

/**
 * The whole check: the text, then the key itself, imported with WebCrypto as the RS256 signing key
 * a service account's OAuth requests are signed with (browsers and Node have the same API).
 */
export async function privateKeyProblem(input: string): Promise<PrivateKeyError | null> {
  const form = privateKeyFormProblem(input)
  if (form) return form
  try {
    const key = await crypto.subtle.importKey(
      'pkcs8',
      derOf(normalizePrivateKey(input)),
      { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      false,
      ['sign'],
    )
    const bits = (key.algorithm as RsaHashedKeyAlgorithm).modulusLength
    return bits < MIN_KEY_BITS ? 'WEAK' : null
  } catch {
    return 'UNREADABLE'
  }
}

export interface FirebaseCredentialsInput {
  projectName: string
  clientEmail: string
  privateKey: string
}

export type FirebaseCredentialsProblem =
  | { field: 'projectName'; error: ProjectIdError }
  | { field: 'clientEmail'; error: ClientEmailError }
  | { field: 'privateKey'; error: PrivateKeyError }

/** Every field's problem, in the form's order (a form shows them all at once). */
export async function firebaseCredentialsProblems(
  input: FirebaseCredentialsInput,
): Promise<FirebaseCredentialsProblem[]> {
  const problems: FirebaseCredentialsProblem[] = []
  const project = projectIdProblem(input.projectName)
  if (project) problems.push({ field: 'projectName', error: project })
  const email = clientEmailProblem(input.clientEmail, input.projectName)
  if (email) problems.push({ field: 'clientEmail', error: email })
  const key = await privateKeyProblem(input.privateKey)
  if (key) problems.push({ field: 'privateKey', error: key })
  return problems
}

/** A few characters of the key to recognise it by: the end of its body (the start is the same in every key). */
export function privateKeyHint(input: string): string {
  const body = (ARMOUR.exec(normalizePrivateKey(input))?.[1] ?? '').replace(/[\n=]/g, '')
  return `…${body.slice(-6)}`
}

// ---- Test Firebase Credentials ----

export const MAX_APP_ID = 128
export type AppIdError = 'EMPTY' | 'TOO_LONG' | 'FORMAT' | 'NOT_WEB'
export type ApiKeyError = 'EMPTY' | 'FORMAT'
export type SenderIdError = 'EMPTY' | 'FORMAT'

/** A Firebase app ID: `1:<project number>:<platform>:<hex>`, e.g. 1:592738312874:web:8f2a0c11d6e3b4a9. */
const APP_ID = /^1:(?<sender>\d{1,20}):(?<platform>web|android|ios):[0-9a-f]{8,40}$/

export function parseAppId(
  input: string,
): { ok: true; senderId: string; platform: string } | { ok: false; error: AppIdError } {
  const id = input.trim()
  if (id === '') return { ok: false, error: 'EMPTY' }
  if (id.length > MAX_APP_ID) return { ok: false, error: 'TOO_LONG' }
  const groups = APP_ID.exec(id)?.groups
  const senderId = groups?.sender
  const platform = groups?.platform
  if (senderId === undefined || platform === undefined) return { ok: false, error: 'FORMAT' }
  // The test delivers a web push to this browser: a mobile app's ID cannot receive it.
  if (platform !== 'web') return { ok: false, error: 'NOT_WEB' }
  return { ok: true, senderId, platform }
}

/** A Google API key: AIza and 35 more characters (the Web API Key of Project settings). */
export function apiKeyProblem(input: string): ApiKeyError | null {
  const key = input.trim()
  if (key === '') return 'EMPTY'
  return /^AIza[0-9A-Za-z_-]{35}$/.test(key) ? null : 'FORMAT'
}

/** The sender ID is the project number: digits only. */
export function senderIdProblem(input: string): SenderIdError | null {
  const id = input.trim()
  if (id === '') return 'EMPTY'
  return /^\d{1,20}$/.test(id) ? null : 'FORMAT'
}

export interface FirebaseTestInput {
  appId: string
  apiKey: string
  senderId: string
}

export type FirebaseTestProblem =
  | { field: 'appId'; error: AppIdError }
  | { field: 'apiKey'; error: ApiKeyError }
  | { field: 'senderId'; error: SenderIdError }

/** What is wrong with the test's fields taken one by one (their agreement is checked by the tenant). */
export function firebaseTestProblems(input: FirebaseTestInput): FirebaseTestProblem[] {
  const problems: FirebaseTestProblem[] = []
  const app = parseAppId(input.appId)
  if (!app.ok) problems.push({ field: 'appId', error: app.error })
  const key = apiKeyProblem(input.apiKey)
  if (key) problems.push({ field: 'apiKey', error: key })
  const sender = senderIdProblem(input.senderId)
  if (sender) problems.push({ field: 'senderId', error: sender })
  return problems
}

/** An app's ID carries its project's number, which is the sender ID: they must agree. */
export function senderMatchesApp(input: FirebaseTestInput): boolean {
  const app = parseAppId(input.appId)
  return app.ok && app.senderId === input.senderId.trim()
}
