// Importing article files: read → analyze → store, one transaction per article. A bad file is a
// failure line naming it; the rest of the batch goes on. Only a full disk stops the batch.
import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { analyzeText } from '../core/analyze.ts'
import { readArticle, ReadError } from '../core/read/index.ts'
import { ArticlesTable } from '../store/articles.ts'
import type { Db } from '../store/open.ts'
import { describeFsError, walk, type WalkFs } from './fileWalk.ts'

/** No news article comes near this; a bigger file is a dump or a mistake, refused before reading. */
export const MAX_ARTICLE_BYTES = 32 * 1024 * 1024

export interface ImportFailure {
  path: string
  message: string
}

export interface ImportSummary {
  added: number
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

type FileOutcome = { kind: 'added'; quotes: number } | { kind: 'duplicate' }

function importOne(table: ArticlesTable, path: string): FileOutcome {
  const size = statSync(path).size
  if (size > MAX_ARTICLE_BYTES) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1)
    throw new ReadError('too-large', `too large for one article (${mb(size)} MB; the limit is ${mb(MAX_ARTICLE_BYTES)} MB)`)
  }
  const bytes = readFileSync(path)
  const hash = sha256(bytes)
  if (table.idBySha(hash) !== null) return { kind: 'duplicate' }
  const read = readArticle(bytes, path)
  const analyzed = analyzeText(read.text)
  try {
    const stored = table.insert({ sha256: hash, source: resolve(path), read, analyzed })
    return { kind: 'added', quotes: stored.quotes }
  } catch (error) {
    // Another process (the app, a second CLI) may have stored the same bytes meanwhile.
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && table.idBySha(hash) !== null) {
      return { kind: 'duplicate' }
    }
    throw error
  }
}

function failureMessage(error: unknown): string {
  if (error instanceof ReadError) return error.message
  if ((error as NodeJS.ErrnoException).syscall) return describeFsError(error)
  return `could not be imported: ${(error as Error).message ?? String(error)}`
}

export function importPaths(db: Db, paths: string[], options: ImportOptions = {}): ImportSummary {
  const table = new ArticlesTable(db)
  const walked = walk(paths, options.fs)
  const summary: ImportSummary = {
    added: 0,
    duplicates: 0,
    failed: walked.failures.length,
    skipped: walked.skipped,
    quotes: 0,
    failures: [...walked.failures],
    stoppedBecause: null,
  }
  const total = walked.files.length
  for (const [index, path] of walked.files.entries()) {
    options.beforeFile?.(path)
    let outcome: ImportProgress['outcome']
    try {
      const result = importOne(table, path)
      if (result.kind === 'added') {
        summary.added++
        summary.quotes += result.quotes
      } else {
        summary.duplicates++
      }
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
