// npm run fuzz — feeds every reader (txt, md, html, pdf, docx, odt, epub, feed, eml) FUZZ_COUNT
// (default 10,000) mutated and random inputs and prints, per reader: inputs, crashes (anything thrown
// other than ReadError), hangs (a call over FUZZ_BUDGET_MS, default 2,000 ms) and peak memory. Exits
// 1 on any crash or hang, saving each such input under FUZZ_OUT (default: a folder in the temp dir).
//
// strayRejections counts promises a library rejected after its read had already answered (the
// app's reader worker ignores those); they are printed, not failures.
//
// Inputs come from a seeded PRNG (FUZZ_SEED), so a run can be repeated: mutations of valid generated
// samples (bit flips, truncation, splicing, repeated chunks, random bytes written over or inserted,
// markup tokens), structure-aware mutations inside the zip formats (an entry mutated, then re-zipped),
// and purely random bytes. Readers run in worker threads; one that overruns is terminated and replaced.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { unzipSync, zipSync } from 'fflate'
import { rng } from './syntheticCorpus.ts'
import {
  articleDocx, articleOdt, articlePdf, SAMPLE, sampleAtom, sampleEml, sampleEpub, samplePdf, sampleRss, scannedPdf, type SampleArticle,
} from './sampleDocs.ts'

const COUNT = Number(process.env.FUZZ_COUNT ?? 10_000)
const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 2000)
const SEED = Number(process.env.FUZZ_SEED ?? 1)
const MAX_INPUT = 512 * 1024
const READERS = (process.env.FUZZ_READERS ?? 'txt,md,html,pdf,docx,odt,epub,feed,eml').split(',')
const WORKERS = Math.max(1, Math.min(Number(process.env.FUZZ_WORKERS ?? availableParallelism()), 8))

const enc = new TextEncoder()
const EXT: Record<string, string> = { txt: 'txt', md: 'md', html: 'html', pdf: 'pdf', docx: 'docx', odt: 'odt', epub: 'epub', feed: 'rss', eml: 'eml' }
const ZIPPED = new Set(['docx', 'odt', 'epub'])

const OTHER: SampleArticle = {
  headline: 'Council "backs" ferry plan — «finally»',
  paragraphs: [
    'SEOUL, Nov. 2 (Yonhap) -- "We\'re ready," said the minister, who spoke on condition of anonymity.',
    '‘It is done,’ she added. “Quotes ‘nested’ here,” he said: "and there".',
    '(END)',
  ],
}

async function seedsFor(reader: string): Promise<Uint8Array[]> {
  switch (reader) {
    case 'txt':
      return [SAMPLE, OTHER].map((a) => enc.encode([a.headline, ...a.paragraphs].join('\n\n') + '\n'))
    case 'md':
      return [enc.encode(`---\ntitle: ${SAMPLE.headline}\ndate: 2024-03-02\n---\n# ${SAMPLE.headline}\n\n${SAMPLE.paragraphs.join('\n\n')}\n\n[x]: https://example.org\n> "quoted," she said\n- item *em* **strong** \`code\`\n`)]
    case 'html':
      return [enc.encode(`<!DOCTYPE html><html><head><title>${SAMPLE.headline}</title><meta property="article:published_time" content="2024-03-02"><meta charset="utf-8"></head><body><nav><a href="/">Home</a></nav><article><h1>${SAMPLE.headline}</h1><p class="byline">By Jane Doe</p>${SAMPLE.paragraphs.map((p) => `<p>${p}</p>`).join('')}<figure><img src="x.jpg" onerror="alert(1)"><figcaption>A bridge</figcaption></figure></article><footer>© 2024 Riverton Daily</footer><script>alert(1)</script></body></html>`)]
    case 'pdf':
      return [articlePdf(SAMPLE), samplePdf([['One line.'], ['"Two," he said.', '', 'Three.']], { title: 'T', author: 'A' }), scannedPdf()]
    case 'docx':
      return [await articleDocx(SAMPLE), await articleDocx(OTHER)]
    case 'odt':
      return [articleOdt(SAMPLE), articleOdt(OTHER)]
    case 'epub':
      return [sampleEpub({ title: 'Book', author: 'A', publisher: 'P', date: '2020-01-01', chapters: [SAMPLE, OTHER] })]
    case 'feed':
      return [
        enc.encode(sampleRss('Daily', [{ ...SAMPLE, link: 'https://e.org/1' }, { ...OTHER, link: 'https://e.org/2' }])),
        enc.encode(sampleAtom('Daily', [{ ...SAMPLE, link: 'https://e.org/1' }, { ...OTHER, link: 'https://e.org/2' }])),
      ]
    case 'eml':
      return [enc.encode(sampleEml(SAMPLE)), enc.encode(sampleEml(OTHER, { html: true }))]
    default:
      throw new Error(`unknown reader ${reader}`)
  }
}

