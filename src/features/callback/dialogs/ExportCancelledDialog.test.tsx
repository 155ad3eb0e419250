import { act, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cancelCallback } from '@/api/callbacks'
import { renderWithProviders } from '@/test/renderWithProviders'
import { signInAs } from '@mocks/testing/signIn'
import { currentSimulator, TEST_NOW } from '@mocks/node'
import { ExportCancelledDialog } from './ExportCancelledDialog'
import { defined } from '@/test/defined'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_NOW })
})
// jsdom has no object URLs; the download test installs its own and they go afterwards.
const objectUrls: Partial<Record<'createObjectURL' | 'revokeObjectURL', PropertyDescriptor>> =
  Object.getOwnPropertyDescriptors(URL)
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  for (const name of ['createObjectURL', 'revokeObjectURL'] as const) {
    const original = objectUrls[name]
    if (original) Object.defineProperty(URL, name, original)
    else Reflect.deleteProperty(URL, name)
  }
})

async function openDialog(before?: () => Promise<void>) {
  const view = await act(async () => {
    await signInAs('supervisor')
    await before?.()
    return renderWithProviders(<ExportCancelledDialog open onClose={() => {}} />, {
      as: 'supervisor',
    })
  })
  const dialog = await screen.findByRole('dialog', { name: 'Export Cancelled Reports' })
  return { ...view, dialog }
}

/** The file offered for download, read back from the Blob behind its URL. */
function captureDownloads() {
  const files: Array<{ name: string; blob: Blob }> = []
  const blobs = new Map<string, Blob>()
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`
    blobs.set(url, blob)
    return url
  })
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    files.push({ name: this.download, blob: defined(blobs.get(this.href)) })
  })
  return files
}

describe('Export Cancelled Reports', () => {
  it('explains that there is nothing to export yet', async () => {
    const { dialog } = await openDialog()
    expect(within(dialog).getByLabelText('Report Type')).toHaveValue('summary')
    expect(
      await within(dialog).findByText(/only covers callbacks you cancelled in the last 24 hours/),
    ).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: 'Download' })).toBeDisabled()
  })

  it('lists what the user cancelled and downloads it as CSV', async () => {
    const cancelled = currentSimulator()
      .tenant()
      .state.callbacks.filter((r) => r.state === 'SCHEDULED')
      .slice(0, 2)
    const files = captureDownloads()
    const { dialog, user } = await openDialog(async () => {
      for (const r of cancelled) await cancelCallback(r.id)
    })

    expect(
      await within(dialog).findByText('2 cancellation requests in the last 24 hours.'),
    ).toBeInTheDocument()
    const table = within(dialog).getByRole('table', { name: 'Cancellation Summary Report' })
    for (const r of cancelled) expect(table).toHaveTextContent(r.phoneNumber)
    expect(within(table).getAllByText('CANCELLED')).toHaveLength(2)

    await user.click(within(dialog).getByRole('button', { name: 'Download' }))
    await waitFor(() => expect(files).toHaveLength(1))
    expect(defined(files[0]).name).toBe('cancellation-summary-2026-11-18.csv')
    const text = await defined(files[0]).blob.text()
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe(
      'Callback ID,Phone Number,Service Name,Desired Callback Time (UTC),Requested At (UTC),Cancellation Status,Message',
    )
    expect(lines).toHaveLength(3)
    for (const r of cancelled) {
      expect(lines).toContainEqual(
        expect.stringContaining(
          `${r.id},${r.phoneNumber},${r.serviceName},${r.desiredTime},2026-11-18T15:00:00.000Z,CANCELLED`,
        ),
      )
    }
  })

  it('shows a failure to load the report with its correlation ID', async () => {
    currentSimulator().faults.set('GET /admin/v1/reports/cancellation-summary', {
      kind: 'error',
      times: 1,
    })
    const { dialog, user } = await openDialog()
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The report could not be loaded')
    expect(within(alert).getByTestId('corr-id')).not.toBeEmptyDOMElement()
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await within(dialog).findByText(/only covers callbacks/)).toBeInTheDocument()
  })
})
