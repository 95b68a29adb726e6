// Reading any format from synchronous code. The importer writes one article per transaction on a
// synchronous SQLite connection; PDF.js, mammoth and postal-mime only read asynchronously. Those
// formats are read in a worker thread while the importer waits on a shared flag (Atomics.wait), which
// also bounds the time one file may take: past it the worker is stopped and the file fails with
// ReadError('timeout'). The other formats are read in place.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads'
import { ASYNC_FORMATS, formatOf, readArticlesSync, ReadError, type ReadOptions } from '../core/read/index.ts'
import type { ReadArticle } from '../shared/model.ts'

/** A PDF of a few hundred pages reads in well under a second; a file that takes this long never ends. */
export const READ_TIMEOUT_MS = 30_000

interface Reply {
  id: number
  articles?: ReadArticle[]
  error?: { readError: boolean; code: string | null; message: string }
}

/** How long the worker may take to load its libraries before the first file. */
const START_TIMEOUT_MS = 20_000

// Under Node (CLI, tests) the worker runs from its source; in the Electron build it is its own
// bundled entry next to the main bundle (electron.vite.config.ts).
function workerUrl(): URL {
  const source = new URL('./readWorker.ts', import.meta.url)
  return existsSync(fileURLToPath(source)) ? source : new URL('./readWorker.js', import.meta.url)
}

class ReaderThread {
  private readonly worker: Worker
  private readonly port: MessagePort
  /** [0]: the id of the last reply posted; [1]: 1 once the worker has loaded. */
  private readonly signal = new Int32Array(new SharedArrayBuffer(8))
  private started = false
  private nextId = 1

  constructor() {
    const { port1, port2 } = new MessageChannel()
    this.port = port1
    this.worker = new Worker(workerUrl(), {
      workerData: { port: port2, signal: this.signal },
      transferList: [port2],
      // A hostile file that makes a reader allocate without end stops the worker, not the app.
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
      stdout: true,
      stderr: true,
    })
    // Not resumed: a flowing stream would keep the process alive after the import. The worker
    // silences the libraries' console output itself, so nothing piles up here.
    this.worker.unref()
  }

  /** A worker that cannot load (a missing file, a broken install) must not cost every file a timeout. */
  private awaitStart(): void {
    if (this.started) return
    const deadline = Date.now() + START_TIMEOUT_MS
    while (Atomics.load(this.signal, 1) !== 1) {
      const left = deadline - Date.now()
      if (left <= 0) throw new Error('the reader for PDF, Word and e-mail files could not be started')
      Atomics.wait(this.signal, 1, 0, Math.min(left, 100))
    }
    this.started = true
  }

  read(bytes: Uint8Array, fileName: string, options: ReadOptions, timeoutMs: number): ReadArticle[] {
    this.awaitStart()
    const id = this.nextId++
    this.worker.postMessage({ id, bytes, fileName, options })
    const deadline = Date.now() + timeoutMs
    for (;;) {
      // The worker posts its reply, then bumps the flag: load the flag first, so a reply posted after
      // the check below still wakes the wait at once.
      const seen = Atomics.load(this.signal, 0)
      const reply = receiveMessageOnPort(this.port)?.message as Reply | undefined
      if (reply && reply.id === id) {
        if (reply.articles) return reply.articles
        const e = reply.error!
        if (e.readError) throw new ReadError(e.code ?? 'unreadable', e.message)
        throw new Error(e.message)
      }
      if (reply) continue // a late answer to a request that already timed out
      const left = deadline - Date.now()
      if (left <= 0) {
        throw new ReadError('timeout', `${fileName} took longer than ${Math.round(timeoutMs / 1000)} s to read and was given up.`)
      }
      Atomics.wait(this.signal, 0, seen, Math.min(left, 1000))
    }
  }

  stop(): void {
    void this.worker.terminate()
  }
}

let thread: ReaderThread | null = null

/** Every article in the bytes, synchronously; see readArticles for what each format gives. */
export function readDocumentSync(bytes: Uint8Array, fileName: string, options: ReadOptions = {}, timeoutMs = READ_TIMEOUT_MS): ReadArticle[] {
  const format = formatOf(fileName)
  if (!format || !ASYNC_FORMATS.has(format) || bytes.length === 0) return readArticlesSync(bytes, fileName, options)
  thread ??= new ReaderThread()
  try {
    return thread.read(bytes, fileName, options, timeoutMs)
  } catch (error) {
    if (!(error instanceof ReadError) || error.code === 'timeout') {
      thread.stop() // busy with the file, or broken: a fresh one takes the next
      thread = null
    }
    throw error
  }
}

/** Stops the reader thread, if one was started (the process can exit without it anyway). */
export function stopReaderThread(): void {
  thread?.stop()
  thread = null
}
