// One fuzzing worker: reads each input it is sent with the real readers and says how it went.
// Anything thrown that is not a ReadError is a crash.
import { parentPort } from 'node:worker_threads'
import { readArticles, ReadError } from '../src-main/core/read/index.ts'

interface Task {
  id: number
  bytes: Uint8Array
  fileName: string
}

parentPort!.on('message', async (task: Task) => {
  let outcome: 'ok' | 'read-error' | 'crash' = 'ok'
  let message = ''
  try {
    await readArticles(task.bytes, task.fileName, { epub: task.id % 2 === 0 ? 'chapters' : 'book' })
  } catch (error) {
    if (error instanceof ReadError) outcome = 'read-error'
    else {
      outcome = 'crash'
      message = (error as Error)?.stack ?? String(error)
    }
  }
  const mem = process.memoryUsage()
  parentPort!.postMessage({ id: task.id, outcome, message, heapUsed: mem.heapUsed, rss: mem.rss })
})
// A promise a library left behind and rejected after the read was over: the reader's own answer
// stood. Counted apart (the app's reader worker ignores these), with what it said.
process.on('unhandledRejection', (reason) => {
  const e = reason as Error
  parentPort!.postMessage({ id: -1, outcome: 'stray', message: `${e?.name}: ${e?.message} ${e?.stack ?? String(reason)}`, heapUsed: 0, rss: 0 })
})