const TOKENS = ['<', '>', '</', '<p>', '<div>', '"', '“', '«', '&amp;', '&#0;', '&#xD800;', '<![CDATA[', ']]>', '<!--', '<!DOCTYPE x [<!ENTITY a "b">]>',
  '(', ')', '\\', 'obj', 'endobj', 'stream', 'endstream', '/Length 999999', 'xref', 'trailer', '%%EOF', '<<', '>>', '/Type /Page', 'Tj', 'BT', 'ET',
  '\r\n', '\n\n', '--', '=?utf-8?B?', '=?x?Q?', 'Content-Type: multipart/mixed; boundary=x\r\n', '--x\r\n', 'base64', '\u0000', '\uFFFF', '\u202E', '\uFEFF', '---\n', '#', '**', '`']
  .map((t) => enc.encode(t))

class Mutator {
  private readonly random: () => number
  constructor(seed: number) {
    this.random = rng(seed)
  }
  int(n: number): number {
    return Math.floor(this.random() * n)
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]
  }
  randomBytes(n: number): Uint8Array {
    const out = new Uint8Array(n)
    for (let i = 0; i < n; i++) out[i] = this.int(256)
    return out
  }

  mutate(input: Uint8Array, seeds: Uint8Array[]): Uint8Array {
    let b = input
    const rounds = 1 + this.int(4)
    for (let r = 0; r < rounds; r++) b = this.once(b, seeds)
    return b.length > MAX_INPUT ? b.subarray(0, MAX_INPUT) : b
  }

  private once(b: Uint8Array, seeds: Uint8Array[]): Uint8Array {
    const at = (max = b.length) => this.int(max + 1)
    switch (this.int(8)) {
      case 0: { // bit flips
        const out = b.slice()
        const flips = 1 + this.int(8)
        for (let i = 0; i < flips && out.length; i++) out[this.int(out.length)] ^= 1 << this.int(8)
        return out
      }
      case 1: // truncation
        return b.subarray(0, at())
      case 2: { // splice with another seed
        const other = this.pick(seeds)
        const i = at()
        const j = this.int(other.length + 1)
        return concat(b.subarray(0, i), other.subarray(j))
      }
      case 3: { // a chunk repeated
        const i = at()
        const len = 1 + this.int(Math.min(256, Math.max(1, b.length - i)))
        const chunk = b.subarray(i, i + len)
        const times = 2 + this.int(this.random() < 0.2 ? 2000 : 50)
        const parts: Uint8Array[] = [b.subarray(0, i)]
        for (let t = 0; t < times; t++) parts.push(chunk)
        parts.push(b.subarray(i))
        return concat(...parts)
      }
      case 4: { // random bytes written over
        const out = b.slice()
        const i = at(Math.max(0, out.length - 1))
        out.set(this.randomBytes(Math.min(1 + this.int(64), out.length - i)), i)
        return out
      }
      case 5: { // random bytes inserted
        const i = at()
        return concat(b.subarray(0, i), this.randomBytes(1 + this.int(64)), b.subarray(i))
      }
      case 6: { // a markup or syntax token inserted
        const i = at()
        return concat(b.subarray(0, i), this.pick(TOKENS), b.subarray(i))
      }
      default: { // a stretch deleted
        const i = at()
        return concat(b.subarray(0, i), b.subarray(Math.min(b.length, i + 1 + this.int(128))))
      }
    }
  }

  /** Zip formats: mutate one entry's bytes and zip again, so the reader gets past the container. */
  mutateInside(zip: Uint8Array, seeds: Uint8Array[]): Uint8Array {
    const files: Record<string, Uint8Array> = unzipSync(zip)
    const names = Object.keys(files)
    const name = this.pick(names)
    const roll = this.int(10)
    if (roll === 0) delete files[name]
    else if (roll === 1) files[this.pick(['word/document.xml', 'content.xml', 'META-INF/container.xml', 'OEBPS/content.opf', name])] = this.randomBytes(this.int(512))
    else files[name] = this.mutate(files[name], [files[name]])
    return zipSync(files, { level: this.random() < 0.5 ? 0 : 6 })
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  let n = 0
  for (const p of parts) n += p.length
  const out = new Uint8Array(Math.min(n, MAX_INPUT * 2))
  let o = 0
  for (const p of parts) {
    if (o >= out.length) break
    const take = p.subarray(0, out.length - o)
    out.set(take, o)
    o += take.length
  }
  return out
}

