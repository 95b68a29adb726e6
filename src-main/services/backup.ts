// Online backup and verified restore. A backup is taken with SQLite's backup API while the library
// stays usable; both directions are checked (integrity, schema, counts) before they are trusted.
import Database from 'better-sqlite3'
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs'
import { loadMigrations } from '../store/migrations.ts'
import { LibraryError, assertRuntimeSupported, type Db } from '../store/open.ts'

export interface LibraryCheck {
  schema: number
  articles: number
  quotes: number
}

/** Opens a file read-only and checks it is a sound Verbatim library this version can read. */
export function checkLibraryFile(file: string): LibraryCheck {
  assertRuntimeSupported()
  if (!existsSync(file)) throw new LibraryError('not-found', `${file} does not exist.`)
  let db: Db
  try {
    db = new Database(file, { readonly: true, fileMustExist: true })
  } catch (error) {
    throw new LibraryError('not-a-library', `${file} cannot be opened: ${(error as Error).message}`)
  }
  try {
    const integrity = db.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') throw new LibraryError('damaged', `${file} is damaged: ${String(integrity)}`)
    const schema = db.pragma('user_version', { simple: true }) as number
    const latest = loadMigrations().at(-1)!.version
    if (schema < 1) throw new LibraryError('not-a-library', `${file} is not a Verbatim library.`)
    if (schema > latest) throw new LibraryError('library-too-new', `${file} was written by a newer Verbatim (schema ${schema}).`)
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
    return { schema, articles: count('articles'), quotes: count('quotes') }
  } catch (error) {
    if (error instanceof LibraryError) throw error
    throw new LibraryError('not-a-library', `${file} is not a Verbatim library: ${(error as Error).message}`)
  } finally {
    db.close()
  }
}

/** Copies the open library to `file` with the online backup API, then verifies the copy. */
export async function backupLibrary(db: Db, file: string): Promise<LibraryCheck> {
  const temp = `${file}.partial`
  rmSync(temp, { force: true })
  try {
    await db.backup(temp)
    const check = checkLibraryFile(temp)
    const live = {
      articles: (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n,
      quotes: (db.prepare('SELECT count(*) AS n FROM quotes').get() as { n: number }).n,
    }
    // The library may have grown while the backup ran; it can never have fewer rows than the copy
    // unless something was deleted meanwhile, so only a copy with nothing in it is suspicious.
    if (live.articles > 0 && check.articles === 0) throw new LibraryError('backup-failed', 'The backup came out empty.')
    renameSync(temp, file)
    return check
  } finally {
    rmSync(temp, { force: true })
  }
}

/**
 * Replaces the library at `target` with the verified backup `file`. The library it replaces is kept
 * beside it (`…before-restore-<time>.sqlite`), so a restore can itself be undone.
 */
export async function restoreLibrary(file: string, target: string, now = new Date()): Promise<{ check: LibraryCheck; kept: string | null }> {
  const check = checkLibraryFile(file)
  let kept: string | null = null
  if (existsSync(target)) {
    kept = `${target.replace(/\.sqlite$/, '')}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}.sqlite`
    const current = new Database(target, { readonly: true })
    try {
      await current.backup(kept)
    } finally {
      current.close()
    }
  }
  const temp = `${target}.restoring`
  copyFileSync(file, temp)
  checkLibraryFile(temp)
  for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true })
  renameSync(temp, target)
  return { check, kept }
}
