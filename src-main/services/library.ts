// The services the CLI (and later the app) call, over one open library.
import { openLibrary, type Db } from '../store/open.ts'
import { listQuotes, type QuoteFilter, type QuoteRow } from '../store/quotes.ts'
import { importPaths, type ImportOptions, type ImportSummary } from './importer.ts'
import { QuoteSearch, type SearchOptions, type SearchResult } from './search/quoteSearch.ts'
import { ArticleSearch, type ArticleHit, type ArticleSearchOptions } from './search/articleSearch.ts'
import { Verifier, type Verification } from './verify/verify.ts'
import { crossReference, type SpeakerUse } from './xref.ts'
import { DecisionsTable, type DecisionInput } from '../store/decisions.ts'
import { reviewQueue } from '../store/quotes.ts'
import { reextract, type ReextractSummary } from './reextract.ts'
import { PeopleService } from './people/people.ts'
import {
  deleteArticles, getArticle, libraryCounts, listArticles, restoreArticles,
  type ArticleDetail, type ArticleListOptions, type ArticleSummary, type DeletedArticles, type LibraryCounts,
} from './articles.ts'
import { importText, type PastedImport } from './pasteImport.ts'

export class Library {
  readonly db: Db
  readonly path: string
  private readonly quoteSearch: QuoteSearch
  private readonly verifier: Verifier
  readonly people: PeopleService

  constructor(path: string) {
    this.path = path
    this.db = openLibrary(path)
    this.quoteSearch = new QuoteSearch(this.db)
    this.verifier = new Verifier(this.db, this.quoteSearch)
    this.people = new PeopleService(this.db)
  }

  decide(decision: DecisionInput): void {
    new DecisionsTable(this.db).decide(decision)
  }

  undoDecision(quoteId: number): boolean {
    return new DecisionsTable(this.db).undo(quoteId)
  }

  review(limit?: number): QuoteRow[] {
    return reviewQueue(this.db, limit)
  }

  reextract(onProgress?: (done: number, total: number) => void): ReextractSummary {
    return reextract(this.db, onProgress)
  }

  xref(phrase: string): SpeakerUse[] {
    return crossReference(this.quoteSearch, phrase)
  }

  verify(claim: string): Verification {
    return this.verifier.verify(claim)
  }

  search(query: string, options?: SearchOptions): SearchResult {
    return this.quoteSearch.search(query, options)
  }

  searchArticles(query: string, options?: ArticleSearchOptions): { hits: ArticleHit[]; variants: { word: string; terms: string[] }[] } {
    return new ArticleSearch(this.db).search(query, options)
  }

  import(paths: string[], options?: ImportOptions): ImportSummary {
    return importPaths(this.db, paths, options)
  }

  quotes(filter?: QuoteFilter): QuoteRow[] {
    return listQuotes(this.db, filter)
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

  close(): void {
    this.db.close()
  }
}
