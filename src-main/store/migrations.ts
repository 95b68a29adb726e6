// Numbered, forward-only SQL migrations from db/migrations (NNNN_description.sql).
// In the Electron build Vite inlines the files (import.meta.glob); under plain Node (CLI, tests)
// they are read from disk next to the sources.
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export interface Migration {
  version: number
  name: string
  sql: string
}

// Vite defines import.meta.env and rewrites import.meta.glob(…) calls at build time; Node has neither.
declare global {
  interface ImportMeta {
    env?: unknown
    glob(pattern: string, options: { query: string; import: string; eager: true }): Record<string, string>
  }
}

const FILE_NAME = /^(\d{4})_[a-z0-9_]+\.sql$/

function fromEntries(entries: [string, string][]): Migration[] {
  const migrations: Migration[] = []
  for (const [file, sql] of entries) {
    const name = file.slice(file.lastIndexOf('/') + 1)
    const match = FILE_NAME.exec(name)
    if (!match) throw new Error(`Migration file name must be NNNN_description.sql: ${name}`)
    migrations.push({ version: Number(match[1]), name, sql })
  }
  migrations.sort((a, b) => a.version - b.version)
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migrations must be numbered 1, 2, 3…: found ${m.name} at position ${i + 1}`)
  })
  return migrations
}

function fromDisk(): [string, string][] {
  const dir = fileURLToPath(new URL('../../db/migrations/', import.meta.url))
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .map((f) => [f, readFileSync(dir + f, 'utf8')])
}

let cached: Migration[] | null = null

export function loadMigrations(): Migration[] {
  if (cached) return cached
  const bundled = import.meta.env
    ? import.meta.glob('../../db/migrations/*.sql', { query: '?raw', import: 'default', eager: true })
    : null
  cached = fromEntries(bundled ? Object.entries(bundled) : fromDisk())
  return cached
}
