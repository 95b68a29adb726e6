// Importing a web page by its address, from the app: fetched with the CLI's fetchPage (15 s limit,
// clear offline errors), then stored like any file, with its original bytes and capture time.
import { CodedError } from '../shared/errors.ts'
import { ArticlesTable } from '../store/articles.ts'
import type { Db } from '../store/open.ts'
import { fetchPage, FetchError, type FetchOptions } from './fetchPage.ts'
import { importPaths, sha256 } from './importer.ts'

export interface UrlImport {
  /** The article to open: null when the page held several (a feed). */
  articleId: number | null
  added: number
  quotes: number
  duplicate: boolean
}

export async function importUrl(db: Db, url: string, options: FetchOptions = {}): Promise<UrlImport> {
  let page
  try {
    page = await fetchPage(url, options)
  } catch (error) {
    if (error instanceof FetchError) throw new CodedError(error.code, `Could not import ${url}: ${error.message}.`)
    throw error
  }
  const summary = importPaths(db, [], { pages: [page] })
  const failure = summary.failures[0]
  if (failure) throw new CodedError('unreadable', `Could not import ${url}: ${failure.message}`)
  return {
    articleId: new ArticlesTable(db).idBySha(sha256(page.bytes)),
    added: summary.added,
    quotes: summary.quotes,
    duplicate: summary.added === 0 && summary.duplicates > 0,
  }
}
