import { pick, type Rng } from '../sim/rng'

/** Plausible, valid customer numbers for each line of business's countries. */
const digits = (rng: Rng, n: number) =>
  Array.from({ length: n }, () => Math.floor(rng() * 10)).join('')

const US_AREA_CODES = [
  '212',
  '415',
  '617',
  '312',
  '206',
  '512',
  '303',
  '646',
  '718',
  '650',
  '404',
  '305',
]

type Generator = (rng: Rng) => string

/** North American numbers: Sales's, and the fallback for a line of business without its own. */
const NORTH_AMERICA: Generator[] = [
  (rng) =>
    `+1${pick(rng, US_AREA_CODES)}${2 + Math.floor(rng() * 8)}${digits(rng, 2)}${digits(rng, 4)}`,
  (rng) => `+1${pick(rng, ['416', '604', '514'])}${2 + Math.floor(rng() * 8)}${digits(rng, 6)}`,
]

const GENERATORS: Record<string, Generator[]> = {
  Sales: NORTH_AMERICA,
  Service: [
    (rng) => `+442079460${digits(rng, 3)}`,
    (rng) => `+336${digits(rng, 8)}`,
    (rng) => `+3531${digits(rng, 7)}`,
  ],
  Claims: [
    (rng) => `+614${pick(rng, ['0', '1', '2', '3'])}${digits(rng, 7)}`,
    (rng) => `+919${digits(rng, 9)}`,
  ],
}

export function phoneNumberFor(lineOfBusiness: string, rng: Rng): string {
  return pick(rng, GENERATORS[lineOfBusiness] ?? NORTH_AMERICA)(rng)
}
