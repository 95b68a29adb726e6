import { expect, expectAccessible, screenshot, test } from './harness.ts'

test('Library: the demo articles, the Reader with highlighted quotes, and a quote’s provenance', async ({ ui }) => {
  const list = ui.getByRole('listbox', { name: 'Articles' })
  await expect(list.getByRole('option')).toHaveCount(2)
  await expect(ui.getByRole('note')).toContainText('Demo library')
  await expect(ui.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: /^Library/ })).toContainText('2')

  const reader = ui.getByRole('region', { name: 'Reader' })
  await expect(reader.getByRole('heading', { level: 2 })).toBeVisible()
  const firstQuote = reader.getByRole('button', { name: /^Quote by / }).first()
  await firstQuote.click()
  const panel = ui.getByRole('complementary', { name: 'Selected quote' })
  await expect(panel.getByText(/rule .* confidence \d+%/)).toBeVisible()
  await screenshot(ui, 'library')
  await expectAccessible(ui, 'Library')

  // Correct the attribution in place, then undo the decision.
  await panel.getByRole('button', { name: 'Correct…' }).click()
  await panel.getByLabel('Who said it?').fill('Antony Blinken')
  await panel.getByLabel('Who said it?').press('Enter')
  await expect(panel.locator('.speaker')).toContainText('Antony Blinken')
  await expect(panel.locator('.speaker')).toContainText('corrected')
  await expect(panel.getByText(/machine: Daniel Kritenbrink/)).toBeVisible()
  await panel.getByRole('button', { name: 'Undo decision' }).click()
  await expect(panel.locator('.speaker')).toContainText('Daniel Kritenbrink')
  await panel.getByRole('button', { name: 'Accept' }).click()
  await expect(panel.locator('.speaker')).toContainText('accepted')

  // Keyboard: the quote list moves with j/k; the article list with j/k too.
  await ui.getByRole('listbox', { name: 'Quotes in this article' }).focus()
  await ui.keyboard.press('j')
  await expect(panel.locator('blockquote')).toHaveText('“continued and growing”')
  await list.focus()
  await ui.keyboard.press('j')
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText(/Washington's No. 2 diplomat/)
})