interface Stats {
  inputs: number
  ok: number
  readErrors: number
  crashes: number
  hangs: number
  peakHeap: number
  peakRss: number
  started: number
  ms: number
  firstCrash: string | null
  strays: number
  firstStray: string | null
}

interface Job {
  id: number
  reader: string
  bytes: Uint8Array
}

function makeInputs(reader: string, seeds: Uint8Array[], count: number, seed: number): () => Job | null {
  const m = new Mutator(seed)
  let i = 0
  return () => {
    if (i >= count) return null
    const id = i++
    let bytes: Uint8Array
    const roll = id % 20
    if (roll === 0) bytes = m.randomBytes(m.int(4096)) // pure noise
    else if (roll === 1) bytes = m.pick(seeds) // the valid samples themselves
    else if (ZIPPED.has(reader) && roll < 12) {
      try {
        bytes = m.mutateInside(m.pick(seeds), seeds)
      } catch {
        bytes = m.mutate(m.pick(seeds), seeds)
      }
    } else bytes = m.mutate(m.pick(seeds), seeds)
    return { id, reader, bytes }
  }
}

class Runner {
  private worker!: Worker
  private current: { job: Job; timer: NodeJS.Timeout; resolve: () => void; started: number } | null = null
  private readonly onResult: (job: Job, outcome: string, message: string, heap: number, rss: number, ms: number) => void
  private readonly onStray: (message: string) => void
  constructor(onResult: (job: Job, outcome: string, message: string, heap: number, rss: number, ms: number) => void, onStray: (message: string) => void) {
    this.onResult = onResult
    this.onStray = onStray
    this.spawn()
  }

  private spawn(): void {
    this.worker = new Worker(new URL('./fuzzWorker.ts', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 768 } })
    this.worker.on('message', (msg: { id: number; outcome: string; message: string; heapUsed: number; rss: number }) => {
      if (msg.outcome === 'stray') {
        this.onStray(msg.message)
        return
      }
      const cur = this.current
      if (!cur) return
      if (msg.id !== cur.job.id) return
      clearTimeout(cur.timer)
      this.current = null
      this.onResult(cur.job, msg.outcome, msg.message, msg.heapUsed, msg.rss, Date.now() - cur.started)
      cur.resolve()
    })
    this.worker.on('error', (error) => {
      const cur = this.current
      this.current = null
      if (cur) {
        clearTimeout(cur.timer)
        this.onResult(cur.job, 'crash', `worker died: ${error?.message ?? error}`, 0, 0, Date.now() - cur.started)
      }
      this.spawn()
      cur?.resolve()
    })
  }

  async warm(fileName: string, bytes: Uint8Array): Promise<void> {
    // Loads the reader's libraries before the clock matters.
    await new Promise<void>((resolve) => {
      const w = this.worker
      const done = () => {
        w.off('message', done)
        resolve()
      }
      w.on('message', done)
      w.postMessage({ id: -2, bytes, fileName })
    })
  }

  run(job: Job): Promise<void> {
    return new Promise((resolve) => {
      const started = Date.now()
      const timer = setTimeout(() => {
        const cur = this.current
        this.current = null
        const old = this.worker
        old.removeAllListeners('message')
        old.removeAllListeners('error')
        old.on('error', () => {})
        void old.terminate()
        this.onResult(job, 'hang', `over ${BUDGET_MS} ms`, 0, 0, Date.now() - started)
        this.spawn()
        void this.warm('warm.txt', enc.encode('Warm up\n\n"Yes," he said.\n')).then(() => cur?.resolve())
      }, BUDGET_MS)
      this.current = { job, timer, resolve, started }
      this.worker.postMessage({ id: job.id, bytes: job.bytes, fileName: `fuzz-${job.id}.${EXT[job.reader]}` })
    })
  }

  stop(): Promise<number> {
    return this.worker.terminate()
  }
}

