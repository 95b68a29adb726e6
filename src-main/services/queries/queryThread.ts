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
}

export class QueryThread {
  private readonly libraryPath: string
  private readonly url: URL
  private worker: Worker | null = null
  private readonly pending = new Map<number, Pending>()
  private nextId = 1
  /** Queries answered by the worker since it was created (the tests read it). */
  answered = 0

  constructor(libraryPath: string, url: URL = workerUrl()) {
    this.libraryPath = libraryPath
    this.url = url
  }

  run<Q extends QueryName>(query: Q, ...args: QueryArgs<Q>): Promise<QueryResult<Q>> {
    const worker = this.worker ?? this.start()
    const id = this.nextId++
    return new Promise<QueryResult<Q>>((resolve, reject) => {
      // A worker with a query in flight keeps the process alive; an idle one does not.
      if (this.pending.size === 0) worker.ref()
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject })
      worker.postMessage({ id, query, args } satisfies QueryRequest)
    })
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
    const stopped = (why: string) => {
      if (this.worker !== worker) return
      this.worker = null
      for (const waiting of this.pending.values()) waiting.reject(new QueryError('query-stopped', why))
      this.pending.clear()
    }
    worker.on('error', (error) => stopped(`The search stopped with an error: ${error.message}. Try again.`))
    worker.on('exit', () => stopped('The search stopped before it answered. Try again.'))
    this.worker = worker
    return worker
  }

  async close(): Promise<void> {
    const worker = this.worker
    this.worker = null
    for (const waiting of this.pending.values()) waiting.reject(new QueryError('query-stopped', 'The library was closed.'))
    this.pending.clear()
    await worker?.terminate()
  }
}
