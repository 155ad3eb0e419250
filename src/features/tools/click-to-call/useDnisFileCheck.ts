import { useEffect, useRef, useState } from 'react'
import type { DnisFileMessage, DnisFileResult } from './dnisFileCheck'

export type DnisFileState =
  | { status: 'idle' }
  | { status: 'checking'; file: File; done: number; total: number }
  | { status: 'done'; file: File; result: DnisFileResult }
  | { status: 'failed'; file: File; message: string }

/**
 * Checks a chosen DNIS file in a Web Worker (Papa Parse and the line checks run there), with its
 * progress. Choosing another file, or leaving, stops the check under way.
 */
export function useDnisFileCheck() {
  const [state, setState] = useState<DnisFileState>({ status: 'idle' })
  const worker = useRef<Worker | null>(null)

  const stop = () => {
    worker.current?.terminate()
    worker.current = null
  }
  useEffect(() => stop, [])

  const check = (file: File) => {
    stop()
    const current = new Worker(new URL('./dnisFile.worker.ts', import.meta.url), {
      type: 'module',
    })
    worker.current = current
    setState({ status: 'checking', file, done: 0, total: 0 })
    current.onmessage = (event: MessageEvent<DnisFileMessage>) => {
      if (worker.current !== current) return
      const message = event.data
      if (message.type === 'progress') {
        setState({ status: 'checking', file, done: message.done, total: message.total })
        return
      }
      stop()
      setState(
        message.type === 'done'
          ? { status: 'done', file, result: message.result }
          : { status: 'failed', file, message: message.message },
      )
    }
    current.onerror = (event) => {
      if (worker.current !== current) return
      stop()
      setState({ status: 'failed', file, message: event.message || 'The file check stopped.' })
    }
    current.postMessage(file)
  }

  const reset = () => {
    stop()
    setState({ status: 'idle' })
  }

  return { state, check, reset }
}
