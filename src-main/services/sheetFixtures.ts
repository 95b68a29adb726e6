// Test fixtures for quote sheets and their exports: a small library whose quotes hold what breaks
// exports (quotation marks, commas, line breaks, pipes, markup, a spreadsheet formula, Korean and
// accented text) and an article with no date, outlet or headline. Used by tests only.
import { ArticlesTable } from '../store/articles.ts'
import { openLibrary, type Db } from '../store/open.ts'
import type { AnalyzedText, Quote } from '../shared/model.ts'

interface FixtureArticle {
  headline: string | null
  outlet: string | null
  date: string | null
  speakers: { name: string; title: string | null }[]
  quotes: { text: string; speaker: number }[]
}

export const TRICKY_QUOTES = {
  marks: 'We will say "no", firmly, to any threat',
  multiline: 'First line\nsecond line | with a pipe',
  script: '<script>alert(1)</script> is not a plan',
  korean: '우리는 동맹을 믿습니다 — café naïve',
  formula: '=HYPERLINK("http://evil.example","click")',
} as const

export const FIXTURE_ARTICLES: FixtureArticle[] = [
  {
    headline: 'Blinken to discuss <b>threats</b> | "allies"',
    outlet: 'Yonhap',
    date: '2023-11-02',
    speakers: [{ name: 'Daniel Kritenbrink', title: 'Assistant Secretary of State' }],
    quotes: [
      { text: TRICKY_QUOTES.marks, speaker: 0 },
      { text: TRICKY_QUOTES.multiline, speaker: 0 },
      { text: TRICKY_QUOTES.script, speaker: 0 },
    ],
  },
  {
    headline: null,
    outlet: null,
    date: null,
    speakers: [{ name: '강경화', title: 'Ministre des Affaires étrangères' }, { name: 'Zoë Müller', title: null }],
    quotes: [
      { text: TRICKY_QUOTES.korean, speaker: 0 },
      { text: TRICKY_QUOTES.formula, speaker: 1 },
    ],
  },
]

/** Writes the fixture articles into `db`; returns the quote ids in fixture order. */
export function storeFixtures(db: Db, articles: FixtureArticle[] = FIXTURE_ARTICLES): number[] {
  const table = new ArticlesTable(db)
  articles.forEach((a, n) => {
    // The article opens with a sentence of its own, so a quote's context is its sentence alone.
    let text = `${a.headline ?? 'Untitled'}\nSEOUL (Wire) -- Officials spoke on Thursday. `
    const quotes: Quote[] = a.quotes.map((q) => {
      text += '"'
      const start = text.length
      text += q.text
      const end = text.length
      text += `," ${a.speakers[q.speaker].name} said. `
      return {
        start, end, text: q.text, kind: 'full', rule: 'double-quotes',
        attribution: { speaker: q.speaker, mention: null, rule: 'test', confidence: 0.9 },
      }
    })
    const analyzed: AnalyzedText = {
      quotes,
      speakers: a.speakers.map((s) => ({ name: s.name, isDescriptor: false, names: [s.name], title: s.title })),
    }
    table.insert({
      sha256: String(n).repeat(64),
      source: `/fixtures/article-${n}.txt`,
      read: {
        text, format: 'txt', encoding: 'utf-8', dropped: [],
        meta: { headline: a.headline, byline: null, outlet: a.outlet, dateline: null, date: a.date, dateRule: a.date ? 'test' : 'undated' },
      },
      analyzed,
    })
  })
  const rows = db.prepare('SELECT id FROM quotes ORDER BY id').all() as { id: number }[]
  return rows.map((r) => r.id)
}

export function fixtureLibrary(): { db: Db; quoteIds: number[] } {
  const db = openLibrary(':memory:')
  return { db, quoteIds: storeFixtures(db) }
}
