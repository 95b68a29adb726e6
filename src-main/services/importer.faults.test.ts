// Faults during import: a process killed mid-import, a full disk, and searching while importing.
import Database from 'better-sqlite3'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { analyzeText } from '../core/analyze.ts'
import { openLibrary } from '../store/open.ts'
import { SyntheticCorpus, rng } from '../../scripts/syntheticCorpus.ts'
import { importPaths } from './importer.ts'
import { QuoteSearch } from './search/quoteSearch.ts'

const BIN = new URL('../../bin/verbatim.mjs', import.meta.url).pathname
const ARTICLES = 5000
let dir: string
let corpusDir: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-faults-'))
  corpusDir = join(dir, 'articles')
  const corpus = new SyntheticCorpus({ seed: 11, articleChars: 3000 })
  for (let i = 0; i < ARTICLES; i++) {
    const folder = join(corpusDir, String(Math.floor(i / 500)))
    if (i % 500 === 0) mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, `a${i}.txt`), corpus.article(i))
  }
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const count = (file: string, table: string) => {
  const db = new Database(file, { readonly: true })
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
  } finally {
    db.close()
  }
}

/** Every stored article has exactly the quotes and speakers its text yields: nothing half-written. */
function expectEveryArticleComplete(file: string) {
  const db = new Database(file, { readonly: true })
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    const rows = db.prepare(
      `SELECT a.id, a.text, (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes,
              (SELECT count(*) FROM speakers s WHERE s.article_id = a.id) AS speakers FROM articles a`,
    ).all() as { id: number; text: string; quotes: number; speakers: number }[]
    for (const row of rows) {
      const analyzed = analyzeText(row.text)
      expect({ id: row.id, quotes: row.quotes, speakers: row.speakers }).toEqual({ id: row.id, quotes: analyzed.quotes.length, speakers: analyzed.speakers.length })
    }
    return rows.length
  } finally {
    db.close()
  }
}

describe('import faults', () => {
  it('a process killed at a random moment leaves a sound library that a second run completes without duplicates', async () => {
    const file = join(dir, 'killed.sqlite')
    const child = spawn(process.execPath, [BIN, '--db', file, 'import', corpusDir], { stdio: 'ignore' })
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
    // Wait until the import is under way, then kill it somewhere in the middle of its work.
    const killAfter = 1 + Math.floor(rng(Date.now())() * 1500)
    for (let waited = 0; waited < 60_000; waited += 25) {
      await new Promise((r) => setTimeout(r, 25))
      try {
        if (count(file, 'articles') >= killAfter) break
      } catch {
        // The library file is not created yet.
      }
    }
    child.kill('SIGKILL')
    await exited
    const survived = expectEveryArticleComplete(file)
    expect(survived).toBeGreaterThan(0)
    expect(survived).toBeLessThan(ARTICLES)

    const db = openLibrary(file)
    const summary = importPaths(db, [corpusDir])
    db.close()
    expect(summary).toMatchObject({ added: ARTICLES - survived, duplicates: survived, failed: 0 })
    expect(count(file, 'articles')).toBe(ARTICLES)
    expect(expectEveryArticleComplete(file)).toBe(ARTICLES)
  }, 180_000)

  it('a full disk stops the import cleanly with a clear message, and keeps what was imported', () => {
    const file = join(dir, 'full.sqlite')
    const db = openLibrary(file)
    const pages = db.pragma('page_count', { simple: true }) as number
    // The disk "fills up" a few hundred KB in.
    db.pragma(`max_page_count = ${pages + 60}`)
    const summary = importPaths(db, [join(corpusDir, '0')])
    expect(summary.stoppedBecause).toMatch(/The disk is full/)
    expect(summary.failures.at(-1)!.message).toMatch(/full/)
    expect(summary.added).toBeGreaterThan(0)
    expect(summary.added).toBeLessThan(500)
    db.close()
    expect(expectEveryArticleComplete(file)).toBe(summary.added)
    const again = openLibrary(file)
    expect(importPaths(again, [join(corpusDir, '0')])).toMatchObject({ added: 500 - summary.added, failed: 0 })
    again.close()
  })

  it('searching works while another process imports', async () => {
    const file = join(dir, 'busy.sqlite')
    openLibrary(file).close()
    const child = spawn(process.execPath, [BIN, '--db', file, 'import', join(corpusDir, '1'), join(corpusDir, '2')], { stdio: 'ignore' })
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
    let running = true
    void exited.then(() => (running = false))
    const db = openLibrary(file)
    const search = new QuoteSearch(db)
    let searches = 0
    let seen = 0
    while (running) {
      // Each search sees a consistent snapshot: what it finds only grows as articles commit.
      const articles = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
      expect(articles).toBeGreaterThanOrEqual(seen)
      seen = articles
      // A word of a quote that is already committed must be found.
      const stored = db.prepare('SELECT id, text FROM quotes ORDER BY id LIMIT 1').get() as { id: number; text: string } | undefined
      if (stored) {
        const word = stored.text.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a)).replace(/\W/g, '')
        expect(search.search(word, { limit: 400 }).hits.map((h) => h.quote.id)).toContain(stored.id)
      }
      searches++
      await new Promise((r) => setTimeout(r, 5))
    }
    expect(await exited).toBe(0)
    db.close()
    expect(searches).toBeGreaterThan(3)
    expect(count(file, 'articles')).toBe(1000)
  }, 120_000)
})
