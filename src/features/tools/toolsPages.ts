import { can, type Permission, type Role } from '@/domain/roles'

/** The Tools tab's pages in menu order, with the permission each needs to open (product.md §1.2). */
export const TOOLS_PAGES = [
  'queues',
  'callback-search',
  'number-rules',
  'capacity',
  'click-to-call',
  'region-affinity',
] as const
export type ToolsPageId = (typeof TOOLS_PAGES)[number]

export const TOOLS_PAGE_PERMISSION: Record<ToolsPageId, Permission> = {
  queues: 'tools.view',
  'callback-search': 'tools.view',
  'number-rules': 'numberRules.edit',
  capacity: 'capacityRules.view',
  'click-to-call': 'callInGroups.view',
  'region-affinity': 'regionRules.edit',
}

export function toolsPagesFor(role: Role): ToolsPageId[] {
  return TOOLS_PAGES.filter((page) => can(role, TOOLS_PAGE_PERMISSION[page]))
}
