// Opening a library: Node-API check, pragmas, migrations, and refusing a library newer than the app.
import { CodedError } from '../shared/errors.ts'
import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { loadMigrations, type Migration } from './migrations.ts'

export type Db = Database.Database

export class LibraryError extends CodedError {}

/** better-sqlite3 13 needs Node-API 10 (Node 22+); on Node 20 opening a database segfaults. */
export function assertRuntimeSupported(): void {
  const napi = Number(process.versions.napi ?? 0)
  if (napi < 10) {
    throw new LibraryError(
      'node-too-old',
      `Verbatim needs Node.js 22 or newer (this is ${process.version}). ` +
        'Inside the repository use `npx verbatim …` or `npm run …`, which use the Node 22 that `npm install` brings.',
    )
  }
}

export function migrate(db: Db, migrations: Migration[] = loadMigrations()): number {
  const latest = migrations.at(-1)?.version ?? 0
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > latest) {
    throw new LibraryError(
      'library-too-new',
      `This library was written by a newer Verbatim (schema ${current}; this version knows up to ${latest}). ` +
        'Update Verbatim to open it; the library was not changed.',
    )
  }
  for (const m of migrations) {
    if (m.version <= current) continue
    db.transaction(() => {
      db.exec(m.sql)
      db.pragma(`user_version = ${m.version}`)
    })()
  }
  return latest
}

export function openLibrary(file: string, options: { readonly?: boolean } = {}): Db {
  assertRuntimeSupported()
  // A new library may need its folder; a read-only open never creates anything.
  if (file !== ':memory:' && !options.readonly) mkdirSync(dirname(file), { recursive: true })
  let db: Db
  try {
    db = new Database(file, { readonly: options.readonly ?? false })
  } catch (error) {
    throw new LibraryError('open-failed', `Cannot open the library ${file}: ${(error as Error).message}`)
  }
  try {
    db.pragma('journal_mode = WAL')
    // Because foreign key support is not enabled by default!
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    // WAL + NORMAL stays consistent after a crash; it only may lose the last commits on power loss.
    db.pragma('synchronous = NORMAL')
    if (!options.readonly) migrate(db)
  } catch (error) {
    db.close()
    if (error instanceof LibraryError) throw error
    throw new LibraryError('not-a-library', `${file} is not a Verbatim library: ${(error as Error).message}`)
  }
  return db
}
