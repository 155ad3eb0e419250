import {
  checkDnisCsv,
  decodeCsv,
  fileRefusal,
  type DnisCsvCheck,
  type FileRefusal,
} from '@/domain/dnisCsv'

/**
 * The work of the import's Web Worker: refuse a file by its name and size before reading it, read
 * it, refuse binary content, then check every line (src/domain/dnisCsv.ts). Apart from the worker
 * itself so tests can run the same work without one.
 */
export type DnisFileResult =
  { kind: 'refused'; refusal: FileRefusal } | { kind: 'checked'; check: DnisCsvCheck }

/** What the worker tells the page. */
export type DnisFileMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: DnisFileResult }
  | { type: 'failed'; message: string }

export async function checkDnisFile(
  file: File,
  onProgress: (done: number, total: number) => void,
): Promise<DnisFileResult> {
  const refusal = fileRefusal(file)
  if (refusal) return { kind: 'refused', refusal }
  const text = decodeCsv(new Uint8Array(await file.arrayBuffer()))
  if (text === null) return { kind: 'refused', refusal: 'NOT_TEXT' }
  return { kind: 'checked', check: checkDnisCsv(text, { onProgress }) }
}

/** Checks the file it is sent and posts progress, then the result (or why it failed). */
export async function answerDnisFile(
  file: File,
  post: (message: DnisFileMessage) => void,
): Promise<void> {
  try {
    const result = await checkDnisFile(file, (done, total) =>
      post({ type: 'progress', done, total }),
    )
    post({ type: 'done', result })
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
}
