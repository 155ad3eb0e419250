/**
 * Node's fetch keeps no cookies. For tests against the simulator in Node this plays the browser's
 * part: remember Set-Cookie from responses and send the cookies back with later requests.
 */
export function installCookieJar(): { clear(): void; uninstall(): void } {
  const jar = new Map<string, string>()
  const inner = globalThis.fetch
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init)
    if (jar.size > 0) {
      request.headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '))
    }
    const response = await inner(request)
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';')
      const [name = '', value = ''] = pair.split('=')
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a))
      if (expired || value === '') jar.delete(name.trim())
      else jar.set(name.trim(), value.trim())
    }
    return response
  }
  return {
    clear: () => jar.clear(),
    uninstall: () => {
      globalThis.fetch = inner
    },
  }
}
