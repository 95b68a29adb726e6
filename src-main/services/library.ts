// The services the CLI (and later the app) call, over one open library.
import { openLibrary, type Db } from '../store/open.ts'
import { listQuotes, type QuoteFilter, type QuoteRow } from '../store/quotes.ts'
import { importPaths, type ImportOptions, type ImportSummary } from './importer.ts'

export class Library {
  readonly db: Db
  readonly path: string

  constructor(path: string) {
    this.path = path
    this.db = openLibrary(path)
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
