// npm run bench:responsive — does the app's main process stay free while the library is searched?
// On a library of generated quotes (1,000,000 by default) it runs the same searches and
// verifications twice: in place on main's thread, as the CLI does, and through the query worker, as
// the app does. Meanwhile it samples main's event-loop delay: how long a click or an IPC message
// would wait. It also times the first search after the library changes, when the search vocabulary
// is rebuilt. The last line is machine-readable.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises'
import { Library } from '../src-main/services/library.ts'
import { QueryThread } from '../src-main/services/queries/queryThread.ts'
import { buildSyntheticLibrary } from './syntheticLibrary.ts'

const N = Number(process.env.BENCH_QUOTES ?? 1_000_000)
const QUERIES = Number(process.env.BENCH_QUERIES ?? 200)
const VERIFIES = Number(process.env.BENCH_VERIFIES ?? 50)

const ms = (ns: number) => (ns / 1e6).toFixed(1)
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]

interface Run { loopP99: number; loopMax: number; searchP95: number; verifyP95: number }

/** Runs every query through `ask`, one after another as a window would, sampling main's event loop. */
async function measure(ask: { search(q: string): Promise<unknown>; verify(c: string): Promise<unknown> }, queries: string[], claims: string[]): Promise<Run> {
  const loop = monitorEventLoopDelay({ resolution: 1 })
  loop.enable()
  await sleep(5)
  const time = async (work: () => Promise<unknown>) => {
    const started = performance.now()
    await work()
    const took = performance.now() - started
    await nextTurn() // the window's next message would be handled here
    return took
  }
  const searches: number[] = []
  for (const q of queries) searches.push(await time(() => ask.search(q)))
  const verifies: number[] = []
  for (const c of claims) verifies.push(await time(() => ask.verify(c)))
  loop.disable()
  return { loopP99: loop.percentile(99), loopMax: loop.max, searchP95: percentile(searches, 95), verifyP95: percentile(verifies, 95) }
}

const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-responsive-'))
try {
  const built = Date.now()
  const { path, queries, claims } = buildSyntheticLibrary(dir, N, QUERIES)
  console.log(`built a library of ${N.toLocaleString('en')} quotes in ${((Date.now() - built) / 1000).toFixed(1)} s`)
  const library = new Library(path)
  const thread = new QueryThread(path)
  const inPlace = { search: async (q: string) => library.search(q, { typing: true, limit: 100 }), verify: async (c: string) => library.verify(c) }
  const inWorker = { search: (q: string) => thread.run('search', q, { typing: true, limit: 100 }), verify: (c: string) => thread.run('verify', c) }

  // The first search after a change rebuilds the vocabulary of the index: time it both ways.
  const firstLoop = monitorEventLoopDelay({ resolution: 1 })
  firstLoop.enable()
  await sleep(5) // let the sampling timer start before the work
  let started = performance.now()
  await inPlace.search('warm up')
  const firstInPlace = performance.now() - started
  await sleep(5) // the sampling timer fires late once the thread is free: that delay is the measure
  firstLoop.disable()
  const firstLoopMaxInPlace = firstLoop.max
  const workerLoop = monitorEventLoopDelay({ resolution: 1 })
  workerLoop.enable()
  await sleep(5)
  started = performance.now()
  await inWorker.search('warm up')
  const firstInWorker = performance.now() - started
  await sleep(5)
  workerLoop.disable()
  console.log(`first search (vocabulary built): in place ${firstInPlace.toFixed(0)} ms, main held up ${ms(firstLoopMaxInPlace)} ms; in the worker ${firstInWorker.toFixed(0)} ms, main held up ${ms(workerLoop.max)} ms`)

  const a = await measure(inPlace, queries, claims.slice(0, VERIFIES))
  const b = await measure(inWorker, queries, claims.slice(0, VERIFIES))
  for (const [name, r] of [['in place (main thread)', a], ['query worker', b]] as const) {
    console.log(`${name.padEnd(24)} search p95 ${r.searchP95.toFixed(1)} ms, verify p95 ${r.verifyP95.toFixed(1)} ms; main event loop delay p99 ${ms(r.loopP99)} ms, max ${ms(r.loopMax)} ms`)
  }
  console.log(
    `n=${N} searches=${queries.length} verifies=${Math.min(VERIFIES, claims.length)} workerLoopP99Ms=${ms(b.loopP99)} workerLoopMaxMs=${ms(b.loopMax)} ` +
      `inPlaceLoopP99Ms=${ms(a.loopP99)} inPlaceLoopMaxMs=${ms(a.loopMax)} workerSearchP95Ms=${b.searchP95.toFixed(1)} workerVerifyP95Ms=${b.verifyP95.toFixed(1)} ` +
      `firstSearchMainBlockedMs=${ms(workerLoop.max)} firstSearchInPlaceBlockedMs=${ms(firstLoopMaxInPlace)}`,
  )
  await thread.close()
  library.close()
} finally {
  rmSync(dir, { recursive: true, force: true })
}
