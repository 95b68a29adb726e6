import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLibrary, type Db } from '../store/open.ts'
import { backupLibrary, checkLibraryFile, restoreLibrary } from './backup.ts'
import { importPaths } from './importer.ts'

const SEEDS = new URL('../../seeds/', import.meta.url).pathname
let dir: string
let db: Db
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-backup-'))
  db = openLibrary(join(dir, 'library.sqlite'))
  importPaths(db, [SEEDS])
})
afterEach(() => {
  if (db.open) db.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('backup and restore', () => {
  it('backs up a library in use and checks the copy', async () => {
    const check = await backupLibrary(db, join(dir, 'backup.sqlite'))
    expect(check).toMatchObject({ articles: 2, quotes: 14 })
    expect(existsSync(join(dir, 'backup.sqlite.partial'))).toBe(false)
    // The library is still usable while and after the backup runs.
    expect((db.prepare('SELECT count(*) AS n FROM quotes').get() as { n: number }).n).toBe(14)
  })

  it('restores a backup and keeps the library it replaced', async () => {
    await backupLibrary(db, join(dir, 'backup.sqlite'))
    db.prepare('DELETE FROM articles').run()
    db.close()
    const { check, kept } = await restoreLibrary(join(dir, 'backup.sqlite'), join(dir, 'library.sqlite'), new Date('2026-01-02T03:04:05Z'))
    expect(check.articles).toBe(2)
    expect(kept).toBe(join(dir, 'library.before-restore-2026-01-02T03-04-05-000Z.sqlite'))
    expect(checkLibraryFile(kept!).articles).toBe(0)
    const restored = openLibrary(join(dir, 'library.sqlite'))
    expect((restored.prepare('SELECT count(*) AS n FROM quotes').get() as { n: number }).n).toBe(14)
    restored.close()
  })

  it('refuses to restore something that is not a sound library, leaving the library alone', async () => {
    const junk = join(dir, 'junk.sqlite')
    writeFileSync(junk, 'not a database at all'.repeat(200))
    db.close()
    await expect(restoreLibrary(junk, join(dir, 'library.sqlite'))).rejects.toThrow(/not a Verbatim library|cannot be opened/)
    expect(checkLibraryFile(join(dir, 'library.sqlite')).articles).toBe(2)
  })
})
