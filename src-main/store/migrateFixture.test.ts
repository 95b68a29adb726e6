// A library made by the first schema version opens in this version with its data intact.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadMigrations } from './migrations.ts'
import { openLibrary } from './open.ts'
import { listQuotes } from './quotes.ts'
import { QuoteSearch } from '../services/search/quoteSearch.ts'

const FIXTURE = new URL('../../db/fixtures/library-v1.sqlite', import.meta.url).pathname
const dir = mkdtempSync(join(tmpdir(), 'verbatim-migrate-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('opening a schema-1 library', () => {
  it('migrates it to the latest schema and keeps every article, speaker and quote', () => {
    const file = join(dir, 'old.sqlite')
    copyFileSync(FIXTURE, file)
    const db = openLibrary(file)
    expect(db.pragma('user_version', { simple: true })).toBe(loadMigrations().at(-1)!.version)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    const [quote] = listQuotes(db)
    expect(quote).toMatchObject({
      text: 'We will rebuild the old harbour wall before winter,',
      speaker: 'Ana Ruiz',
      speakerTitle: 'Mayor',
      rule: 'said-after-quote',
      confidence: 0.95,
      article: { title: 'Harbour plan approved', outlet: 'Fixture Gazette', date: '2020-05-05', source: '/fixture/harbour.txt' },
      decision: null,
    })
    const { text } = db.prepare('SELECT text FROM articles').get() as { text: string }
    expect(text.slice(quote.start, quote.end)).toBe(quote.text)
    // The indexes added later work on the old rows: a typo search finds the old quote.
    expect(new QuoteSearch(db).search('harbor wal', { typing: true }).hits.map((h) => h.quote.id)).toEqual([quote.id])
    db.close()
  })
})
