import { beforeEach, describe, expect, it } from 'vitest'
import {
  callInGroupsQuery,
  createCallInGroup,
  deleteCallInGroup,
  updateCallInGroup,
  type CallInGroup,
  type CallInGroupBody,
} from '@/api/callInGroups'
import { api, call } from '@/api/client'
import { MAX_POOL_SIZE } from '@/domain/callInGroup'
import '../testing/setup'
import { failure, keepsContract } from '../testing/expectations'
import { signInAs } from '../testing/signIn'
import { currentSimulator, resetTenant, TEST_NOW } from '../node'
import { CALL_IN_GROUP_NAMES } from '../seed/callInGroups'
import { defined } from '@/test/defined'

keepsContract()

beforeEach(() => {
  resetTenant({ now: () => TEST_NOW })
})

const listGroups = () => call((init) => api().GET('/admin/v1/call-in-groups', { ...init }))
const getGroup = (name: string) =>
  call((init) =>
    api().GET('/admin/v1/call-in-groups/{name}', { params: { path: { name } }, ...init }),
  )
const stored = () => currentSimulator().tenant().state.callInGroups

const BODY: CallInGroupBody = {
  dnis: [{ number: '+18005550199', description: 'Front desk' }, { number: '18005550198' }],
  generateAccessCode: true,
  accessCodeLength: 6,
  expirySeconds: 30,
  uniqueDnis: false,
}

const poolOf = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    number: `+4420794${String(i).padStart(5, '0')}`,
    description: `Line ${i}`,
  }))

describe('call-in groups: the seed', () => {
  it("holds the Guide's six-number example pool and the default settings", async () => {
    await signInAs('admin')
    const group = await getGroup(CALL_IN_GROUP_NAMES.autoInsurance)
    expect(group).toMatchObject({
      id: 'auto_insurance',
      name: 'auto_insurance',
      generateAccessCode: true,
      accessCodeLength: 6,
      expirySeconds: 30,
      uniqueDnis: false,
      version: 1,
    })
    expect(group.dnis.map((d) => d.number)).toEqual([
      '+18005555554',
      '+18005555555',
      '+18005555556',
      '+18005555557',
      '+18005555558',
      '+18005555559',
    ])
    expect(group.dnis[2]).toEqual({ number: '+18005555556' })
    const names = (await listGroups()).map((g) => g.name)
    expect(names).toEqual(Object.values(CALL_IN_GROUP_NAMES))
  })
})

describe('call-in groups: roles', () => {
  it('lets an Administrator create, save and delete a group', async () => {
    await signInAs('admin')
    const created = await createCallInGroup({ ...BODY, name: '  Outbound sales  ' })
    expect(created).toMatchObject({
      id: 'Outbound sales',
      name: 'Outbound sales',
      version: 1,
      updatedBy: 'admin',
      updatedAt: new Date(TEST_NOW).toISOString(),
      dnis: BODY.dnis,
    })
    const saved = await updateCallInGroup('Outbound sales', {
      ...BODY,
      uniqueDnis: true,
      expirySeconds: 1800,
      version: 1,
    })
    expect(saved).toMatchObject({ version: 2, uniqueDnis: true, expirySeconds: 1800 })
    expect(stored().find((g) => g.name === 'Outbound sales')).toMatchObject({ version: 2 })
    await deleteCallInGroup('Outbound sales', 2)
    expect((await listGroups()).map((g) => g.name)).not.toContain('Outbound sales')
  })

  it.each(['supervisor', 'developer'])('lets a %s read, and refuses every change', async (user) => {
    await signInAs(user)
    expect((await listGroups()).length).toBeGreaterThan(0)
    expect((await getGroup(CALL_IN_GROUP_NAMES.nonUnique)).dnis).toHaveLength(3)
    const attempts = [
      createCallInGroup({ ...BODY, name: 'Mine' }),
      updateCallInGroup(CALL_IN_GROUP_NAMES.nonUnique, { ...BODY, version: 1 }),
      deleteCallInGroup(CALL_IN_GROUP_NAMES.nonUnique, 1),
    ]
    for (const attempt of attempts) {
      const error = await failure(attempt)
      expect([error.httpStatus, error.code]).toEqual([403, 40301])
    }
    expect(stored().map((g) => [g.name, g.version])).toEqual(
      Object.values(CALL_IN_GROUP_NAMES).map((name) => [name, 1]),
    )
  })

  it('answers 403 to a Monitor, reads included', async () => {
    await signInAs('monitor')
    for (const attempt of [
      listGroups(),
      getGroup(CALL_IN_GROUP_NAMES.autoInsurance),
      createCallInGroup({ ...BODY, name: 'Mine' }),
      deleteCallInGroup(CALL_IN_GROUP_NAMES.autoInsurance, 1),
    ]) {
      const error = await failure(attempt)
      expect([error.httpStatus, error.code]).toEqual([403, 40301])
    }
  })

  it('answers 401 without a session', async () => {
    const error = await failure(listGroups())
    expect([error.httpStatus, error.code]).toEqual([401, 40102])
  })
})

