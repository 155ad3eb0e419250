import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_PREFERENCES, type Language } from '@/domain/preferences'
import { changeLanguage } from '@/i18n/i18n'
import { renderApp } from '@/test/renderApp'
import { columnText } from '@/test/tableText'
import { currentSimulator, TEST_NOW } from '@mocks/node'

/**
 * Show Time in 24 Hour (product.md §2.3, §6): until the user sets it, times follow the clock of
 * their language: 12-hour in English, 24-hour in French.
 */
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(TEST_NOW)
})
afterEach(async () => {
  vi.useRealTimers()
  await changeLanguage('en')
})

const words = {
  en: {
    table: /^Callbacks, /,
    column: 'Desired Callback Time',
    options: 'Advanced Options',
    show24Hour: 'Show Time in 24 Hour',
    idColumn: 'Include Callback ID',
    save: 'Save',
  },
  fr: {
    table: /^Rappels, /,
    column: 'Heure de rappel souhaitée',
    options: 'Options avancées',
    show24Hour: 'Afficher l’heure sur 24 heures',
    idColumn: 'Inclure l’ID du rappel',
    save: 'Enregistrer',
  },
} as const

const TWELVE_HOUR = /^\d\d\/\d\d\/\d{4},? \d\d:\d\d:\d\d [AP]M$/
const TWENTY_FOUR_HOUR = /^\d\d\/\d\d\/\d{4},? \d\d:\d\d:\d\d$/

/** The supervisor's list in a language, with their Show Time in 24 Hour as stored. */
async function openList(language: Language, show24Hour: boolean | null) {
  currentSimulator().tenant().state.preferences.supervisor = {
    ...DEFAULT_PREFERENCES,
    language,
    show24Hour,
  }
  const view = await renderApp('/callback', { as: 'supervisor' })
  const table = await screen.findByRole('table', { name: words[language].table })
  return { ...view, table }
}

function desiredTimes(table: HTMLElement, language: Language) {
  const times = columnText(table, words[language].column)
  expect(times.length).toBeGreaterThan(0)
  return times
}

/** Opens Advanced Options, clicks the given checkboxes, saves and waits for the dialog to close. */
async function changeOptions(
  user: Awaited<ReturnType<typeof renderApp>>['user'],
  language: Language,
  click: string[],
) {
  await user.click(screen.getByRole('button', { name: words[language].options }))
  const dialog = await screen.findByRole('dialog', { name: words[language].options })
  for (const name of click) await user.click(within(dialog).getByRole('checkbox', { name }))
  await user.click(within(dialog).getByRole('button', { name: words[language].save }))
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
}

const storedShow24Hour = () => currentSimulator().tenant().state.preferences.supervisor?.show24Hour

describe('the clock follows the language until the user chooses', () => {
  it.each([
    ['en', TWELVE_HOUR, false],
    ['fr', TWENTY_FOUR_HOUR, true],
  ] as const)(
    '%s: the list and Advanced Options show its own clock',
    async (language, shape, ticked) => {
      const { user, table } = await openList(language, null)
      for (const time of desiredTimes(table, language)) expect(time).toMatch(shape)
      await user.click(screen.getByRole('button', { name: words[language].options }))
      const dialog = await screen.findByRole('dialog', { name: words[language].options })
      const box = within(dialog).getByRole('checkbox', { name: words[language].show24Hour })
      if (ticked) expect(box).toBeChecked()
      else expect(box).not.toBeChecked()
    },
  )

  it('saving other options leaves the clock to the language', async () => {
    const { user, table } = await openList('fr', null)
    await changeOptions(user, 'fr', [words.fr.idColumn])
    expect(currentSimulator().tenant().state.preferences.supervisor?.includeCallbackId).toBe(true)
    expect(storedShow24Hour()).toBeNull()
    for (const time of desiredTimes(table, 'fr')) expect(time).toMatch(TWENTY_FOUR_HOUR)
  })

  it('a French user who unticks it gets the 12-hour clock, kept as their own choice', async () => {
    const { user, table } = await openList('fr', null)
    await changeOptions(user, 'fr', [words.fr.show24Hour])
    expect(storedShow24Hour()).toBe(false)
    await waitFor(() => {
      for (const time of desiredTimes(table, 'fr')) expect(time).toMatch(TWELVE_HOUR)
    })
  })

  it('an English user who ticks it gets the 24-hour clock, kept as their own choice', async () => {
    const { user, table } = await openList('en', null)
    await changeOptions(user, 'en', [words.en.show24Hour])
    expect(storedShow24Hour()).toBe(true)
    await waitFor(() => {
      for (const time of desiredTimes(table, 'en')) expect(time).toMatch(TWENTY_FOUR_HOUR)
    })
  })

  it.each([
    ['en', true, TWENTY_FOUR_HOUR],
    ['fr', false, TWELVE_HOUR],
  ] as const)(
    '%s with Show Time in 24 Hour set to %s keeps that choice',
    async (language, show24Hour, shape) => {
      const { table } = await openList(language, show24Hour)
      for (const time of desiredTimes(table, language)) expect(time).toMatch(shape)
    },
  )
})
