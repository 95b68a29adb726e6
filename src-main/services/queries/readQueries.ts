// The library's heavy read-only queries, by name: what the query worker answers (queryWorker.ts)
// and what runs in place where no worker is wanted (the CLI, tests). One table, two executors, so
// the app and the command line answer the same question the same way.
import type { Db } from '../../store/open.ts'
import { listQuotes, reviewQueue, type QuoteFilter, type QuoteRow } from '../../store/quotes.ts'
import { ArticleSearch, type ArticleHit, type ArticleSearchOptions } from '../search/articleSearch.ts'
import { QuoteSearch, type SearchOptions, type SearchResult } from '../search/quoteSearch.ts'
import { Verifier, type Verification } from '../verify/verify.ts'
import { crossReference, type SpeakerUse } from '../xref.ts'

export interface ReadQueries {
  search(query: string, options?: SearchOptions): SearchResult
  searchArticles(query: string, options?: ArticleSearchOptions): { hits: ArticleHit[]; variants: { word: string; terms: string[] }[] }
  verify(claim: string): Verification
  xref(phrase: string): SpeakerUse[]
  review(limit?: number): QuoteRow[]
  quotes(filter?: QuoteFilter): QuoteRow[]
}

export type QueryName = keyof ReadQueries
export type QueryArgs<Q extends QueryName> = Parameters<ReadQueries[Q]>
export type QueryResult<Q extends QueryName> = ReturnType<ReadQueries[Q]>

export const QUERY_NAMES: readonly QueryName[] = ['search', 'searchArticles', 'verify', 'xref', 'review', 'quotes']

/** The queries over one connection. The search index's vocabulary is cached per connection. */
export function readQueries(db: Db): ReadQueries {
  const quoteSearch = new QuoteSearch(db)
  const verifier = new Verifier(db, quoteSearch)
  return {
    search: (query, options) => quoteSearch.search(query, options),
    searchArticles: (query, options) => new ArticleSearch(db).search(query, options),
    verify: (claim) => verifier.verify(claim),
    xref: (phrase) => crossReference(quoteSearch, phrase),
    review: (limit) => reviewQueue(db, limit),
    quotes: (filter) => listQuotes(db, filter),
  }
}
