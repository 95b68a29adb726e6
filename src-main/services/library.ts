// The services the CLI (and later the app) call, over one open library.
import { openLibrary, type Db } from '../store/open.ts'
import { listQuotes, type QuoteFilter, type QuoteRow } from '../store/quotes.ts'
import { importPaths, type ImportOptions, type ImportSummary } from './importer.ts'
import { QuoteSearch, type SearchOptions, type SearchResult } from './search/quoteSearch.ts'
import { Verifier, type Verification } from './verify/verify.ts'
import { crossReference, type SpeakerUse } from './xref.ts'
import { DecisionsTable, type DecisionInput } from '../store/decisions.ts'
import { reviewQueue } from '../store/quotes.ts'
import { reextract, type ReextractSummary } from './reextract.ts'

export class Library {
  readonly db: Db
  readonly path: string
  private readonly quoteSearch: QuoteSearch
  private readonly verifier: Verifier

  constructor(path: string) {
    this.path = path
    this.db = openLibrary(path)
    this.quoteSearch = new QuoteSearch(this.db)
    this.verifier = new Verifier(this.db, this.quoteSearch)
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

  import(paths: string[], options?: ImportOptions): ImportSummary {
    return importPaths(this.db, paths, options)
  }

  quotes(filter?: QuoteFilter): QuoteRow[] {
    return listQuotes(this.db, filter)
  }

  close(): void {
    this.db.close()
  }
}
