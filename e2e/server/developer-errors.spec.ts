import { expect, expectNoA11yViolations, signIn, test } from '../fixtures'

/**
 * Developer > Errors against the tenant server: a website's request to the engagement API, sent
 * from outside any browser, is found on the page by the correlation ID its answer carried.
 */
test("an outside client's failed request is found on Errors by its correlation ID", async ({
  page,
  baseURL,
}) => {
  const refused = await fetch(`${baseURL}/engagement/v3/callbacks/create`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-api-key': 'not-the-key-0042' },
    body: JSON.stringify({ serviceName: 'Sales VQ_CB', phoneNumber: '+442079460000' }),
  })
  expect(refused.status).toBe(401)
  const corrId = refused.headers.get('x-correlation-id') ?? ''
  const envelope = (await refused.json()) as { status: { code: number; corrId: string } }
  expect(envelope.status).toEqual(expect.objectContaining({ code: 40101, corrId }))

  await page.goto('/developer/errors')
  await signIn(page, 'developer')
  // Pasted as people do: with quotes and a space around it, only its first part.
  const field = page.getByRole('textbox', { name: 'Correlation ID' })
  await field.fill(` "${corrId.slice(0, 13)}" `)
  await field.press('Enter')
  const table = page.getByRole('table', { name: 'Most Recent Errors' })
  const row = table.getByRole('row').filter({ hasText: corrId })
  await expect(row).toContainText('/engagement/v3/callbacks/create')
  await expect(row).toContainText('POST')
  await expect(row).toContainText('40101')
  await row.getByRole('button', { name: `Details of ${corrId}` }).click()
  const dialog = page.getByRole('dialog', { name: `Error ${corrId}` })
  await expect(dialog.getByLabel('Headers')).toContainText('x-api-key[redacted]')
  await expect(dialog).not.toContainText('not-the-key-0042')
  await expect(dialog.getByLabel('Body')).toContainText('Sales VQ_CB')
  await expect(dialog.getByLabel('Envelope')).toContainText(`"corrId": "${corrId}"`)
  await expectNoA11yViolations(page)
})
