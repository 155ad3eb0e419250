import type { KeySetProblem } from '@/domain/captchaKeySet'
import { KEY_LENGTH, MAX_KEY_SET_NAME } from '@/domain/captchaKeySet'
import {
  MAX_CLIENT_EMAIL,
  MAX_PRIVATE_KEY,
  MIN_KEY_BITS,
  type FirebaseCredentialsProblem,
  type FirebaseTestProblem,
} from '@/domain/firebaseCredentials'
import {
  MAX_GWS_PASSWORD,
  MAX_GWS_USERNAME,
  type GwsCredentialsProblem,
} from '@/domain/gwsCredentials'
import { badRequest, HttpError } from './respond'

/**
 * The backend's wording of what the credential validators (src/domain) find: the first problem as a
 * 400 (40001) naming the field, so a client that skipped the checks learns the same thing the
 * editor says next to the field (the editor words its own, translated).
 */
type Problem =
  FirebaseCredentialsProblem | FirebaseTestProblem | GwsCredentialsProblem | KeySetProblem

const REQUIRED = 'is required'

function reasonOf(problem: Problem): string {
  switch (problem.field) {
    case 'projectName':
      return {
        EMPTY: REQUIRED,
        LENGTH: 'must be 6 to 30 characters (a Firebase project ID, e.g. fcm-client-11959)',
        CHARACTERS: 'may contain only lowercase letters, digits and hyphens',
        START: 'must start with a lowercase letter',
        END: 'must not end with a hyphen',
      }[problem.error]
    case 'clientEmail':
      return {
        EMPTY: REQUIRED,
        TOO_LONG: `must be at most ${MAX_CLIENT_EMAIL} characters`,
        NOT_SERVICE_ACCOUNT:
          'must be a service account of the project: <account>@<project ID>.iam.gserviceaccount.com',
        OTHER_PROJECT: 'belongs to another Firebase project than the project name',
      }[problem.error]
    case 'privateKey':
      return {
        EMPTY: REQUIRED,
        TOO_LONG: `is longer than any service-account key (at most ${MAX_PRIVATE_KEY} characters)`,
        PKCS1:
          'is a PKCS#1 key (BEGIN RSA PRIVATE KEY); paste the PKCS#8 key (BEGIN PRIVATE KEY) from the service-account file',
        ENCRYPTED: 'is encrypted; paste the unencrypted key from the service-account file',
        PUBLIC_KEY: 'is a public key or certificate, not the private key',
        NOT_PEM:
          'must be the whole key from -----BEGIN PRIVATE KEY----- to -----END PRIVATE KEY-----',
        BAD_BASE64: 'is damaged: its body is not Base64',
        UNREADABLE: 'cannot be read as an RSA private key (PKCS#8)',
        WEAK: `is too short: Firebase needs an RSA key of at least ${MIN_KEY_BITS} bits`,
      }[problem.error]
    case 'appId':
      return {
        EMPTY: REQUIRED,
        TOO_LONG: 'is too long for an app ID',
        FORMAT: 'must look like 1:<project number>:web:<hexadecimal>',
        NOT_WEB: 'is the ID of a mobile app; the browser test needs a web app of the project',
      }[problem.error]
    case 'apiKey':
      return problem.error === 'EMPTY'
        ? REQUIRED
        : 'must be a Google API key (AIza followed by 35 letters, digits, - or _)'
    case 'senderId':
      return problem.error === 'EMPTY' ? REQUIRED : 'must be the project number (digits only)'
    case 'username':
      return {
        EMPTY: REQUIRED,
        TOO_LONG: `must be at most ${MAX_GWS_USERNAME} characters`,
        CHARACTERS: 'must not contain spaces, quotes, < or >',
      }[problem.error]
    case 'password':
      return {
        EMPTY: REQUIRED,
        TOO_LONG: `must be at most ${MAX_GWS_PASSWORD} characters`,
        CHARACTERS: 'must not contain line breaks or other control characters',
      }[problem.error]
    case 'name':
      return {
        EMPTY: REQUIRED,
        TOO_LONG: `must be at most ${MAX_KEY_SET_NAME} characters`,
        CHARACTERS: 'must not contain < >, line breaks or other control characters',
      }[problem.error]
    case 'siteKey':
    case 'secretKey':
      return {
        EMPTY: REQUIRED,
        LENGTH: `must be ${KEY_LENGTH} characters, as Google issues it`,
        CHARACTERS: 'may contain only letters, digits, - and _',
      }[problem.error]
    case 'threshold':
      return 'must be a whole percentage from 0 to 100'
  }
}

/** Refuse with the first problem, if there is one. */
export function refuseFirst(problems: readonly Problem[]): void {
  const problem = problems[0]
  if (!problem) return
  const reason = reasonOf(problem)
  throw badRequest(`Invalid ${problem.field}: ${reason}.`, { field: problem.field, reason })
}

/** A save must name the version it read (0 for none); otherwise the caller is shown what is saved. */
export function assertCredentialVersion(
  saved: { version: number; updatedBy: string; updatedAt: string } | null,
  version: number,
  what: string,
): void {
  if ((saved?.version ?? 0) === version) return
  throw new HttpError(
    409,
    40903,
    saved
      ? `The ${what} were changed by ${saved.updatedBy} at ${saved.updatedAt} after you opened them. Review what is saved, then save again or discard your edits.`
      : `The ${what} were removed after you opened them. Save again to create them.`,
    saved ? { current: saved } : null,
  )
}
