import { afterAll, expect } from 'vitest'
import { ApiError } from '@/api/errors'
import { server } from '../node'
import { recordContract } from './contract'

/** Check, once the file's tests are done, that every answer the simulator gave kept the contract. */
export function keepsContract() {
  const contract = recordContract(server)
  afterAll(async () => {
    expect(await contract.violations()).toEqual([])
  })
  return contract
}

/** The ApiError a request fails with; fails the test if it succeeds or fails otherwise. */
export async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ApiError) return error
    throw error
  }
  throw new Error('expected the request to fail')
}
