/** Everything a browser storage holds, as text a secret scan can search (tests only). */
export function storageText(storage: Storage): string {
  const entries: Array<[string, string | null]> = []
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i) ?? ''
    entries.push([key, storage.getItem(key)])
  }
  return JSON.stringify(entries)
}
