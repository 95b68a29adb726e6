// The reporter's journey, shared by the Chromium spec (journey.spec.ts) and the real-Electron spec:
// import the seeds folder, search with a typo, verify a misattributed claim, add the evidence to a
// sheet, mark it verified, export DOCX and read the file back.
import { expect, type Page } from '@playwright/test'
import mammoth from 'mammoth'

export async function reporterJourney(page: Page, exportedFile: string): Promise<void> {
  // Start from an empty library: the demo goes in one action. (The import dialog answers the seeds folder.)
  await page.getByRole('button', { name: 'Remove demo library' }).click()
  await expect(page.getByText(/The library is empty/)).toBeVisible()
  await page.getByRole('button', { name: 'Import folder…' }).click()
  await expect(page.getByText(/Import finished: 2 added/)).toBeVisible()

  await page.getByRole('link', { name: /^Quotes/ }).click()
  await page.getByRole('searchbox', { name: 'Search quotes' }).fill('ironclad comitment')
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toContainText('ironclad commitment')

  await page.getByRole('link', { name: /^Verify/ }).click()
  await page.getByLabel('Claim to check').fill('Blinken said there is "no daylight" between Seoul and Washington')
  await page.getByRole('button', { name: 'Verify', exact: true }).click()
  const verdict = page.getByRole('region', { name: 'Verdict' })
  await expect(verdict.locator('[data-verdict]')).toHaveText(/Misattributed/)
  await expect(verdict.locator('.who')).toContainText('said by Wendy Sherman')

  await verdict.getByRole('button', { name: 'Add evidence to sheet' }).first().click()
  await verdict.getByLabel('Sheet').fill('Blinken fact-check')
  await verdict.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(page.getByRole('status').getByText(/Added to “Blinken fact-check”/)).toBeVisible()

  await page.getByRole('link', { name: /^Sheets/ }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Blinken fact-check' })).toBeVisible()
  await page.getByRole('combobox', { name: 'Status of quote 1' }).selectOption('verified')
  await expect(page.getByRole('combobox', { name: 'Status of quote 1' })).toHaveValue('verified')
  await page.getByLabel('Export as').selectOption('docx')
  await page.getByRole('button', { name: 'Export…' }).click()
  await expect(page.getByRole('status').getByText(`Exported “Blinken fact-check” to ${exportedFile}`)).toBeVisible()

  const { value: text } = await mammoth.extractRawText({ path: exportedFile })
  expect(text).toContain('no daylight')
  expect(text).toContain('Wendy Sherman')
  expect(text.toLowerCase()).toContain('verified')
}
