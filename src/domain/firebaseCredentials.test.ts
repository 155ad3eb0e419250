import fc from 'fast-check'
import { defined } from '@/test/defined'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  apiKeyProblem,
  clientEmailProblem,
  firebaseCredentialsProblems,
  firebaseTestProblems,
  MAX_PRIVATE_KEY,
  normalizePrivateKey,
  parseAppId,
  privateKeyFormProblem,
  privateKeyHint,
  privateKeyProblem,
  projectIdProblem,
  projectOfServiceAccount,
  senderIdProblem,
  senderMatchesApp,
} from './firebaseCredentials'
import { ecPrivateKeyPem, rsaPrivateKeyPem } from './testKeys'

const PROJECT = 'fcm-client-11959'
const EMAIL = `firebase-adminsdk-rkbys@${PROJECT}.iam.gserviceaccount.com`
let key: string

beforeAll(async () => {
  key = await rsaPrivateKeyPem()
})

describe('projectIdProblem: a Google Cloud project ID', () => {
  it.each([
    ['fcm-client-11959', null],
    ['  fcm-client-11959  ', null],
    ['abcdef', null],
    ['a'.repeat(30), null],
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['abcde', 'LENGTH'],
    ['a'.repeat(31), 'LENGTH'],
    ['FCM-Client', 'CHARACTERS'],
    ['fcm_client', 'CHARACTERS'],
    ['<script>alert(1)</script>', 'CHARACTERS'],
    ['<script>', 'CHARACTERS'],
    ['1fcm-client', 'START'],
    ['fcm-client-', 'END'],
  ])('%j → %s', (input, expected) => {
    expect(projectIdProblem(input)).toBe(expected)
  })
})

describe('clientEmailProblem: a service account of the project', () => {
  it.each([
    [EMAIL, PROJECT, null],
    [`  ${EMAIL} `, PROJECT, null],
    ['', PROJECT, 'EMPTY'],
    [`${'a'.repeat(250)}@x.io`, PROJECT, 'TOO_LONG'],
    ['someone@example.com', PROJECT, 'NOT_SERVICE_ACCOUNT'],
    [`firebase-adminsdk-rkbys@${PROJECT}.gserviceaccount.com`, PROJECT, 'NOT_SERVICE_ACCOUNT'],
    ['<script>@fcm-client-11959.iam.gserviceaccount.com', PROJECT, 'NOT_SERVICE_ACCOUNT'],
    [EMAIL, 'other-project-1', 'OTHER_PROJECT'],
    // The project field's own problem is its own: the email is not blamed for it.
    [EMAIL, 'X', null],
  ])('%j in %j → %s', (email, project, expected) => {
    expect(clientEmailProblem(email, project)).toBe(expected)
  })

  it('reads the project out of the address', () => {
    expect(projectOfServiceAccount(EMAIL)).toBe(PROJECT)
    expect(projectOfServiceAccount('a@b.c')).toBeNull()
  })
})

describe('private key: PKCS#8 PEM that really parses', () => {
  it('accepts the key as generated, and as copied out of the JSON file (escaped, quoted)', async () => {
    expect(await privateKeyProblem(key)).toBeNull()
    const fromJson = JSON.stringify(key).slice(1, -1) // the line breaks as \n
    expect(await privateKeyProblem(fromJson)).toBeNull()
    expect(await privateKeyProblem(JSON.stringify(key))).toBeNull()
    expect(await privateKeyProblem(key.replace(/\n/g, '\r\n'))).toBeNull()
    expect(normalizePrivateKey(fromJson)).toBe(key.trim())
  })

  it.each([
    ['', 'EMPTY'],
    ['   \n ', 'EMPTY'],
    ['-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----', 'PKCS1'],
    [
      '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----',
      'ENCRYPTED',
    ],
    ['-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----', 'PUBLIC_KEY'],
    ['MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 'NOT_PEM'],
    ['<script>alert("key")</script>', 'NOT_PEM'],
    ['-----BEGIN PRIVATE KEY-----\nMII*\n-----END PRIVATE KEY-----', 'NOT_PEM'],
    ['-----BEGIN PRIVATE KEY-----\nMIIEv\n-----END PRIVATE KEY-----', 'BAD_BASE64'],
    ['-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----', 'UNREADABLE'],
  ])('%j → %s', async (input, expected) => {
    expect(await privateKeyProblem(input)).toBe(expected)
  })

  it('refuses a key with one character changed in its body (it no longer parses)', async () => {
    const lines = key.split('\n')
    const line = defined(lines[5])
    lines[5] = (line[0] === 'A' ? 'B' : 'A') + line.slice(1)
    const damaged = lines.join('\n')
    // Either the DER no longer parses, or it parses as a different, inconsistent key.
    expect(await privateKeyProblem(damaged.replace(/MII/, 'MIJ'))).toBe('UNREADABLE')
  })

  it('refuses a well-formed key that is not RSA, and a weak RSA key', async () => {
    expect(await privateKeyProblem(await ecPrivateKeyPem())).toBe('UNREADABLE')
    expect(await privateKeyProblem(await rsaPrivateKeyPem(1024))).toBe('WEAK')
  })

  it('refuses a megabyte by its length alone', () => {
    expect(privateKeyFormProblem(key + 'A'.repeat(1024 * 1024))).toBe('TOO_LONG')
    expect(privateKeyFormProblem('A'.repeat(MAX_PRIVATE_KEY + 1))).toBe('TOO_LONG')
  })

  it('never throws, whatever is pasted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), async (input) => {
        const problem = await privateKeyProblem(`-----BEGIN PRIVATE KEY-----\n${input}`)
        expect(problem).not.toBeNull()
      }),
      { numRuns: 200 },
    )
  })

  it('hints at the key by the end of its body, never by much of it', () => {
    const hint = privateKeyHint(key)
    expect(hint).toMatch(/^….{6}$/)
    expect(key.replace(/[\n=]/g, '')).toContain(hint.slice(1))
  })
})

