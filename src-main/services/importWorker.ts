// Runs an import off the main thread. The file list is walked here and each file is imported on
// its own (one transaction each), so a cancel between files leaves the library consistent and the
// summary exact. Progress goes to the parent as messages; cancel is a flag in shared memory.
import { parentPort, workerData } from 'node:worker_threads'
import { openLibrary } from '../store/open.ts'
import { walk } from './fileWalk.ts'
import { importPaths, type ImportSummary } from './importer.ts'

export interface ImportWorkerData {
  libraryPath: string
  paths: string[]
  /** Int32Array over a SharedArrayBuffer: [0] becomes 1 when the user cancels. */
  cancel: Int32Array
}

export type ImportWorkerMessage =
  | { type: 'progress'; done: number; total: number; path: string; outcome: 'added' | 'duplicate' | 'failed'; summary: ImportSummary }
  | { type: 'done'; summary: ImportSummary; cancelled: boolean }
  | { type: 'error'; message: string }

const { libraryPath, paths, cancel } = workerData as ImportWorkerData
const post = (message: ImportWorkerMessage) => parentPort!.postMessage(message)

try {
  const db = openLibrary(libraryPath)
  const walked = walk(paths)
  const summary: ImportSummary = {
    added: 0, duplicates: 0, failed: walked.failures.length, skipped: walked.skipped, quotes: 0,
    failures: [...walked.failures], stoppedBecause: null,
  }
  const total = walked.files.length
  let cancelled = false
  for (const [index, path] of walked.files.entries()) {
    if (Atomics.load(cancel, 0) === 1) {
      cancelled = true
      break
    }
    const one = importPaths(db, [path])
    summary.added += one.added
    summary.duplicates += one.duplicates
    summary.failed += one.failed
    summary.quotes += one.quotes
    summary.failures.push(...one.failures)
    const outcome = one.added ? 'added' : one.duplicates ? 'duplicate' : 'failed'
    post({ type: 'progress', done: index + 1, total, path, outcome, summary })
    if (one.stoppedBecause) {
      summary.stoppedBecause = one.stoppedBecause
      break
    }
  }
  db.close()
  post({ type: 'done', summary, cancelled })
} catch (error) {
  post({ type: 'error', message: (error as Error).message ?? String(error) })
}
