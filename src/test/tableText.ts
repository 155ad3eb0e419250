import { within } from '@testing-library/react'
import { expect } from 'vitest'

/** Body rows (the header row excluded). */
export function bodyRows(table: HTMLElement): HTMLElement[] {
  return within(table).getAllByRole('row').slice(1)
}

/** The text of one column in every body row. */
export function columnText(table: HTMLElement, header: string): string[] {
  const headers = within(table).getAllByRole('columnheader')
  const index = headers.findIndex((cell) => cell.textContent === header)
  expect(index).toBeGreaterThanOrEqual(0)
  return bodyRows(table).map((row) => within(row).getAllByRole('cell')[index]?.textContent ?? '')
}