describe('call-in groups: names', () => {
  beforeEach(() => signInAs('admin'))

  it('refuses a name taken without regard to case, and keeps the first group', async () => {
    const error = await failure(createCallInGroup({ ...BODY, name: 'AUTO_INSURANCE ' }))
    expect([error.httpStatus, error.code]).toEqual([409, 40901])
    expect(error.message).toContain('"AUTO_INSURANCE"')
    expect(stored().filter((g) => g.name.toLowerCase() === 'auto_insurance')).toHaveLength(1)
  })

  it.each([
    { name: '', reason: 'a name is required' },
    { name: '   ', reason: 'a name is required' },
    { name: 'x'.repeat(65), reason: 'at most 64 characters' },
    { name: 'two\nlines', reason: 'must not contain control characters' },
    { name: 'one\u2028line', reason: 'no control characters or line breaks' },
    { name: '..', reason: 'a name cannot be only dots' },
  ])('refuses the name "$name": $reason', async ({ name, reason }) => {
    const error = await failure(createCallInGroup({ ...BODY, name }))
    expect([error.httpStatus, error.code]).toEqual([400, 40001])
    expect(error.detail).toEqual({ field: 'name', reason })
    expect(stored()).toHaveLength(Object.keys(CALL_IN_GROUP_NAMES).length)
  })

  it('finds a group whose name has symbols that mean something in a URL', async () => {
    for (const name of ['Sales / EMEA', 'Q&A? #1', '100% <b>bold</b>', 'naïve 📞']) {
      const created = await createCallInGroup({ ...BODY, name })
      expect(created.name).toBe(name)
      expect((await getGroup(name)).name).toBe(name)
      expect(
        (await updateCallInGroup(name, { ...BODY, uniqueDnis: true, version: 1 })).version,
      ).toBe(2)
      await deleteCallInGroup(name, 2)
      expect(stored().some((g) => g.name === name)).toBe(false)
    }
  })

  it('answers 404 for a group that does not exist', async () => {
    for (const attempt of [
      getGroup('nobody'),
      updateCallInGroup('nobody', { ...BODY, version: 1 }),
      deleteCallInGroup('nobody', 1),
    ]) {
      const error = await failure(attempt)
      expect([error.httpStatus, error.code]).toEqual([404, 40401])
    }
  })

  it('never changes a name: a save has no name field', async () => {
    const error = await failure(
      call((init) =>
        api().PUT('/admin/v1/call-in-groups/{name}', {
          params: { path: { name: CALL_IN_GROUP_NAMES.nonUnique } },
          body: { ...BODY, version: 1, name: 'renamed' } as CallInGroupBody & { version: number },
          ...init,
        }),
      ),
    )
    expect([error.httpStatus, error.code]).toEqual([400, 40001])
    expect(stored().some((g) => g.name === 'renamed')).toBe(false)
  })
})

