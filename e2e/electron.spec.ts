// The same app in real Electron: the preload, ipcMain and the window's security settings. It runs
// where the Electron binary is installed (`npx install-electron --no`, then `xvfb-run -a npm test`
// on Linux) and skips itself, saying why, where it is not. Never require('electron') to find out:
// that starts a download.
import { _electron as electron, expect, test } from '@playwright/test'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { reporterJourney } from './journey.ts'

const ROOT = new URL('..', import.meta.url).pathname
const electronDir = join(ROOT, 'node_modules', 'electron')

function electronBinary(): { path: string | null; reason: string } {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return { path: null, reason: 'node_modules/electron/path.txt is missing (the Electron binary was never downloaded)' }
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  if (!existsSync(binary)) return { path: null, reason: `${binary} does not exist` }
  return { path: binary, reason: '' }
}

const found = electronBinary()
if (!found.path) console.log(`electron.spec.ts skipped: ${found.reason}. Run \`npx install-electron --no\` where the internet is reachable to run it.`)

test('real Electron: the window opens on the demo library, window.api answers, the page cannot navigate, the journey works', async () => {
  test.skip(!found.path, `Electron binary absent: ${found.reason}`)
  const home = mkdtempSync(join(tmpdir(), 'verbatim-electron-'))
  const app = await electron.launch({
    executablePath: found.path!,
    args: [join(ROOT, 'out', 'main', 'index.js'), '--no-sandbox', '--disable-gpu'],
    env: { ...process.env, XDG_CONFIG_HOME: home, HOME: home },
  })
  try {
    const page = await app.firstWindow()
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible()
    await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option')).toHaveCount(2)
    const info = await page.evaluate(() => window.api['app:info']({}))
    expect(info).toMatchObject({ ok: true, value: { shell: 'electron', canExportPdf: true } })
    const bad = await page.evaluate(() => window.api['articles:get']({ id: -1 }))
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined')
    await page.evaluate(() => window.location.assign('https://example.com/'))
    await page.waitForTimeout(500)
    expect(page.url()).toMatch(/^file:/)

    // The journey, with main's file dialogs answering as a user would.
    const exported = join(home, 'Blinken fact-check.docx')
    await app.evaluate(({ dialog }, { seeds, file }) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [seeds] })) as typeof dialog.showOpenDialog
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog
    }, { seeds: join(ROOT, 'seeds'), file: exported })
    await reporterJourney(page, exported)
  } finally {
    await app.close()
    rmSync(home, { recursive: true, force: true })
  }
})
