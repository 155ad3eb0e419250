/**
 * GWS credentials: the account the Statistics API proxy signs in to Genesys Web Services with.
 * The password is any text a password may be (markup characters included: it is never shown); only
 * line breaks and other control characters, which no GWS password contains, are refused.
 */
export const MAX_GWS_USERNAME = 128
export const MAX_GWS_PASSWORD = 256

export type GwsUsernameError = 'EMPTY' | 'TOO_LONG' | 'CHARACTERS'
export type GwsPasswordError = 'EMPTY' | 'TOO_LONG' | 'CHARACTERS'

export function gwsUsernameProblem(input: string): GwsUsernameError | null {
  const name = input.trim()
  if (name === '') return 'EMPTY'
  if (name.length > MAX_GWS_USERNAME) return 'TOO_LONG'
  // A sign-in name: no spaces, no markup, no control characters.
  return /^[^\s\p{Cc}<>"']+$/u.test(name) ? null : 'CHARACTERS'
}

export function gwsPasswordProblem(input: string): GwsPasswordError | null {
  if (input === '') return 'EMPTY'
  if (input.length > MAX_GWS_PASSWORD) return 'TOO_LONG'
  return /\p{Cc}/u.test(input) ? 'CHARACTERS' : null
}

export type GwsCredentialsProblem =
  { field: 'username'; error: GwsUsernameError } | { field: 'password'; error: GwsPasswordError }

export function gwsCredentialsProblems(input: {
  username: string
  password: string
}): GwsCredentialsProblem[] {
  const problems: GwsCredentialsProblem[] = []
  const username = gwsUsernameProblem(input.username)
  if (username) problems.push({ field: 'username', error: username })
  const password = gwsPasswordProblem(input.password)
  if (password) problems.push({ field: 'password', error: password })
  return problems
}