describe('call-in groups: the pool and the settings', () => {
  beforeEach(() => signInAs('admin'))

  it('stores numbers and descriptions trimmed, without empty descriptions', async () => {
    const created = await createCallInGroup({
      ...BODY,
      name: 'Trimmed',
      dnis: [
        { number: ' +18005550150 ', description: '  Claims ' },
        { number: '+18005550151', description: '   ' },
      ],
    })
    expect(created.dnis).toEqual([
      { number: '+18005550150', description: 'Claims' },
      { number: '+18005550151' },
    ])
  })

  it('saves a full pool of 10,000 numbers and refuses the 10,001st', async () => {
    const full = await createCallInGroup({ ...BODY, name: 'Full', dnis: poolOf(MAX_POOL_SIZE) })
    expect(full.dnis).toHaveLength(MAX_POOL_SIZE)
    expect(
      (await defined(callInGroupsQuery().queryFn)({} as never)).find((g) => g.name === 'Full')
        ?.dnis,
    ).toHaveLength(MAX_POOL_SIZE)
    const error = await failure(
      updateCallInGroup('Full', { ...BODY, dnis: poolOf(MAX_POOL_SIZE + 1), version: 1 }),
    )
    expect(error.detail).toEqual({ field: 'dnis', reason: 'a pool holds at most 10,000 numbers' })
    expect(stored().find((g) => g.name === 'Full')?.version).toBe(1)
  })

  it.each([
    { dnis: [], field: 'dnis', reason: 'the pool needs at least one number' },
    {
      dnis: [{ number: '+18005550150' }, { number: '800-555-0151' }],
      field: 'dnis.1.number',
      reason:
        '"800-555-0151" is not an E.164 number ("+" optional, 7 to 15 digits, the first not 0)',
    },
    {
      dnis: [{ number: '+12345678901234567' }],
      field: 'dnis.0.number',
      reason: 'at most 16 characters',
    },
    { dnis: [{ number: '  ' }], field: 'dnis.0.number', reason: 'a number is required' },
    {
      dnis: [{ number: '+18005550150' }, { number: '18005550150' }],
      field: 'dnis.1.number',
      reason: '"18005550150" is already in the pool (number 1)',
    },
    {
      dnis: [{ number: '+18005550150', description: 'd'.repeat(33) }],
      field: 'dnis.0.description',
      reason: 'at most 32 characters',
    },
    {
      dnis: [{ number: '+18005550150', description: 'a\u0000b' }],
      field: 'dnis.0.description',
      reason: 'must not contain control characters',
    },
  ])('refuses a pool: $field $reason', async ({ dnis, field, reason }) => {
    const error = await failure(createCallInGroup({ ...BODY, name: 'Bad pool', dnis }))
    expect([error.httpStatus, error.code]).toEqual([400, 40001])
    expect(error.detail).toEqual({ field, reason })
    expect(stored().some((g) => g.name === 'Bad pool')).toBe(false)
  })

  it.each([
    {
      change: { accessCodeLength: 3 },
      field: 'accessCodeLength',
      reason: 'a whole number from 4 to 12',
    },
    {
      change: { accessCodeLength: 13 },
      field: 'accessCodeLength',
      reason: 'a whole number from 4 to 12',
    },
    {
      change: { accessCodeLength: 6.5 },
      field: 'accessCodeLength',
      reason: 'a whole number from 4 to 12',
    },
    {
      change: { expirySeconds: 9 },
      field: 'expirySeconds',
      reason: 'a whole number from 10 to 1800',
    },
    {
      change: { expirySeconds: 1801 },
      field: 'expirySeconds',
      reason: 'a whole number from 10 to 1800',
    },
  ])('refuses settings: $field $change', async ({ change, field, reason }) => {
    const error = await failure(
      updateCallInGroup(CALL_IN_GROUP_NAMES.nonUnique, { ...BODY, ...change, version: 1 }),
    )
    expect(error.detail).toEqual({ field, reason })
    expect(stored().find((g) => g.name === CALL_IN_GROUP_NAMES.nonUnique)?.version).toBe(1)
  })

  it('refuses bodies of the wrong shape or type with a 400 naming the field', async () => {
    for (const body of [
      { ...BODY, name: 'x', generateAccessCode: 'yes' },
      { ...BODY, name: 'x', expirySeconds: '30' },
      { ...BODY, name: 'x', dnis: [{ number: 18005550150 }] },
      { ...BODY, name: 'x', dnis: [{ number: '+18005550150', extra: 1 }] },
      { name: 'x' },
    ]) {
      const error = await failure(
        call((init) => api().POST('/admin/v1/call-in-groups', { body: body as never, ...init })),
      )
      expect([error.httpStatus, error.code]).toEqual([400, 40001])
      expect(error.detail?.field).toBeTruthy()
    }
    expect(stored().some((g) => g.name === 'x')).toBe(false)
  })
})

describe('call-in groups: versions', () => {
  beforeEach(() => signInAs('admin'))

  it('refuses a save over a version someone replaced, with the saved group', async () => {
    const name = CALL_IN_GROUP_NAMES.salesUnique
    await updateCallInGroup(name, { ...BODY, version: 1 })
    // Even a stale save with invalid content hears of the conflict first.
    const error = await failure(updateCallInGroup(name, { ...BODY, dnis: [], version: 1 }))
    expect([error.httpStatus, error.code]).toEqual([409, 40903])
    const current = (error.detail as { current?: CallInGroup } | undefined)?.current
    expect(current).toMatchObject({ id: name, name, version: 2, dnis: BODY.dnis })
    const deleteError = await failure(deleteCallInGroup(name, 1))
    expect(deleteError.code).toBe(40903)
    expect(stored().find((g) => g.name === name)?.version).toBe(2)
  })

  it('lets a name be used again once its group is deleted', async () => {
    await deleteCallInGroup(CALL_IN_GROUP_NAMES.autoInsurance, 1)
    const again = await createCallInGroup({ ...BODY, name: CALL_IN_GROUP_NAMES.autoInsurance })
    expect(again.version).toBe(1)
  })
})
