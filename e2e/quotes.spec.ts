import { expect, expectAccessible, openView, screenshot, test } from './harness.ts'

test('Quotes: search as you type forgives a typo, highlights the words, opens the quote in the Reader', async ({ ui }) => {
  await openView(ui, 'Quotes')
  await ui.keyboard.press('/')
  const field = ui.getByRole('searchbox', { name: 'Search quotes' })
  await expect(field).toBeFocused()
  await field.pressSequentially('ironclad comitment', { delay: 20 })
  const results = ui.getByRole('listbox', { name: 'Search results' })
  await expect(results.getByRole('option')).toHaveCount(1)
  await expect(results.locator('mark').first()).toHaveText(/ironclad/i)
  await expect(ui.getByText(/also searched .*commitment/)).toBeVisible()
  const detail = ui.getByRole('region', { name: 'Quote' })
  await expect(detail.locator('.speaker')).toContainText('Daniel Kritenbrink')
  await screenshot(ui, 'quotes')
  await expectAccessible(ui, 'Quotes')

  // Filters: a speaker who never said it empties the list and says so.
  await ui.getByText('Filters').click()
  await ui.getByRole('textbox', { name: 'Speaker' }).fill('Sherman')
  await expect(ui.getByText(/Nothing found for “ironclad comitment” with these filters/)).toBeVisible()
  await ui.getByRole('textbox', { name: 'Speaker' }).fill('')
  await expect(results.getByRole('option')).toHaveCount(1)

  await results.focus()
  await ui.keyboard.press('Enter')
  await expect(ui.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  const selected = ui.getByRole('region', { name: 'Reader' }).locator('.q.selected')
  await expect(selected.first()).toContainText('ironclad commitment')
  await expect(selected.first()).toBeInViewport()
})
