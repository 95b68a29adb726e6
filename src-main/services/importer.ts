// Importing article files: read → analyze → store, one transaction per article. A bad file is a
// failure line naming it; the rest of the batch goes on. Only a full disk stops the batch.
import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { analyzeText } from '../core/analyze.ts'
import { formatOf, ReadError, type EpubMode } from '../core/read/index.ts'
import { ArticlesTable } from '../store/articles.ts'
import type { Db } from '../store/open.ts'
import { describeFsError, walk, type WalkFs } from './fileWalk.ts'
import { linkArticle } from './people/linker.ts'
import { readDocumentSync } from './readBridge.ts'

/** No news article comes near this; a bigger file is a dump or a mistake, refused before reading. */
export const MAX_ARTICLE_BYTES = 32 * 1024 * 1024

export interface ImportFailure {
  path: string
  message: string
}

export interface ImportSummary {
  /** Articles added: a feed or an EPUB by chapter adds several from one file. */
  added: number
  /** Of the added, how many are a new version of an article already in the library. */
  versions?: number
  /** The ids of those new versions (for `verbatim versions ID`). */
  versionIds?: number[]
  duplicates: number
  failed: number
  skipped: number
  quotes: number
  failures: ImportFailure[]
  /** Set when the batch stopped early (the disk is full); what was imported before stays. */
  stoppedBecause: string | null
}

export interface ImportProgress {
  done: number
  total: number
  path: string
  outcome: 'added' | 'duplicate' | 'failed'
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void
  /** An EPUB as one article per chapter (the default) or one for the whole book. */
  epub?: EpubMode
  /** Pages already fetched (verbatim import https://…), imported after the paths. */
  pages?: FetchedPage[]
  /** Called before each file is read; tests use it to pull a file away mid-import. */
  beforeFile?: (path: string) => void
  fs?: WalkFs
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

const isDiskFull = (error: unknown) => {
  const code = (error as { code?: string }).code
  return code === 'SQLITE_FULL' || code === 'ENOSPC'
}

/** A page fetched from the web (fetchPage.ts), imported like a file. */
export interface FetchedPage {
  /** The URL as the user gave it: the stored source. */
  url: string
  /** Where it ended up after redirects: the stored link. */
  finalUrl: string
  /** A name whose extension says how to read it ('page.html', 'report.pdf'). */
  fileName: string
  bytes: Uint8Array
  mediaType: string | null
  fetchedAt: string
}

/** One file or fetched page to import. */
interface ImportItem {
  /** What failures and progress name: the path as given, or the URL. */
  label: string
  source: string
  /** Decides the reader (by extension); for a file, its path (dates are read from it too). */
  fileName: string
  link: string | null
  load(): { bytes: Uint8Array; mediaType: string | null; capturedAt: string; snapshotName: string }
}

type FileOutcome = { kind: 'added' | 'duplicate'; added: number; duplicates: number; quotes: number; versions: number[] }

function fileItem(path: string): ImportItem {
  return {
    label: path,
    source: resolve(path),
    fileName: path,
    link: null,
    load() {
      const size = statSync(path).size
      if (size > MAX_ARTICLE_BYTES) {
        const mb = (n: number) => (n / 1024 / 1024).toFixed(1)
        throw new ReadError('too-large', `too large for one article (${mb(size)} MB; the limit is ${mb(MAX_ARTICLE_BYTES)} MB)`)
      }
      return { bytes: readFileSync(path), mediaType: null, capturedAt: new Date().toISOString(), snapshotName: basename(path) }
    },
  }
}

function pageItem(page: FetchedPage): ImportItem {
  return {
    label: page.url,
    source: page.url,
    fileName: page.fileName,
    link: page.finalUrl,
    load: () => ({ bytes: page.bytes, mediaType: page.mediaType, capturedAt: page.fetchedAt, snapshotName: page.finalUrl }),
  }
}

function importOne(table: ArticlesTable, item: ImportItem, options: ImportOptions): FileOutcome {
  const { bytes, mediaType, capturedAt, snapshotName } = item.load()
  const hash = sha256(bytes)
  const format = formatOf(item.fileName)
  const epub = options.epub ?? 'chapters'
  const several = format === 'feed' || (format === 'epub' && epub === 'chapters')
  const outcome: FileOutcome = { kind: 'duplicate', added: 0, duplicates: 0, quotes: 0, versions: [] }
  if (!several && table.idBySha(hash) !== null) {
    outcome.duplicates = 1
    return outcome
  }
  const articles = readDocumentSync(bytes, item.fileName, { epub })
  const snapshot = { sha256: hash, bytes, fileName: snapshotName, mediaType, capturedAt }
  for (const read of articles) {
    // One article of several is known by its own identity (a feed item's link and text) or by its
    // place in these exact bytes; a whole file, by its bytes.
    const articleSha = read.part ? sha256(new TextEncoder().encode(read.part.identity ?? `${hash}#${read.part.id}`)) : hash
    if (read.part && table.idBySha(articleSha) !== null) {
      outcome.duplicates++
      continue
    }
    const analyzed = analyzeText(read.text)
    const source = read.part ? `${item.source}#${read.part.id}` : item.source
    try {
      const stored = table.insert({ sha256: articleSha, source, read, analyzed, snapshot, link: read.part?.link ?? item.link })
      outcome.added++
      outcome.quotes += stored.quotes
      if (stored.previousVersionId !== null) outcome.versions.push(stored.id)
    } catch (error) {
      // Another process (the app, a second CLI) may have stored the same bytes meanwhile.
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && table.idBySha(articleSha) !== null) {
        outcome.duplicates++
        continue
      }
      throw error
    }
  }
  outcome.kind = outcome.added > 0 ? 'added' : 'duplicate'
  return outcome
}

