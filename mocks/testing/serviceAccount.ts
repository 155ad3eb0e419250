/**
 * A Firebase service account for tests: the key (made fresh on every run, see src/domain/testKeys),
 * the key file Firebase's console downloads, and a web app of the same project.
 */
export { ecPrivateKeyPem, rsaPrivateKeyPem } from '@/domain/testKeys'

export const TEST_PROJECT = 'fcm-client-11959'
export const TEST_CLIENT_EMAIL = `firebase-adminsdk-rkbys@${TEST_PROJECT}.iam.gserviceaccount.com`
/**
 * What of the client email is secret, for a secret scan: its account part. The rest is the project
 * ID, which the tenant shows as the project name.
 */
export const TEST_CLIENT_ACCOUNT = TEST_CLIENT_EMAIL.slice(0, TEST_CLIENT_EMAIL.indexOf('@') + 1)

/** The JSON key file Firebase's console downloads (the fields this app reads, and a few others). */
export function serviceAccountFile(privateKey: string, project = TEST_PROJECT): string {
  return JSON.stringify(
    {
      type: 'service_account',
      project_id: project,
      private_key_id: '3f1c0a9b8e7d6c5b4a39281706f5e4d3c2b1a098',
      private_key: privateKey,
      client_email: `firebase-adminsdk-rkbys@${project}.iam.gserviceaccount.com`,
      client_id: '104839201928374650192',
      token_uri: 'https://oauth2.googleapis.com/token',
    },
    null,
    2,
  )
}

/** A web app of the test project, as its settings page shows it. */
export const TEST_WEB_APP = {
  appId: '1:592738312874:web:8f2a0c11d6e3b4a9',
  apiKey: 'AIzaSyD3mO-1xq2Jd7Yk0uL9pVb4sTn6Rc8wEfA',
  senderId: '592738312874',
}
