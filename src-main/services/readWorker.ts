// The worker behind readBridge.ts: reads one file at a time with the asynchronous readers (PDF,
// DOCX, e-mail) and wakes the waiting importer through a shared flag.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads'
import { readArticles, ReadError, type ReadOptions } from '../core/read/index.ts'

interface Request {
  id: number
  bytes: Uint8Array
  fileName: string
  options: ReadOptions
}

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array }

async function handle(request: Request): Promise<void> {
  let reply: unknown
  try {
    reply = { id: request.id, articles: await readArticles(request.bytes, request.fileName, request.options) }
  } catch (error) {
    const e = error as Error
    reply = {
      id: request.id,
      error: { readError: error instanceof ReadError, code: (error as ReadError).code ?? null, message: e?.message ?? String(error) },
    }
  }
  port.postMessage(reply)
  Atomics.store(signal, 0, request.id)
  Atomics.notify(signal, 0)
}

// What the libraries print (warnings about damaged files) is not for the user.
for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) console[method] = () => {}

// PDF.js can reject a promise of its own after a damaged file's read has already answered; that
// must not end the thread that reads the next file.
process.on('unhandledRejection', () => {})

parentPort!.on('message', (request: Request) => void handle(request))
Atomics.store(signal, 1, 1)
Atomics.notify(signal, 1)
