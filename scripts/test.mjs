// npm test: every test. vitest (unit, service and CLI tests) and then Playwright (the UI in Chromium
// over the real services, built renderer), each writing its JSON report to test-results/. Fails if
// either fails. The renderer is built first when out/renderer is missing or older than its sources.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const bin = (name) => join(root, 'node_modules', '.bin', name)
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status ?? 1
const extra = process.argv.slice(2)

function newest(dir) {
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return latest
}

const built = join(root, 'out', 'renderer', 'index.html')
const stale = !existsSync(built) || statSync(built).mtimeMs < Math.max(newest(join(root, 'src-renderer')), newest(join(root, 'src-main', 'shared')))
if (stale && run(bin('electron-vite'), ['build']) !== 0) {
  console.error('npm test: the build failed, so the UI tests cannot run.')
  process.exit(1)
}

const vitest = run(bin('vitest'), ['run', ...extra])
// Playwright never downloads a browser: without one, say what to install instead of failing every UI test.
const { CHROMIUM } = await import('../playwright.config.ts')
let playwright = 1
if (!existsSync(CHROMIUM)) {
  console.error(`npm test: the UI tests need Chromium at ${CHROMIUM}. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.`)
} else {
  playwright = run(bin('playwright'), ['test', '--project', 'app'])
}
if (vitest !== 0) console.error('npm test: vitest failed')
if (playwright !== 0 && existsSync(CHROMIUM)) console.error('npm test: Playwright failed')
process.exit(vitest !== 0 || playwright !== 0 ? 1 : 0)
