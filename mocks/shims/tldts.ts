/**
 * Stand-in for tldts (a 250 KB public-suffix list) in the browser build. MSW's cookie jar pulls it
 * in through tough-cookie, but the simulator sets its session cookie on the page's own host and
 * never asks the jar to judge foreign domains, so "the last two labels" is all it needs.
 */
export function getDomain(host: string): string | null {
  if (!host) return null
  return host.split('.').slice(-2).join('.')
}
