/**
 * Test support: key material made fresh on every run (no private key is ever committed), for the
 * domain tests and, through mocks/testing/serviceAccount.ts, the simulator, server and e2e tests.
 */
function pem(der: ArrayBuffer, label: string): string {
  let binary = ''
  for (const byte of new Uint8Array(der)) binary += String.fromCharCode(byte)
  const lines = btoa(binary).match(/.{1,64}/g) ?? []
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`
}

/** An RSA private key in PKCS#8 PEM; `bits` below 2048 makes one Google would refuse. */
export async function rsaPrivateKeyPem(bits = 2048): Promise<string> {
  const pair = await crypto.subtle.generateKey(
    {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: bits,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    true,
    ['sign', 'verify'],
  )
  return pem(await crypto.subtle.exportKey('pkcs8', pair.privateKey), 'PRIVATE KEY')
}

/** A P-256 key in PKCS#8: well formed, but not the RSA key a service account has. */
export async function ecPrivateKeyPem(): Promise<string> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ])
  return pem(await crypto.subtle.exportKey('pkcs8', pair.privateKey), 'PRIVATE KEY')
}
