import { queryOptions } from '@tanstack/react-query'
import { api, call } from './client'
import { queryKeys } from './keys'
import type { components } from './schema.gen'

/**
 * Developer > Credential Management: Firebase, GWS and reCAPTCHA credentials. Secrets go out to be
 * saved and never come back: what is read holds hints of a few characters.
 */
type Schemas = components['schemas']
export type FirebaseCredentials = Schemas['FirebaseCredentials']
export type FirebaseCredentialsUpdate = Schemas['FirebaseCredentialsUpdate']
export type FirebaseTestRequest = Schemas['FirebaseTestRequest']
export type FirebaseTestResult = Schemas['FirebaseTestResult']
export type GwsCredentials = Schemas['GwsCredentials']
export type GwsCredentialsUpdate = Schemas['GwsCredentialsUpdate']
export type CaptchaKeySet = Schemas['CaptchaKeySet']
export type CaptchaKeySetBody = Schemas['CaptchaKeySetBody']
export type CaptchaTestResult = Schemas['CaptchaTestResult']
export type SimulatedRecaptchaTokenRequest = Schemas['SimulatedRecaptchaTokenRequest']

export const firebaseCredentialsQuery = () =>
  queryOptions({
    queryKey: queryKeys.credentials.firebase(),
    queryFn: ({ signal }) =>
      call((init) => api().GET('/admin/v1/credentials/firebase', init), { signal }),
  })

/** `version` is the one read (0 when none was saved): a stale one answers 409 40903. */
export function saveFirebaseCredentials(body: FirebaseCredentialsUpdate) {
  return call((init) => api().PUT('/admin/v1/credentials/firebase', { body, ...init }))
}

export function testFirebaseCredentials(body: FirebaseTestRequest) {
  return call((init) => api().POST('/admin/v1/credentials/firebase/test', { body, ...init }))
}

export const gwsCredentialsQuery = () =>
  queryOptions({
    queryKey: queryKeys.credentials.gws(),
    queryFn: ({ signal }) =>
      call((init) => api().GET('/admin/v1/credentials/gws', init), { signal }),
  })

export function saveGwsCredentials(body: GwsCredentialsUpdate) {
  return call((init) => api().PUT('/admin/v1/credentials/gws', { body, ...init }))
}

export const captchaKeySetsQuery = () =>
  queryOptions({
    queryKey: queryKeys.credentials.captchaKeySets(),
    queryFn: ({ signal }) =>
      call((init) => api().GET('/admin/v1/credentials/captcha-key-sets', init), { signal }),
  })

export function createCaptchaKeySet(body: CaptchaKeySetBody & { secretKey: string }) {
  return call((init) => api().POST('/admin/v1/credentials/captcha-key-sets', { body, ...init }))
}

/** An empty `secretKey` keeps the saved secret. */
export function updateCaptchaKeySet(
  id: string,
  body: CaptchaKeySetBody & { secretKey: string },
  version: number,
) {
  return call((init) =>
    api().PUT('/admin/v1/credentials/captcha-key-sets/{id}', {
      params: { path: { id } },
      body: { ...body, version },
      ...init,
    }),
  )
}

export function deleteCaptchaKeySet(id: string, version: number) {
  return call((init) =>
    api().DELETE('/admin/v1/credentials/captcha-key-sets/{id}', {
      params: { path: { id }, query: { version } },
      ...init,
    }),
  )
}

/** Verify a test widget's token with the saved key set (the token is used up). */
export function testCaptchaKeySet(id: string, token: string) {
  return call((init) =>
    api().POST('/admin/v1/credentials/captcha-key-sets/{id}/test', {
      params: { path: { id } },
      body: { token },
      ...init,
    }),
  )
}

/** The demo tenant's stand-in for Google's widget: a token for a visitor of the site key. */
export function simulatedRecaptchaToken(body: SimulatedRecaptchaTokenRequest) {
  return call((init) => api().POST('/simulated-recaptcha/token', { body, ...init }))
}
