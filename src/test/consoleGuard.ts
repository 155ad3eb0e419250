/**
 * A console error or warning fails the test it happens in (React, MUI, MSW and the router only
 * complain about real bugs). The guard records what was printed and the test's afterEach asserts
 * that nothing was: throwing from console.error itself would be swallowed by whatever library
 * called it, and would not say which test it belongs to.
 *
 * The guarded methods are fixed in place (neither writable nor configurable), so no test can lift
 * the guard by accident: `vi.restoreAllMocks()` has nothing to restore, and `vi.spyOn(console, …)`
 * or an assignment throws at once instead of silencing the console for every later test.
 */
const GUARDED = ['error', 'warn'] as const

export interface ConsoleGuard {
  /** Everything printed since the last call, and forget it. */
  take(): string[]
  /** Throws, naming every message, when something was printed since the last check. */
  check(): void
}

const INSTALLED = Symbol.for('callback-admin.consoleGuard')
type Guarded = Console & { [INSTALLED]?: ConsoleGuard }

function describe(args: readonly unknown[]): string {
  return args
    .map((arg) => (arg instanceof Error ? (arg.stack ?? arg.message) : String(arg)))
    .join(' ')
}

/** Guards `target` (the global console by default); a second call returns the same guard. */
export function installConsoleGuard(target: Console = console): ConsoleGuard {
  const guarded = target as Guarded
  const existing = guarded[INSTALLED]
  if (existing) return existing

  let messages: string[] = []
  for (const kind of GUARDED) {
    const print = target[kind].bind(target)
    const record = (...args: unknown[]) => {
      messages.push(`console.${kind}: ${describe(args)}`)
      print(...args)
    }
    Object.defineProperty(target, kind, { value: record, writable: false, configurable: false })
  }
  const guard: ConsoleGuard = {
    take() {
      const taken = messages
      messages = []
      return taken
    },
    check() {
      const taken = guard.take()
      if (taken.length === 0) return
      throw new Error(
        `The test wrote to the console (a warning or an error is a bug to fix):\n${taken.join('\n')}`,
      )
    },
  }
  Object.defineProperty(target, INSTALLED, { value: guard })
  return guard
}
