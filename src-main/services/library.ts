// The services the CLI (and later the app) call, over one open library.
import { openLibrary, type Db } from '../store/open.ts'
import { listQuotes, type QuoteFilter, type QuoteRow } from '../store/quotes.ts'
import { importPaths, type ImportOptions, type ImportSummary } from './importer.ts'
import { QuoteSearch, type SearchOptions, type SearchResult } from './search/quoteSearch.ts'
import { Verifier, type Verification } from './verify/verify.ts'
import { crossReference, type SpeakerUse } from './xref.ts'

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
