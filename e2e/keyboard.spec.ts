import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
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
    // A theme the user picks wins over the system's.
    await ui.keyboard.press('Control+k')
    await ui.keyboard.type('theme: light')
    await ui.keyboard.press('Enter')
    await expect.poll(() => ui.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)')
  })
})

test('The application menu: its commands reach the window as events and run the same actions', async ({ ui, app }) => {
  // What index.ts does on a menu click: main pushes { type: 'menu', command } to the window.
  await ui.evaluate(() => document.body.focus())
  app.emit({ type: 'menu', command: 'go:speakers' })
  await expect(ui.getByRole('heading', { level: 1, name: 'Speakers' })).toBeVisible()

  const folder = join(app.dir, 'from-menu')
  mkdirSync(folder)
  for (const n of [1, 2]) writeFileSync(join(folder, `n${n}.txt`), `Menu report ${n}\n\n"We came by the menu, part ${n}," the clerk said.\n`)
  app.dialogPaths = [folder]
  app.emit({ type: 'menu', command: 'import-folder' })
  await expect(ui.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  await expect(ui.getByText(/Import finished: 2 added/)).toBeVisible()

  app.emit({ type: 'menu', command: 'paste-text' })
  await expect(ui.getByLabel('Article text')).toBeVisible()
  await ui.keyboard.press('Escape')

  app.emit({ type: 'menu', command: 'command-palette' })
  await expect(ui.getByRole('dialog', { name: 'Command palette' })).toBeVisible()
})
