import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ArticlesTable } from '../../store/articles.ts'
import { openLibrary, type Db } from '../../store/open.ts'
import type { AnalyzedText, Quote } from '../../shared/model.ts'
import { QuoteSearch } from './quoteSearch.ts'
import { boundedDistance } from './editDistance.ts'
import { parseQuery } from './normalize.ts'

interface Fixture {
  outlet: string
  date: string
  quotes: { text: string; speaker: string }[]
}

const ARTICLES: Fixture[] = [
  {
    outlet: 'Yonhap',
    date: '2023-11-02',
    quotes: [
      { text: "I'm confident the secretary will reiterate our ironclad commitment to the security of our allies", speaker: 'Daniel Kritenbrink' },
      { text: 'our unshakeable commitment to working with our partners', speaker: 'Daniel Kritenbrink' },
      { text: 'The café on the corner was a naïve choice for talks', speaker: 'Wendy Sherman' },
    ],
  },
  {
    outlet: 'Reuters',
    date: '2016-02-07',
    quotes: [
      { text: 'There is no daylight between Seoul and Washington', speaker: 'Wendy Sherman' },
      { text: 'It’s only natural that allies talk AND NEAR(each) other: always - even now * later', speaker: 'Tony Blinken' },
      { text: 'A commitment is a commitment', speaker: 'Tony Blinken' },
    ],
  },
]

function store(db: Db) {
  const table = new ArticlesTable(db)
  ARTICLES.forEach((a, n) => {
    let text = `Headline ${n}\n`
    const speakers = [...new Set(a.quotes.map((q) => q.speaker))]
    const quotes: Quote[] = a.quotes.map((q) => {
      text += '"'
      const start = text.length
      text += q.text
      const end = text.length
      text += `," ${q.speaker} said.\n`
      return {
        start, end, text: q.text, kind: 'full', rule: 'double-quotes',
        attribution: { speaker: speakers.indexOf(q.speaker), mention: null, rule: 'test', confidence: 0.9 },
      }
    })
    const analyzed: AnalyzedText = {
      quotes,
      speakers: speakers.map((name) => ({ name, isDescriptor: false, names: [name, name.split(' ').at(-1)!], title: null })),
    }
    table.insert({
      sha256: String(n).repeat(64).slice(0, 64),
      source: `/fixture/${n}.txt`,
      read: { text, format: 'txt', encoding: 'utf-8', dropped: [], meta: { headline: `Headline ${n}`, byline: null, outlet: a.outlet, dateline: null, date: a.date, dateRule: 'test' } },
      analyzed,
    })
  })
}

let db: Db
let search: QuoteSearch
beforeEach(() => {
  db = openLibrary(':memory:')
  store(db)
  search = new QuoteSearch(db)
})
afterEach(() => db.close())

const texts = (q: string, options = {}) => search.search(q, options).hits.map((h) => h.quote.text)

