// The query worker: answers the library's heavy read-only queries (readQueries.ts) on its own
// read-only connection, so a search or a verification over millions of quotes never holds up the
// main process's event loop. WAL lets it read while main writes; each answer sees the last commit.
import { parentPort, workerData } from 'node:worker_threads'
import { openLibrary } from '../../store/open.ts'
import { QUERY_NAMES, readQueries, type QueryName } from './readQueries.ts'

export interface QueryWorkerData {
  libraryPath: string
}

export interface QueryRequest {
  id: number
  query: QueryName
  args: unknown[]
}

export type QueryReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { code: string | null; message: string } }
  | { id: 0; ready: true }

const { libraryPath } = workerData as QueryWorkerData
const queries = readQueries(openLibrary(libraryPath, { readonly: true }))
const port = parentPort!

port.on('message', ({ id, query, args }: QueryRequest) => {
  let reply: QueryReply
  try {
    if (!QUERY_NAMES.includes(query)) throw new Error(`There is no query named ${String(query)}`)
    const run = queries[query] as (...a: unknown[]) => unknown
    reply = { id, ok: true, value: run(...args) }
  } catch (error) {
    const e = error as { code?: unknown; message?: unknown }
    reply = { id, ok: false, error: { code: typeof e?.code === 'string' ? e.code : null, message: String(e?.message ?? error) } }
  }
  port.postMessage(reply)
})
port.postMessage({ id: 0, ready: true } satisfies QueryReply)
