import type { CallInGroup } from '../store/types'

/**
 * The demo tenant's Click-To-Call-In groups: the Administrator's Guide's example pool
 * ("auto_insurance", six toll-free numbers, one without a description), the group of the Guide's
 * Call-In tab ("nonUniqueGroup1"), a group whose numbers are unique while in use, one without
 * access codes, and a larger London pool to filter. Numbers are from ranges set aside for fiction
 * (NANP 800-555, Ofcom's 020 7946 0xxx, ARCEP's 01 99 00).
 */
export const CALL_IN_GROUP_NAMES = {
  autoInsurance: 'auto_insurance',
  nonUnique: 'nonUniqueGroup1',
  salesUnique: 'Sales unique DNIS',
  assistance: 'Assistance FR',
  london: 'Service London',
} as const

const LONDON_POOL_SIZE = 200

export function seedCallInGroups(updatedAt: string): CallInGroup[] {
  const meta = { version: 1, updatedAt, updatedBy: 'admin' }
  return [
    {
      name: CALL_IN_GROUP_NAMES.autoInsurance,
      dnis: [
        { number: '+18005555554', description: 'Claims' },
        { number: '+18005555555', description: 'Renewals' },
        { number: '+18005555556' },
        { number: '+18005555557', description: 'Referrals' },
        { number: '+18005555558', description: 'Complaints' },
        { number: '+18005555559', description: 'Inquiries' },
      ],
      generateAccessCode: true,
      accessCodeLength: 6,
      expirySeconds: 30,
      uniqueDnis: false,
      ...meta,
    },
    {
      name: CALL_IN_GROUP_NAMES.nonUnique,
      dnis: [
        { number: '+18005550100', description: 'Main line' },
        { number: '+18005550101', description: 'Overflow' },
        { number: '+18005550102' },
      ],
      generateAccessCode: true,
      accessCodeLength: 6,
      expirySeconds: 30,
      uniqueDnis: false,
      ...meta,
    },
    {
      name: CALL_IN_GROUP_NAMES.salesUnique,
      dnis: [
        { number: '+18005550120', description: 'Sales 1' },
        { number: '+18005550121', description: 'Sales 2' },
        { number: '+18005550122', description: 'Sales 3' },
        { number: '+18005550123', description: 'Sales 4' },
      ],
      generateAccessCode: true,
      accessCodeLength: 4,
      expirySeconds: 60,
      uniqueDnis: true,
      ...meta,
    },
    {
      name: CALL_IN_GROUP_NAMES.assistance,
      dnis: Array.from({ length: 8 }, (_, i) => ({
        number: `+3319900010${i + 1}`,
        description: `Assistance ${i + 1}`,
      })),
      generateAccessCode: false,
      accessCodeLength: 6,
      expirySeconds: 120,
      uniqueDnis: true,
      ...meta,
    },
    {
      name: CALL_IN_GROUP_NAMES.london,
      dnis: Array.from({ length: LONDON_POOL_SIZE }, (_, i) => {
        const number = `+44207946${String(100 + i).padStart(4, '0')}`
        // Every tenth line has a desk name, as pools imported from a spreadsheet often do.
        return i % 10 === 0 ? { number, description: `Desk ${i / 10 + 1}` } : { number }
      }),
      generateAccessCode: true,
      accessCodeLength: 8,
      expirySeconds: 300,
      uniqueDnis: false,
      ...meta,
    },
  ]
}
