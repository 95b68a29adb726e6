import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ArticlesTable } from './articles.ts'
import { loadMigrations } from './migrations.ts'
import { migrate, openLibrary, LibraryError, type Db } from './open.ts'
import type { AnalyzedText, ReadArticle } from '../shared/model.ts'

const read = (text: string): ReadArticle => ({
  text,
  format: 'txt',
  encoding: 'utf-8',
  meta: { headline: 'Headline', byline: null, outlet: 'Yonhap', dateline: null, date: '2023-11-02', dateRule: 'test' },
  dropped: [],
})

const TEXT = 'Headline\n"We will not back down," Jane Roe said.'
const analyzed: AnalyzedText = {
  speakers: [{ name: 'Jane Roe', isDescriptor: false, names: ['Jane Roe'], title: null }],
  quotes: [
    {
      start: 10, end: 30, text: 'We will not back down', kind: 'full', rule: 'double-quotes',
      attribution: { speaker: 0, mention: { start: 33, end: 41, text: 'Jane Roe' }, rule: 'said-after-quote', confidence: 0.95 },
    },
  ],
}
analyzed.quotes[0].end = analyzed.quotes[0].start + analyzed.quotes[0].text.length

let dirs: string[] = []
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
  dirs = []
})
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-store-'))
  dirs.push(dir)
  return join(dir, 'library.sqlite')
}

describe('openLibrary', () => {
  it('migrates a new library to the latest schema with WAL and foreign keys', () => {
    const db = openLibrary(tempFile())
    expect(db.pragma('user_version', { simple: true })).toBe(loadMigrations().at(-1)!.version)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    db.close()
  })

  it('refuses a library written by a newer version and leaves it untouched', () => {
    const file = tempFile()
    const db = openLibrary(file)
    db.pragma('user_version = 999')
    db.close()
    expect(() => openLibrary(file)).toThrow(LibraryError)
    expect(() => openLibrary(file)).toThrow(/newer Verbatim/)
    const again = openLibrary(file, { readonly: true })
    expect(again.pragma('user_version', { simple: true })).toBe(999)
    again.close()
  })

  it('says a file that is not a library is not one', () => {
    const file = tempFile()
    writeFileSync(file, 'PK\u0003\u0004 this is a zip file, not SQLite '.repeat(100))
    expect(() => openLibrary(file)).toThrow(/is not a Verbatim library/)
  })

  it('applies a failing migration not at all', () => {
    const db = openLibrary(':memory:')
    const before = db.pragma('user_version', { simple: true }) as number
    const next = { version: before + 1, name: 'x.sql', sql: 'CREATE TABLE half_done (x); THIS IS NOT SQL' }
    expect(() => migrate(db, [...loadMigrations(), next])).toThrow()
    expect(db.pragma('user_version', { simple: true })).toBe(before)
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").all()).toEqual([])
    db.close()
  })

  it('numbers migrations 1, 2, 3… with no gap', () => {
    const versions = loadMigrations().map((m) => m.version)
    expect(versions).toEqual(versions.map((_, i) => i + 1))
  })
})

describe('ArticlesTable', () => {
  let db: Db
  const open = () => (db = openLibrary(':memory:'))
  afterEach(() => db?.close())

  it('writes an article with its speakers and quotes, and keeps the FTS index in sync', () => {
    open()
    const table = new ArticlesTable(db)
    const { id, quotes } = table.insert({ sha256: 'a'.repeat(64), source: '/x.txt', read: read(TEXT), analyzed })
    expect(quotes).toBe(1)
    expect(table.idBySha('a'.repeat(64))).toBe(id)
    const hit = db.prepare("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'back'").all()
    expect(hit).toHaveLength(1)
    const articleHit = db.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'headline'").all()
    expect(articleHit).toEqual([{ rowid: id }])
    db.prepare('DELETE FROM articles WHERE id = ?').run(id)
    expect(db.prepare("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'back'").all()).toHaveLength(0)
    expect(db.prepare('SELECT count(*) AS n FROM speakers').get()).toEqual({ n: 0 })
  })

  it('writes nothing of an article when any part of it fails', () => {
    open()
    const table = new ArticlesTable(db)
    const broken: AnalyzedText = {
      ...analyzed,
      quotes: [analyzed.quotes[0], { ...analyzed.quotes[0], start: 0, end: 5, text: 'wrong' }],
    }
    expect(() => table.insert({ sha256: 'b'.repeat(64), source: '/y.txt', read: read(TEXT), analyzed: broken }))
      .toThrow(/do not point at its text/)
    for (const t of ['articles', 'speakers', 'speaker_names', 'quotes']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${t}`).get()).toEqual({ n: 0 })
    }
  })

  it('refuses the same source bytes twice', () => {
    open()
    const table = new ArticlesTable(db)
    table.insert({ sha256: 'c'.repeat(64), source: '/a.txt', read: read(TEXT), analyzed })
    expect(() => table.insert({ sha256: 'c'.repeat(64), source: '/b.txt', read: read(TEXT), analyzed }))
      .toThrow(/UNIQUE/)
    expect(table.count()).toBe(1)
  })

  it('finds an article by hash and quotes by speaker through their indexes', () => {
    open()
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('; ')
    expect(plan("SELECT id FROM articles WHERE sha256 = 'x'")).toMatch(/USING (COVERING )?INDEX sqlite_autoindex_articles/)
    expect(plan('SELECT id FROM quotes WHERE speaker_id = 1')).toMatch(/USING (COVERING )?INDEX quotes_speaker/)
  })
})
