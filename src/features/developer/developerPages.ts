/**
 * The Developer tab's pages in menu order (product.md §3). Every page needs `developer.view`, which
 * the tab's gate already checks, so the menu shows them all to whoever opens the tab.
 */
export const DEVELOPER_PAGES = [
  'errors',
  'api-key-validation',
  'credentials',
  'cors-domains',
] as const
export type DeveloperPageId = (typeof DEVELOPER_PAGES)[number]
