import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const root = new URL('..', import.meta.url).pathname
const hasElectron = existsSync(`${root}node_modules/electron/path.txt`)

describe('npm start', () => {
  it.skipIf(hasElectron)('stops with one clear message where the Electron runtime is missing', () => {
    const result = spawnSync(process.execPath, [`${root}scripts/start.mjs`], { encoding: 'utf8', timeout: 60_000 })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/Electron runtime is not installed and could not be downloaded/)
    expect(result.stderr).toMatch(/npx install-electron/)
    expect(result.stderr).toMatch(/npx verbatim demo/)
  })
})
