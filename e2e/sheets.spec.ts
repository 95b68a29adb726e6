import { readFileSync } from 'node:fs'
import { extractText, getDocumentProxy } from 'unpdf'
import { expect, expectAccessible, openView, screenshot, test } from './harness.ts'

test('Sheets: status, note, reorder by keyboard and buttons, export every format', async ({ ui, app }) => {
  const ids = app.library.quotes().slice(0, 3).map((q) => q.id)
  await openView(ui, 'Sheets')
  await expect(ui.getByText(/No sheets yet/)).toBeVisible()
  await ui.getByLabel('New sheet name').fill('Seoul visit')
  await ui.getByRole('button', { name: 'Create sheet' }).click()
  await expect(ui.getByRole('heading', { level: 2, name: 'Seoul visit' })).toBeVisible()
  // Quotes arrive from other views; here straight through the same channel the views use.
  await ui.evaluate((quoteIds) => window.api['sheets:add']({ name: 'Seoul visit', quoteIds }), ids)
  await ui.getByRole('option', { name: /Seoul visit/ }).click()
  const table = ui.getByRole('table', { name: 'Quotes on Seoul visit' })
  await expect(table.locator('tbody tr')).toHaveCount(3)

  await ui.getByRole('combobox', { name: 'Status of quote 1' }).selectOption('verified')
  await expect(ui.getByRole('combobox', { name: 'Status of quote 1' })).toHaveValue('verified')
  await ui.getByRole('textbox', { name: 'Note on quote 2' }).fill('Check the transcript')
  await ui.getByRole('textbox', { name: 'Note on quote 2' }).blur()
  await expect.poll(() => app.library.db.prepare('SELECT note FROM sheet_items WHERE position = 2').pluck().get()).toBe('Check the transcript')

  const firstQuote = await table.locator('tbody tr').first().locator('.quote').textContent()
  await ui.getByRole('button', { name: 'Move quote 1 down' }).click()
  await expect(table.locator('tbody tr').nth(1).locator('.quote')).toHaveText(firstQuote!)
  // Keyboard: select row 2 (j), mark it disputed (d), move it up (Alt+↑).
  await table.focus()
  await ui.keyboard.press('j')
  await ui.keyboard.press('d')
  await expect(ui.getByRole('combobox', { name: 'Status of quote 2' })).toHaveValue('disputed')
  await ui.keyboard.press('Alt+ArrowUp')
  await expect(table.locator('tbody tr').first().locator('.quote')).toHaveText(firstQuote!)
  await screenshot(ui, 'sheets')
  await expectAccessible(ui, 'Sheets')

  const format = ui.getByLabel('Export as')
  // PDF: the sheet's HTML printed by Chromium's printToPDF (what Electron's printToPDF drives).
  for (const [value, name] of [['pdf', 'Seoul visit.pdf'], ['docx', 'Seoul visit.docx'], ['csv', 'Seoul visit.csv'], ['md', 'Seoul visit.md'], ['html', 'Seoul visit.html'], ['json', 'Seoul visit.json'], ['claimreview', 'Seoul visit.jsonld']]) {
    await format.selectOption(value)
    await ui.getByRole('button', { name: 'Export…' }).click()
    await expect(ui.getByRole('status').getByText(`Exported “Seoul visit” to ${app.exportDir}/${name}`)).toBeVisible()
  }
  const csv = readFileSync(`${app.exportDir}/Seoul visit.csv`, 'utf8')
  expect(csv).toContain('verified')
  expect(csv).toContain('Check the transcript')
  const pdf = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(`${app.exportDir}/Seoul visit.pdf`))), { mergePages: true })
  const words = (s: string) => s.replace(/\s+/g, ' ').trim()
  expect(words(pdf.text)).toContain(words(firstQuote!).slice(0, 40))
  expect(pdf.text).toContain('Check the transcript')
  expect(pdf.text).toMatch(/verified/i)
})
