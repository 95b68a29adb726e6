import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ArticlesTable } from '../../store/articles.ts'
import { openLibrary, type Db } from '../../store/open.ts'
import type { Quote, Speaker } from '../../shared/model.ts'
import { linkArticle } from './linker.ts'
import { PeopleService } from './people.ts'

let db: Db
let people: PeopleService
let n = 0

/** Stores an article whose speakers each say one quote (or none, when `quote` is null). */
function article(date: string, speakers: { name: string; title?: string; names?: string[]; quote?: string | null }[]) {
  let text = `Headline ${n}\n`
  const quotes: Quote[] = []
  speakers.forEach((s, i) => {
    if (s.quote === null) {
      text += `${s.title ?? ''} ${s.name} was there.\n`
      return
    }
    const q = s.quote ?? `Words number ${n}-${i} matter`
    text += '"'
    quotes.push({ start: text.length, end: text.length + q.length, text: q, kind: 'full', rule: 'double-quotes', attribution: { speaker: i, mention: null, rule: 'said-after-quote', confidence: 0.9 } })
    text += `${q}," ${s.name} said.\n`
  })
  const list: Speaker[] = speakers.map((s) => ({ name: s.name, isDescriptor: false, names: s.names ?? [s.name], title: s.title ?? null }))
  const table = new ArticlesTable(db, (id) => linkArticle(db, id, '2026-01-01T00:00:00Z'))
  return table.insert({
    sha256: `sha-${n++}`,
    source: `/x/${n}.txt`,
    read: { text, format: 'txt', encoding: 'utf-8', dropped: [], meta: { headline: `Headline ${n}`, byline: null, outlet: 'Yonhap', dateline: null, date, dateRule: 'test' } },
    analyzed: { quotes, speakers: list },
  }).id
}

const named = (name: string) => people.list().filter((p) => p.names.includes(name))

beforeEach(() => {
  db = openLibrary(':memory:')
  people = new PeopleService(db)
})
afterEach(() => db.close())

describe('people across the library', () => {
  it('is one person under all their names, with the role each article gave them and its date', () => {
    article('2016-02-07', [{ name: 'Tony Blinken', title: 'U.S. Deputy Secretary of State', names: ['Tony Blinken', 'Blinken'] }])
    article('2023-11-02', [{ name: 'Antony Blinken', title: 'Secretary of State', names: ['Antony Blinken', 'Blinken', 'Secretary Blinken'], quote: null }, { name: 'Daniel Kritenbrink', title: 'Assistant Secretary of State' }])
    const blinkens = people.list('Blinken')
    expect(blinkens).toHaveLength(1)
    expect(blinkens[0]).toMatchObject({
      name: 'Antony Blinken',
      quotes: 1,
      articles: 2,
      roles: [
        { title: 'U.S. Deputy Secretary of State', date: '2016-02-07' },
        { title: 'Secretary of State', date: '2023-11-02' },
      ],
    })
    expect(blinkens[0].names).toEqual(expect.arrayContaining(['Tony Blinken', 'Antony Blinken', 'Blinken', 'Secretary Blinken']))
    expect(people.list('Kritenbrink')).toHaveLength(1)
  })

  it('never merges two people who share a surname, and does not suggest it', () => {
    article('2020-01-01', [{ name: 'Ewen Jones', title: 'MP' }])
    article('2020-01-02', [{ name: 'Stephen Jones', title: 'MP' }])
    expect(people.list('Jones').map((p) => p.name).sort()).toEqual(['Ewen Jones', 'Stephen Jones'])
    expect(people.suggestions()).toEqual([])
  })

  it('suggests, with its reason, a bare surname that may be someone already known, and respects "not the same"', () => {
    article('2020-01-01', [{ name: 'Wendy Sherman' }])
    article('2020-02-01', [{ name: 'Sherman' }])
    const [suggestion] = people.suggestions()
    expect(suggestion.reasons).toEqual(['“Sherman” is only a surname, shared with “Wendy Sherman”'])
    people.notSame(suggestion.a.id, suggestion.b.id)
    expect(people.suggestions()).toEqual([])
    people.undo()
    expect(people.suggestions()).toHaveLength(1)
  })

  it('merges on request and undoes the merge', () => {
    article('2020-01-01', [{ name: 'Wendy Sherman' }])
    article('2020-02-01', [{ name: 'Sherman' }])
    const [wendy] = named('Wendy Sherman')
    const [bare] = named('Sherman').filter((p) => p.id !== wendy.id)
    people.merge(wendy.id, bare.id)
    expect(people.list('Sherman')).toHaveLength(1)
    expect(people.list('Sherman')[0]).toMatchObject({ id: wendy.id, quotes: 2, articles: 2 })
    expect(people.undo()).toMatch(/^undone: merged “Sherman”/)
    expect(people.list('Sherman')).toHaveLength(2)
  })

  it('splits a wrong automatic merge, keeps the two apart for later articles, and can undo the split', () => {
    const first = article('2020-01-01', [{ name: 'John Smith', title: 'farmer' }])
    article('2021-01-01', [{ name: 'John Smith', title: 'senator' }])
    const [smith] = people.list('Smith')
    expect(smith.articles).toBe(2)
    const { person } = people.split(smith.id, { articleId: first })
    expect(people.list('Smith')).toHaveLength(2)
    // A third "John Smith" fits two people now: no automatic link, a new person and suggestions.
    article('2022-01-01', [{ name: 'John Smith' }])
    expect(people.list('Smith')).toHaveLength(3)
    expect(people.suggestions().filter((s) => [s.a.id, s.b.id].sort().join() === [smith.id, person].sort().join())).toEqual([])
    people.undo(1)
    expect(people.get(smith.id).articles).toBe(2)
  })

  it('refuses to undo a decision that a later one built on', () => {
    article('2020-01-01', [{ name: 'Wendy Sherman' }])
    article('2020-02-01', [{ name: 'Sherman' }])
    article('2020-03-01', [{ name: 'W. Sherman' }])
    const [wendy] = named('Wendy Sherman')
    const [bare] = named('Sherman').filter((p) => p.id !== wendy.id)
    const first = people.merge(wendy.id, bare.id)
    const [initial] = named('W. Sherman').filter((p) => p.id !== wendy.id)
    people.merge(initial.id, wendy.id)
    expect(() => people.undo(first)).toThrow(/Undo that one first/)
  })
})
