/**
 * Finds secrets where they must never be: answers, URLs, logs, error records, stored state, browser
 * storage. A secret counts as found when any 16 consecutive characters of it are (a key's body
 * line, a password inside a larger string), as written or as JSON or a URL would escape them. A
 * hint of a few characters is not a find.
 */
const WINDOW = 16

function windows(text: string): string[] {
  if (text.length <= WINDOW) return [text]
  const out: string[] = []
  for (let i = 0; i + WINDOW <= text.length; i += WINDOW / 2) out.push(text.slice(i, i + WINDOW))
  out.push(text.slice(-WINDOW))
  return out
}

/** A PEM key is its body: the armour lines are the same in every key (and in error messages). */
function fragments(secret: string): string[] {
  const body = secret.replace(/-----(BEGIN|END) [A-Z ]+-----/g, ' ').trim()
  const lines = body.split(/\s+/).filter(Boolean)
  return [...new Set([...windows(lines.join('')), ...lines.flatMap(windows)])]
}

function variants(fragment: string): string[] {
  return [
    ...new Set([fragment, JSON.stringify(fragment).slice(1, -1), encodeURIComponent(fragment)]),
  ]
}

export interface SecretFind {
  where: string
  secret: string
  fragment: string
}

/** Every place (a name → its text) that holds a piece of a secret. Secrets are named by their start. */
export function findSecrets(
  places: Record<string, string>,
  secrets: readonly string[],
): SecretFind[] {
  const finds: SecretFind[] = []
  for (const secret of secrets) {
    const pieces = fragments(secret).flatMap(variants)
    for (const [where, text] of Object.entries(places)) {
      const fragment = pieces.find((piece) => text.includes(piece))
      if (fragment) finds.push({ where, secret: `${secret.trim().slice(0, 12)}…`, fragment })
    }
  }
  return finds
}