async function main(): Promise<void> {
  const out = process.env.FUZZ_OUT ?? mkdtempSync(join(tmpdir(), 'verbatim-fuzz-'))
  const stats = new Map<string, Stats>()
  let saved = 0
  const onResult = (job: Job, outcome: string, message: string, heap: number, rss: number, ms: number) => {
    const s = stats.get(job.reader)!
    s.inputs++
    s.ms = Math.max(s.ms, ms)
    if (heap > s.peakHeap) s.peakHeap = heap
    if (rss > s.peakRss) s.peakRss = rss
    if (ms > BUDGET_MS / 2 && outcome !== 'hang' && saved < 200) {
      // Not a failure, but the next thing to look at: kept beside the failures.
      mkdirSync(out, { recursive: true })
      writeFileSync(join(out, `${job.reader}-slow-${ms}ms-${job.id}.${EXT[job.reader]}`), job.bytes)
      saved++
    }
    if (outcome === 'ok') s.ok++
    else if (outcome === 'read-error') s.readErrors++
    else {
      if (outcome === 'hang') s.hangs++
      else s.crashes++
      s.firstCrash ??= `${outcome}: ${message.split('\n').slice(0, 4).join(' | ')}`
      if (saved < 200) {
        mkdirSync(out, { recursive: true })
        writeFileSync(join(out, `${job.reader}-${outcome}-${job.id}.${EXT[job.reader]}`), job.bytes)
        saved++
      }
    }
  }
  let currentReader = ''
  const onStray = (message: string) => {
    const s = stats.get(currentReader)
    if (!s) return
    s.strays++
    s.firstStray ??= message.split('\n').slice(0, 3).join(' | ')
  }
  const runners = Array.from({ length: WORKERS }, () => new Runner(onResult, onStray))
  console.log(`fuzz: ${COUNT} inputs per reader, ${BUDGET_MS} ms budget each, seed ${SEED}, ${WORKERS} workers`)
  let anyBad = false
  for (const [r, reader] of READERS.entries()) {
    const seeds = await seedsFor(reader)
    currentReader = reader
    stats.set(reader, { inputs: 0, ok: 0, readErrors: 0, crashes: 0, hangs: 0, peakHeap: 0, peakRss: 0, started: Date.now(), ms: 0, firstCrash: null, strays: 0, firstStray: null })
    await Promise.all(runners.map((w) => w.warm(`warm.${EXT[reader]}`, seeds[0])))
    const next = makeInputs(reader, seeds, COUNT, SEED * 1000 + r)
    await Promise.all(runners.map(async (w) => {
      for (let job = next(); job; job = next()) await w.run(job)
    }))
    const s = stats.get(reader)!
    const secs = (Date.now() - s.started) / 1000
    console.log(
      `reader=${reader} inputs=${s.inputs} crashes=${s.crashes} hangs=${s.hangs} ok=${s.ok} readErrors=${s.readErrors} ` +
        `strayRejections=${s.strays} slowestMs=${s.ms} peakHeapMb=${(s.peakHeap / 1048576).toFixed(0)} peakRssMb=${(s.peakRss / 1048576).toFixed(0)} secs=${secs.toFixed(1)}`,
    )
    if (s.firstCrash) console.log(`  first: ${s.firstCrash}`)
    if (s.firstStray) console.log(`  stray rejection (after the read had answered): ${s.firstStray}`)
    if (s.crashes || s.hangs) anyBad = true
  }
  await Promise.all(runners.map((w) => w.stop()))
  const total = [...stats.values()].reduce((a, s) => ({ inputs: a.inputs + s.inputs, crashes: a.crashes + s.crashes, hangs: a.hangs + s.hangs }), { inputs: 0, crashes: 0, hangs: 0 })
  const peakRssMb = process.resourceUsage().maxRSS / 1024
  if (anyBad) console.log(`inputs that crashed or hung are saved in ${out}`)
  console.log(`fuzz inputs=${total.inputs} crashes=${total.crashes} hangs=${total.hangs} peakRssMb=${peakRssMb.toFixed(0)}`)
  process.exitCode = anyBad ? 1 : 0
}

await main()