describe('QuoteSearch', () => {
  it('finds a quote despite a typo and says which spellings it tried', () => {
    const result = search.search('ironclad comitment')
    expect(result.hits[0].quote.text).toMatch(/ironclad commitment/)
    expect(result.hits[0].quote.speaker).toBe('Daniel Kritenbrink')
    expect(result.hits[0].exact).toBe(false)
    expect(result.variants).toContainEqual({ word: 'comitment', terms: ['commitment'] })
  })

  it('finds spelling variants both ways', () => {
    expect(texts('unshakable commitment')[0]).toMatch(/unshakeable/)
    expect(texts('unshakeable')[0]).toMatch(/unshakeable/)
  })

  it('ignores accents and the kind of apostrophe or quotation mark', () => {
    expect(texts('cafe naive')[0]).toMatch(/café/)
    expect(texts("It's only natural")[0]).toMatch(/It’s only natural/)
    expect(texts('“no daylight”')).toEqual(['There is no daylight between Seoul and Washington'])
  })

  it('ranks the exact wording first and highlights the words found', () => {
    const result = search.search('"ironclad commitment"')
    expect(result.hits[0].exact).toBe(true)
    const { text } = result.hits[0].quote
    expect(result.hits[0].highlights.map((h) => text.slice(h.start, h.end))).toEqual(['ironclad', 'commitment'])
  })

  it('matches the word being typed as a prefix', () => {
    expect(texts('daylight betw', { typing: true })).toHaveLength(1)
    expect(texts('daylight betw')).toHaveLength(0)
  })

  it('searches FTS5 syntax literally instead of failing', () => {
    for (const q of ['"', '*', 'NEAR(', '-', ':', 'AND', 'NEAR(each) other: always - even', 'AND OR NOT', '"unclosed phrase', '^']) {
      expect(() => search.search(q), q).not.toThrow()
    }
    expect(texts('NEAR(each) other: always')).toHaveLength(1)
    expect(texts('AND').sort()).toEqual(['It’s only natural that allies talk AND NEAR(each) other: always - even now * later', 'There is no daylight between Seoul and Washington'])
  })

  it('filters by speaker, outlet and date range', () => {
    expect(texts('commitment', { speaker: 'Blinken' })).toEqual(['A commitment is a commitment'])
    expect(texts('commitment', { outlet: 'yonhap' })).toHaveLength(2)
    expect(texts('commitment', { from: '2023' })).toHaveLength(2)
    expect(texts('commitment', { to: '2016' })).toEqual(['A commitment is a commitment'])
    expect(texts('commitment', { from: '2016-01', to: '2016-03' })).toEqual(['A commitment is a commitment'])
  })

  it('filters by verification status on quote sheets', () => {
    const id = search.search('ironclad').hits[0].quote.id
    const now = new Date().toISOString()
    db.prepare("INSERT INTO sheets (name, created_at, updated_at) VALUES ('s', ?, ?)").run(now, now)
    db.prepare(
      `INSERT INTO sheet_items (sheet_id, quote_id, origin_quote_id, position, status, added_at, quote_text, source, context)
       VALUES (1, ?, ?, 1, 'verified', ?, 'x', 'y', 'z')`,
    ).run(id, id, now)
    expect(search.search('commitment', { status: 'verified' }).hits.map((h) => h.quote.id)).toEqual([id])
    expect(search.search('commitment', { status: 'disputed' }).hits).toEqual([])
    expect(search.search('commitment', { status: 'unverified' }).hits.map((h) => h.quote.id)).not.toContain(id)
    expect(search.search('commitment', { status: 'unverified' }).hits).toHaveLength(2)
  })

  it('answers nothing, not everything, for a word that is nowhere near the library', () => {
    expect(search.search('zyxwvut').hits).toEqual([])
  })

  it('sees quotes added after the first search', () => {
    expect(texts('daylight')).toHaveLength(1)
    db.prepare("UPDATE quotes SET text = 'daylight robbery' WHERE text = 'A commitment is a commitment'").run()
    expect(texts('robbery')).toEqual(['daylight robbery'])
  })
})

describe('boundedDistance', () => {
  it('counts insertions, deletions, substitutions and transpositions as one edit', () => {
    expect(boundedDistance('comitment', 'commitment', 2)).toBe(1)
    expect(boundedDistance('centre', 'center', 2)).toBe(1)
    expect(boundedDistance('judgment', 'judgement', 2)).toBe(1)
    expect(boundedDistance('program', 'programme', 2)).toBe(2)
    expect(boundedDistance('cat', 'dog', 1)).toBe(2)
  })
})

describe('parseQuery', () => {
  it('keeps quoted phrases together and folds the words', () => {
    expect(parseQuery('Sherman “No Daylight” Séoul')).toEqual([
      { words: ['sherman'], phrase: false },
      { words: ['no', 'daylight'], phrase: true },
      { words: ['seoul'], phrase: false },
    ])
  })
})
