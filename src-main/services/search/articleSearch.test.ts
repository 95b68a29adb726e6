import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLibrary, type Db } from '../../store/open.ts'
import { importPaths } from '../importer.ts'
import { ArticleSearch } from './articleSearch.ts'

const SEEDS = new URL('../../../seeds/', import.meta.url).pathname
let db: Db
beforeAll(() => {
  db = openLibrary(':memory:')
  importPaths(db, [SEEDS])
})
afterAll(() => db.close())

describe('ArticleSearch', () => {
  it('finds words outside any quote, forgiving a typo, with the hit marked in a snippet', () => {
    const { hits, variants } = new ArticleSearch(db).search('reconnaisance satellite')
    expect(hits).toHaveLength(1)
    expect(hits[0].article.title).toMatch(/^Blinken to discuss/)
    const { text, highlights } = hits[0].snippet
    expect(highlights.map((h) => text.slice(h.start, h.end))).toEqual(['reconnaissance', 'satellite'])
    expect(variants).toContainEqual({ word: 'reconnaisance', terms: ['reconnaissance'] })
  })

  it('filters by date and treats search syntax as words', () => {
    const search = new ArticleSearch(db)
    expect(search.search('THAAD', { to: '2016' }).hits.map((h) => h.article.date)).toEqual(['2016'])
    expect(search.search('THAAD', { from: '2017' }).hits).toEqual([])
    expect(() => search.search('NEAR( "unclosed * -')).not.toThrow()
  })
})
