/**
 * Where Developer > Errors shows the errors whose correlation ID starts with `corrId` (all of them
 * when empty): the one address the page and the app's error messages both build.
 */
export const ERRORS_PATH = '/developer/errors'

export function errorsSearch(corrId: string): URLSearchParams {
  return new URLSearchParams(corrId ? { corrId } : {})
}

export function errorsLink(corrId: string): string {
  const search = errorsSearch(corrId).toString()
  return search ? `${ERRORS_PATH}?${search}` : ERRORS_PATH
}
