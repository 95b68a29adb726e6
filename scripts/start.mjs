// npm start: build the app and launch it in Electron. Electron's binary is downloaded on first use;
// where that cannot happen (offline, or a network that blocks it) this stops with one clear message.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const electronDir = join(root, 'node_modules', 'electron')

// Never require('electron') to find out: that starts the download. path.txt and dist/ are what
// the installer leaves behind once the binary is there.
function electronBinary() {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status ?? 1

if (!existsSync(electronDir)) {
  console.error('Verbatim: dependencies are missing. Run `npm install` first, then `npm start`.')
  process.exit(1)
}
if (!electronBinary()) {
  console.error('Verbatim: downloading the Electron runtime (once)…')
  const status = spawnSync(process.execPath, [join(electronDir, 'install.js')], { cwd: root, stdio: 'pipe', encoding: 'utf8' }).status
  if (status !== 0 || !electronBinary()) {
    console.error(
      [
        'Verbatim cannot start the desktop app: the Electron runtime is not installed and could not be downloaded.',
        'Connect to the internet and run `npx install-electron` (or `npm start` again); it downloads once.',
        'Meanwhile the command line works offline: `npx verbatim demo`, `npx verbatim import FOLDER`, `npx verbatim quotes`.',
      ].join('\n'),
    )
    process.exit(1)
  }
}
const built = run(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'])
if (built !== 0) process.exit(built)
process.exit(run(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'preview']))
