// Import jobs for the app: each runs in a worker thread (importWorker.ts) so main's event loop
// stays free. Progress is pushed: onChange hears of it at most every PROGRESS_EVERY_MS, and always
// of the job's start and end. Cancelling stops between two articles.
import { Worker } from 'node:worker_threads'
import type { ImportSummary } from './importer.ts'
import type { ImportWorkerData, ImportWorkerMessage } from './importWorker.ts'

export interface ImportJobStatus {
  jobId: number
  state: 'running' | 'done' | 'cancelled' | 'failed'
  done: number
  total: number
  /** The file being worked on last. */
  current: string | null
  summary: ImportSummary
  error: string | null
}

/** A window needs no more than about ten progress updates a second. */
export const PROGRESS_EVERY_MS = 100

const emptySummary = (): ImportSummary => ({ added: 0, duplicates: 0, failed: 0, skipped: 0, quotes: 0, failures: [], stoppedBecause: null })

export class ImportJobs {
  private readonly libraryPath: string
  private readonly workerUrl: URL
  private readonly jobs = new Map<number, { status: ImportJobStatus; cancel: Int32Array; finished: Promise<void> }>()
  private next = 1
  /** Hears of every job's start, its progress (throttled) and its end, with a copy of its status. */
  onChange: ((status: ImportJobStatus) => void) | null = null

  constructor(libraryPath: string, workerUrl: URL) {
    this.libraryPath = libraryPath
    this.workerUrl = workerUrl
  }

  start(paths: string[]): ImportJobStatus {
    const jobId = this.next++
    const cancel = new Int32Array(new SharedArrayBuffer(4))
    const status: ImportJobStatus = { jobId, state: 'running', done: 0, total: 0, current: null, summary: emptySummary(), error: null }
    const data: ImportWorkerData = { libraryPath: this.libraryPath, paths, cancel }
    const worker = new Worker(this.workerUrl, { workerData: data })
    let lastTold = 0
    let pending: NodeJS.Timeout | null = null
    const tell = () => {
      if (pending !== null) clearTimeout(pending)
      pending = null
      lastTold = Date.now()
      try {
        this.onChange?.(structuredClone(status))
      } catch {
        // A window that cannot be told (closing) must not stop the job from ending.
      }
    }
    // Progress inside the 100 ms after the last update is not dropped: it is told when they are up,
    // so a long file after a quick one never leaves the window showing an old count.
    const progressed = () => {
      const wait = PROGRESS_EVERY_MS - (Date.now() - lastTold)
      if (wait <= 0) tell()
      else pending ??= setTimeout(tell, wait)
    }
    const finished = new Promise<void>((resolve) => {
      const finish = (state: ImportJobStatus['state'], error: string | null = null) => {
        if (status.state !== 'running') return
        status.state = state
        status.error = error
        tell()
        resolve()
      }
      worker.on('message', (message: ImportWorkerMessage) => {
        if (message.type === 'progress') {
          Object.assign(status, { done: message.done, total: message.total, current: message.path, summary: message.summary })
          progressed()
        } else if (message.type === 'done') {
          status.summary = message.summary
          finish(message.cancelled ? 'cancelled' : 'done')
        } else {
          finish('failed', message.message)
        }
      })
      worker.on('error', (error) => finish('failed', error.message))
      worker.on('exit', () => finish('failed', 'The import stopped unexpectedly.'))
    })
    this.jobs.set(jobId, { status, cancel, finished })
    tell()
    return structuredClone(status)
  }

  status(jobId: number): ImportJobStatus | null {
    const job = this.jobs.get(jobId)
    return job ? structuredClone(job.status) : null
  }

  cancel(jobId: number): boolean {
    const job = this.jobs.get(jobId)
    if (!job || job.status.state !== 'running') return false
    Atomics.store(job.cancel, 0, 1)
    return true
  }

  /** Resolves when the job has ended (tests and shutdown wait on it). */
  async settled(jobId: number): Promise<ImportJobStatus | null> {
    await this.jobs.get(jobId)?.finished
    return this.status(jobId)
  }

  async cancelAll(): Promise<void> {
    for (const id of this.jobs.keys()) this.cancel(id)
    await Promise.all([...this.jobs.values()].map((j) => j.finished))
  }
}
