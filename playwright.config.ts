import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig, devices } from '@playwright/test'

/**
 * End-to-end tests run against the production build (`vite build`, done beforehand by
 * scripts/test-all.mjs or by hand), served by `vite preview`: what users get, CSP included.
 * E2E_PORT moves the server and E2E_DIST serves another build folder, e.g. to run beside another
 * checkout's or another build's tests.
 */
const PORT = Number(process.env.E2E_PORT ?? 4173)
const OUT_DIR = process.env.E2E_DIST ? ` --outDir ${process.env.E2E_DIST}` : ''
const baseURL = `http://localhost:${PORT}`
/**
 * The tenant server (`npm start`'s bundle in dist-server/, built with the app) for e2e/server/*: a
 * fresh seed in a data folder of its own on every run.
 */
const SERVER_PORT = Number(process.env.E2E_SERVER_PORT ?? PORT + 7)
const SERVER_DATA = join(tmpdir(), `callback-admin-e2e-${SERVER_PORT}`)
const serverURL = `http://localhost:${SERVER_PORT}`

/** Debian's Chromium when installed (CI installs it with apt-get), else Playwright's own download. */
const DEBIAN_CHROMIUM = '/usr/bin/chromium'
const launchOptions = existsSync(DEBIAN_CHROMIUM)
  ? {
      executablePath: DEBIAN_CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    }
  : {}

const CI = Boolean(process.env.CI)

export default defineConfig({
  testDir: 'e2e',
  // Timeouts sized for a busy 2-core machine running two browsers at once.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  forbidOnly: CI,
  workers: 2,
  retries: CI ? 1 : 0,
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'on-first-retry',
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    launchOptions,
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /e2e[\\/]server[\\/]/,
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      name: 'tenant-server',
      testMatch: /e2e[\\/]server[\\/].*\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: serverURL },
    },
  ],
  webServer: [
    {
      command: `npx vite preview --port ${PORT} --strictPort${OUT_DIR}`,
      url: baseURL,
      reuseExistingServer: !CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node dist-server/main.js --port ${SERVER_PORT} --data-dir ${SERVER_DATA} --reset --seed-size 1500 --quiet`,
      url: `${serverURL}/config.json`,
      reuseExistingServer: !CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
})
