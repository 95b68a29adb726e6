// The services the CLI and the app call, over one open library. The read-only queries run here in
// place; the app sends the same ones to its query worker (queries/queryThread.ts) instead.
import { openLibrary, type Db } from '../store/open.ts'
import type { QuoteFilter, QuoteRow } from '../store/quotes.ts'
import { importPaths, type ImportOptions, type ImportSummary } from './importer.ts'
import type { SearchOptions, SearchResult } from './search/quoteSearch.ts'
import type { ArticleHit, ArticleSearchOptions } from './search/articleSearch.ts'
import type { Verification } from './verify/verify.ts'
import type { SpeakerUse } from './xref.ts'
import { DecisionsTable, type DecisionInput } from '../store/decisions.ts'
import { readQueries, type ReadQueries } from './queries/readQueries.ts'
import { reextract, type ReextractSummary } from './reextract.ts'
import { PeopleService } from './people/people.ts'
import {
  deleteArticles, getArticle, libraryCounts, listArticles, restoreArticles,
  type ArticleDetail, type ArticleListOptions, type ArticleSummary, type DeletedArticles, type LibraryCounts,
} from './articles.ts'
import { importText, type PastedImport } from './pasteImport.ts'
import { importUrl, type UrlImport } from './urlImport.ts'
import type { FetchOptions } from './fetchPage.ts'

export class Library {
  readonly db: Db
  readonly path: string
  private readonly reads: ReadQueries
  readonly people: PeopleService

  constructor(path: string) {
    this.path = path
    this.db = openLibrary(path)
    this.reads = readQueries(this.db)
    this.people = new PeopleService(this.db)
  }

  decide(decision: DecisionInput): void {
    new DecisionsTable(this.db).decide(decision)
  }

  undoDecision(quoteId: number): boolean {
    return new DecisionsTable(this.db).undo(quoteId)
  }

  review(limit?: number): QuoteRow[] {
    return this.reads.review(limit)
  }

  reextract(onProgress?: (done: number, total: number) => void): ReextractSummary {
    return reextract(this.db, onProgress)
  }

  xref(phrase: string): SpeakerUse[] {
    return this.reads.xref(phrase)
  }

  verify(claim: string): Verification {
    return this.reads.verify(claim)
  }

  search(query: string, options?: SearchOptions): SearchResult {
    return this.reads.search(query, options)
  }

  searchArticles(query: string, options?: ArticleSearchOptions): { hits: ArticleHit[]; variants: { word: string; terms: string[] }[] } {
    return this.reads.searchArticles(query, options)
  }

  import(paths: string[], options?: ImportOptions): ImportSummary {
    return importPaths(this.db, paths, options)
  }

  quotes(filter?: QuoteFilter): QuoteRow[] {
    return this.reads.quotes(filter)
  }

  // The desktop app's needs (services/articles.ts, services/pasteImport.ts).

  articles(options?: ArticleListOptions): ArticleSummary[] {
    return listArticles(this.db, options)
  }

  article(id: number): ArticleDetail | null {
    return getArticle(this.db, id)
  }

  counts(): LibraryCounts {
    return libraryCounts(this.db)
  }

  deleteArticles(ids: number[]): DeletedArticles {
    return deleteArticles(this.db, ids)
  }

  restoreArticles(deleted: DeletedArticles): number {
    return restoreArticles(this.db, deleted)
  }

  importText(text: string, title?: string): PastedImport {
    return importText(this.db, text, title)
  }

  importUrl(url: string, options?: FetchOptions): Promise<UrlImport> {
    return importUrl(this.db, url, options)
  }

  close(): void {
    this.db.close()
  }
}