describe('firebaseCredentialsProblems: the whole form at once', () => {
  it('has nothing to say about good credentials', async () => {
    expect(
      await firebaseCredentialsProblems({
        projectName: PROJECT,
        clientEmail: EMAIL,
        privateKey: key,
      }),
    ).toEqual([])
  })

  it('names every field that is wrong, in the form order', async () => {
    expect(
      await firebaseCredentialsProblems({ projectName: '', clientEmail: 'x', privateKey: '' }),
    ).toEqual([
      { field: 'projectName', error: 'EMPTY' },
      { field: 'clientEmail', error: 'NOT_SERVICE_ACCOUNT' },
      { field: 'privateKey', error: 'EMPTY' },
    ])
  })
})

describe('Test Firebase Credentials: app ID, API key, sender ID', () => {
  const good = {
    appId: '1:592738312874:web:8f2a0c11d6e3b4a9',
    apiKey: 'AIzaSyD3mO-1xq2Jd7Yk0uL9pVb4sTn6Rc8wEfA',
    senderId: '592738312874',
  }

  it('accepts a web app, its API key and its project number', () => {
    expect(firebaseTestProblems(good)).toEqual([])
    expect(senderMatchesApp(good)).toBe(true)
    expect(parseAppId(good.appId)).toEqual({ ok: true, senderId: '592738312874', platform: 'web' })
  })

  it.each([
    ['', 'EMPTY'],
    ['1:592738312874', 'FORMAT'],
    ['2:592738312874:web:8f2a0c11d6e3b4a9', 'FORMAT'],
    ['1:592738312874:web:XYZ', 'FORMAT'],
    ['<script>alert(1)</script>', 'FORMAT'],
    [`1:${'9'.repeat(200)}:web:ab`, 'TOO_LONG'],
    ['1:592738312874:android:8f2a0c11d6e3b4a9', 'NOT_WEB'],
  ])('app ID %j → %s', (appId, error) => {
    expect(parseAppId(appId)).toEqual({ ok: false, error })
  })

  it.each([
    ['', 'EMPTY'],
    ['AIza123', 'FORMAT'],
    ['BIzaSyD3mO-1xq2Jd7Yk0uL9pVb4sTn6Rc8wEfA', 'FORMAT'],
  ])('API key %j → %s', (apiKey, error) => {
    expect(apiKeyProblem(apiKey)).toBe(error)
  })

  it.each([
    ['', 'EMPTY'],
    ['59273831287a', 'FORMAT'],
    ['-1', 'FORMAT'],
  ])('sender ID %j → %s', (senderId, error) => {
    expect(senderIdProblem(senderId)).toBe(error)
  })

  it('a sender ID agrees with an app ID exactly when it is the number the app ID carries', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 15n }),
        fc.bigInt({ min: 1n, max: 10n ** 15n }),
        (project, sender) => {
          const input = { ...good, appId: `1:${project}:web:8f2a0c11`, senderId: String(sender) }
          expect(senderMatchesApp(input)).toBe(project === sender)
        },
      ),
    )
  })
})
