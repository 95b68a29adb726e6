import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ArticlesTable } from '../store/articles.ts'
import { openLibrary, type Db } from '../store/open.ts'
import type { Quote } from '../shared/model.ts'
import { QuoteSearch } from './search/quoteSearch.ts'
import { crossReference } from './xref.ts'

let db: Db
let n = 0
function article(outlet: string, date: string, quotes: [string, string][]) {
  let text = 'Headline\n'
  const speakers = [...new Set(quotes.map(([, s]) => s))]
  const list: Quote[] = quotes.map(([q, speaker]) => {
    text += '"'
    const start = text.length
    text += q
    const end = text.length
    text += `," ${speaker} said.\n`
    return { start, end, text: q, kind: 'full', rule: 'double-quotes', attribution: { speaker: speakers.indexOf(speaker), mention: null, rule: 'test', confidence: 0.9 } }
  })
  new ArticlesTable(db).insert({
    sha256: `sha-${n++}`,
    source: `/x/${n}.txt`,
    read: { text, format: 'txt', encoding: 'utf-8', dropped: [], meta: { headline: 'Headline', byline: null, outlet, dateline: null, date, dateRule: 'test' } },
    analyzed: { quotes: list, speakers: speakers.map((name) => ({ name, isDescriptor: false, names: [name], title: null })) },
  })
}

beforeEach(() => {
  db = openLibrary(':memory:')
  article('AP', '2023-11-03', [['There is no daylight between our two countries on this question', 'Wendy Sherman']])
  article('Yonhap', '2023-11-02', [['There is no daylight between our two countries on this question', 'Wendy Sherman']])
  article('Reuters', '2023-11-04', [['There is no daylight between our countries on this issue', 'Wendy Sherman']])
  article('AFP', '2016-01-20', [['We see no daylight at all', 'Tony Blinken']])
})
afterEach(() => db.close())

describe('crossReference', () => {
  it('groups by speaker, earliest first, and folds reprints into one statement', () => {
    const uses = crossReference(new QuoteSearch(db), 'no daylight')
    expect(uses.map((u) => u.speaker)).toEqual(['Tony Blinken', 'Wendy Sherman'])
    const sherman = uses[1]
    expect(sherman.statements).toHaveLength(1)
    const outlets = sherman.statements[0].appearances.map((a) => a.quote.article.outlet)
    expect(outlets).toEqual(['Yonhap', 'AP', 'Reuters'])
    expect(sherman.statements[0].appearances[1].diff.every((d) => d.op === 'same')).toBe(true)
    const drifted = sherman.statements[0].appearances[2].diff
    expect(drifted).toContainEqual({ op: 'removed', text: 'two' })
    expect(drifted).toContainEqual({ op: 'added', text: 'issue' })
  })
})
