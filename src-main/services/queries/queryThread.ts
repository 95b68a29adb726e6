// Main's side of the query worker (queryWorker.ts): run(name, ...args) posts the query and resolves
// with its answer. The worker starts on the first query and is started again after a crash; a query
// that was in flight when it stopped fails with a message saying so, and the next one works.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { CodedError } from '../../shared/errors.ts'
import type { QueryArgs, QueryName, QueryResult } from './readQueries.ts'
import type { QueryReply, QueryRequest, QueryWorkerData } from './queryWorker.ts'

/** Under Node (CLI, tests) the worker runs from its source; in the Electron build it is its own entry. */
function workerUrl(): URL {
  const source = new URL('./queryWorker.ts', import.meta.url)
  return existsSync(fileURLToPath(source)) ? source : new URL('./queryWorker.js', import.meta.url)
}

export class QueryError extends CodedError {}

interface Pending {
  resolve(value: unknown): void
  reject(error: Error): void
  since: number
}

/** No query over a library of millions of quotes takes this long; one that does is stopped. */
export const QUERY_TIMEOUT_MS = 60_000

export class QueryThread {
  private readonly libraryPath: string
  private readonly url: URL
  private worker: Worker | null = null
  private readonly pending = new Map<number, Pending>()
  private nextId = 1
  private closed = false
  private timer: NodeJS.Timeout | null = null
  private readonly timeoutMs: number
  /** Queries answered by the worker since it was created (the tests read it). */
  answered = 0

  constructor(libraryPath: string, url: URL = workerUrl(), timeoutMs = QUERY_TIMEOUT_MS) {
    this.libraryPath = libraryPath
    this.url = url
    this.timeoutMs = timeoutMs
  }

  run<Q extends QueryName>(query: Q, ...args: QueryArgs<Q>): Promise<QueryResult<Q>> {
    if (this.closed) return Promise.reject(new QueryError('query-stopped', 'The library was closed.'))
    const worker = this.worker ?? this.start()
    const id = this.nextId++
    return new Promise<QueryResult<Q>>((resolve, reject) => {
      // A worker with a query in flight keeps the process alive; an idle one does not.
      if (this.pending.size === 0) worker.ref()
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, since: Date.now() })
      worker.postMessage({ id, query, args } satisfies QueryRequest)
      this.watch()
    })
  }

  /**
   * A query that runs past the time limit would hold up every query after it: the worker is stopped
   * (its queries fail with a reason) and the next query starts a new one.
   */
  private watch(): void {
    if (this.timer !== null) return
    const check = () => {
      this.timer = null
      const worker = this.worker
      if (worker === null || this.pending.size === 0) return
      const oldest = Math.min(...[...this.pending.values()].map((p) => p.since))
      if (Date.now() - oldest >= this.timeoutMs) {
        this.stop(worker, `The search took longer than ${Math.round(this.timeoutMs / 1000)} s and was stopped. Try a narrower one.`)
        void worker.terminate()
      } else {
        this.timer = setTimeout(check, this.timeoutMs - (Date.now() - oldest))
        this.timer.unref()
      }
    }
    this.timer = setTimeout(check, this.timeoutMs)
    this.timer.unref()
  }

  private stop(worker: Worker, why: string): void {
    if (this.worker !== worker) return
    this.worker = null
    for (const waiting of this.pending.values()) waiting.reject(new QueryError('query-stopped', why))
    this.pending.clear()
  }

  private start(): Worker {
    const worker = new Worker(this.url, { workerData: { libraryPath: this.libraryPath } satisfies QueryWorkerData })
    worker.on('message', (reply: QueryReply) => {
      if ('ready' in reply) return
      const waiting = this.pending.get(reply.id)
      if (!waiting) return
      this.pending.delete(reply.id)
      if (this.pending.size === 0) worker.unref()
      if (reply.ok) {
        this.answered++
        waiting.resolve(reply.value)
      } else {
        waiting.reject(new QueryError(reply.error.code ?? 'failed', reply.error.message))
      }
    })
    worker.on('error', (error) => this.stop(worker, `The search stopped with an error: ${error.message}. Try again.`))
    worker.on('exit', () => this.stop(worker, 'The search stopped before it answered. Try again.'))
    this.worker = worker
    return worker
  }

  async close(): Promise<void> {
    this.closed = true
    if (this.timer !== null) clearTimeout(this.timer)
    const worker = this.worker
    this.worker = null
    for (const waiting of this.pending.values()) waiting.reject(new QueryError('query-stopped', 'The library was closed.'))
    this.pending.clear()
    await worker?.terminate()
  }
}
