/** `vite build` arguments for the tenant server: bundled for Node, the app's aliases and TypeScript resolved. */
export const SERVER_BUILD = [
  '--ssr',
  'mocks/server/main.ts',
  '--outDir',
  'dist-server',
  '--emptyOutDir',
]
