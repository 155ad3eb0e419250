import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vitest/config'

const alias = {
  '@': fileURLToPath(new URL('./src', import.meta.url)),
  '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
}

/** Browser builds only: see mocks/shims/tldts.ts. */
const browserAlias = {
  tldts: fileURLToPath(new URL('./mocks/shims/tldts.ts', import.meta.url)),
}

/**
 * The production build carries a Content-Security-Policy. It lives in a meta tag so the static build is
 * safe wherever it is hosted; a deployment in front of a real backend on another origin adds that origin
 * with CSP_CONNECT_SRC at build time (or serves the header itself).
 * Emotion (MUI) injects <style> elements at run time, hence 'unsafe-inline' for styles only.
 */
function contentSecurityPolicy(): Plugin {
  const connect = ["'self'", ...(process.env.CSP_CONNECT_SRC?.split(/\s+/).filter(Boolean) ?? [])]
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  }
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  resolve: { alias: process.env.VITEST ? alias : { ...alias, ...browserAlias } },
  server: { port: Number(process.env.PORT ?? 5173), strictPort: true },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    // Read by scripts/bundle-sizes.mjs to measure what each screen loads.
    manifest: true,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Phone-number metadata is needed only to book a callback (and by the simulator): kept in
          // its own chunk, or it rides along with whatever shared chunk the list loads first.
          groups: [{ name: 'phone', test: /libphonenumber-js|src[\\/]domain[\\/]phone\.ts/ }],
        },
      },
    },
  },
  test: {
    // A spy a test installs is gone for the next test (the console guard is not a spy: it stays).
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'src/domain/**/*.test.ts',
            'src/api/**/*.test.ts',
            'src/test/**/*.test.ts',
            'mocks/**/*.test.ts',
          ],
          exclude: ['mocks/server/**'],
          setupFiles: ['./src/test/setupConsoleGuard.ts'],
          // Property tests run hundreds of cases; a busy 2-core runner needs the margin.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          // The tenant server over real HTTP on loopback: no Mock Service Worker in these files.
          name: 'server',
          environment: 'node',
          include: ['mocks/server/**/*.test.ts'],
          setupFiles: ['./src/test/setupConsoleGuard.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'src/i18n/**/*.test.ts', 'src/lib/**/*.test.ts'],
          setupFiles: ['./src/test/setupConsoleGuard.ts', './vitest.setup.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
})
