import { beforeAll, describe, expect, it } from 'vitest'
import { defined } from '@/test/defined'
import { secretHint } from '@/domain/secretHint'
import { findSecrets } from './secretScan'
import { rsaPrivateKeyPem } from './serviceAccount'

let key: string
beforeAll(async () => {
  key = await rsaPrivateKeyPem()
})

describe('findSecrets', () => {
  it('finds a key however it was carried: whole, one line of it, escaped in JSON, in a URL', () => {
    const line = defined(key.split('\n')[7])
    const places = {
      whole: `x${key}y`,
      oneLine: `{"note":"${line}"}`,
      json: JSON.stringify({ privateKey: key }),
      url: `/admin?k=${encodeURIComponent(line.slice(10, 40))}`,
    }
    expect(findSecrets(places, [key]).map((f) => f.where)).toEqual([
      'whole',
      'oneLine',
      'json',
      'url',
    ])
  })

  it('finds a password inside a larger text, and is not fooled by a hint or the PEM armour', () => {
    const password = 'correct horse battery staple'
    expect(findSecrets({ log: `login stats:${password};` }, [password])).toHaveLength(1)
    expect(
      findSecrets(
        { page: `${secretHint(password)} -----BEGIN PRIVATE KEY----- …${key.slice(-12, -1)}` },
        [password, key],
      ),
    ).toEqual([])
  })
})
