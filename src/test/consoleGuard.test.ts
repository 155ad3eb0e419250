import { describe, expect, it, vi } from 'vitest'
import { installConsoleGuard } from './consoleGuard'

/**
 * The guard of every Vitest project (src/test/setupConsoleGuard.ts), tested as it runs: the
 * `it.fails` tests pass only because the afterEach check fails them.
 */
describe('the console guard of every test', () => {
  it.fails('fails a test that logs an error', () => {
    console.error('an error a library reported')
  })

  it.fails('fails a test that logs a warning', () => {
    console.warn('a warning a library reported')
  })

  it.fails('fails it even when the caller swallows what the console does', () => {
    try {
      console.error('logged inside a try')
    } catch {
      // A library catching around its own logging must not hide the message.
    }
  })

  it.fails('fails it after an await', async () => {
    await Promise.resolve()
    console.warn('late warning')
  })

  it.fails('is not removed by vi.restoreAllMocks()', () => {
    vi.restoreAllMocks()
    console.error('after restoreAllMocks')
  })

  it('cannot be replaced by a spy or an assignment', () => {
    expect(() => vi.spyOn(console, 'error').mockImplementation(() => {})).toThrow()
    expect(() => {
      console.warn = () => {}
    }).toThrow(TypeError)
  })

  it('lets console.log and console.info through', () => {
    console.info('information is not a failure')
  })
})

describe('installConsoleGuard', () => {
  const fakeConsole = () => {
    const printed: unknown[][] = []
    const print = (...args: unknown[]) => void printed.push(args)
    return { target: { error: print, warn: print, log: print } as unknown as Console, printed }
  }

  it('records errors and warnings, still prints them, and names them in the check', () => {
    const { target, printed } = fakeConsole()
    const guard = installConsoleGuard(target)
    target.error('bad prop', 42)
    target.warn(new Error('deprecated'))
    target.log('fine')
    expect(printed).toHaveLength(3)
    expect(() => guard.check()).toThrow(
      /console\.error: bad prop 42\nconsole\.warn: Error: deprecated/,
    )
  })

  it('forgets what a check reported, so the next test starts clean', () => {
    const { target } = fakeConsole()
    const guard = installConsoleGuard(target)
    target.error('once')
    expect(() => guard.check()).toThrow()
    expect(() => guard.check()).not.toThrow()
    target.warn('twice')
    expect(guard.take()).toEqual(['console.warn: twice'])
    expect(guard.take()).toEqual([])
  })

  it('is installed once per console', () => {
    const { target } = fakeConsole()
    const guard = installConsoleGuard(target)
    expect(installConsoleGuard(target)).toBe(guard)
    target.error('counted once')
    expect(guard.take()).toHaveLength(1)
  })
})