function failureMessage(error: unknown): string {
  if (error instanceof ReadError) return error.message
  if ((error as NodeJS.ErrnoException).syscall) return describeFsError(error)
  return `could not be imported: ${(error as Error).message ?? String(error)}`
}

/**
 * For a batch, a larger page cache and fewer WAL checkpoints (each one syncs the database file):
 * every article is still its own durable transaction; only the housekeeping is batched.
 */
function withBulkSettings<T>(db: Db, run: () => T): T {
  const checkpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number
  const cache = db.pragma('cache_size', { simple: true }) as number
  db.pragma('wal_autocheckpoint = 16384')
  db.pragma('cache_size = -65536')
  try {
    return run()
  } finally {
    db.pragma(`wal_autocheckpoint = ${checkpoint}`)
    db.pragma(`cache_size = ${cache}`)
  }
}

export function importPaths(db: Db, paths: string[], options: ImportOptions = {}): ImportSummary {
  return withBulkSettings(db, () => importBatch(db, paths, options))
}

function importBatch(db: Db, paths: string[], options: ImportOptions): ImportSummary {
  const table = new ArticlesTable(db, (id) => linkArticle(db, id))
  const walked = walk(paths, options.fs)
  const summary: ImportSummary = {
    added: 0,
    versions: 0,
    duplicates: 0,
    failed: walked.failures.length,
    skipped: walked.skipped,
    quotes: 0,
    failures: [...walked.failures],
    stoppedBecause: null,
  }
  const items = [...walked.files.map(fileItem), ...(options.pages ?? []).map(pageItem)]
  const total = items.length
  for (const [index, item] of items.entries()) {
    const path = item.label
    options.beforeFile?.(path)
    let outcome: ImportProgress['outcome']
    try {
      const result = importOne(table, item, options)
      summary.added += result.added
      summary.versions = (summary.versions ?? 0) + result.versions.length
      if (result.versions.length) summary.versionIds = [...(summary.versionIds ?? []), ...result.versions]
      summary.quotes += result.quotes
      summary.duplicates += result.duplicates
      outcome = result.kind
    } catch (error) {
      summary.failed++
      summary.failures.push({ path, message: failureMessage(error) })
      outcome = 'failed'
      if (isDiskFull(error)) {
        summary.stoppedBecause = 'The disk is full. Free some space and run the import again: what was imported is kept, and nothing is imported twice.'
        options.onProgress?.({ done: index + 1, total, path, outcome })
        break
      }
    }
    options.onProgress?.({ done: index + 1, total, path, outcome })
  }
  return summary
}
