import { expect, expectAccessible, screenshot, test } from './harness.ts'

test('Command palette reaches actions by name; / focuses search; Alt+digit switches views', async ({ ui }) => {
  await ui.keyboard.press('Control+k')
  const palette = ui.getByRole('dialog', { name: 'Command palette' })
  await expect(palette).toBeVisible()
  await ui.keyboard.type('go to verify')
  await expect(palette.getByRole('option')).toHaveCount(1)
  await screenshot(ui, 'palette')
  await expectAccessible(ui, 'Command palette')
  await ui.keyboard.press('Enter')
  await expect(palette).toBeHidden()
  await expect(ui.getByRole('heading', { level: 1, name: 'Verify' })).toBeVisible()

  await ui.keyboard.press('Alt+2')
  await expect(ui.getByRole('heading', { level: 1, name: 'Quotes' })).toBeVisible()
  await ui.keyboard.press('/')
  await expect(ui.getByRole('searchbox', { name: 'Search quotes' })).toBeFocused()

  await ui.keyboard.press('Control+k')
  await ui.keyboard.type('remove demo')
  await ui.keyboard.press('Enter')
  await expect(ui.getByRole('status').getByText(/Removed the demo library/)).toBeVisible()
  await ui.keyboard.press('Escape')
})

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' })
  test('follows the system and stays accessible', async ({ ui }) => {
    await ui.getByRole('region', { name: 'Reader' }).getByRole('button', { name: /^Quote by / }).nth(3).click()
    const bg = await ui.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(bg).toBe('rgb(26, 27, 30)')
    await screenshot(ui, 'library-dark')
    await expectAccessible(ui, 'Library (dark)')
  })
})
