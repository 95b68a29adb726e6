// npm run bench:search — builds a library of 1,000,000 generated quotes (Zipf word frequencies,
// realistic lengths) with planted targets, then measures search latency and recall for exact-phrase,
// typo, variant and prefix queries, and the same for fuse.js alone over a subset.
// The last line is machine-readable.
import Fuse from 'fuse.js'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ArticlesTable } from '../src-main/store/articles.ts'
import { openLibrary } from '../src-main/store/open.ts'
import { QuoteSearch } from '../src-main/services/search/quoteSearch.ts'
import { words as foldWords } from '../src-main/services/search/normalize.ts'
import type { Quote } from '../src-main/shared/model.ts'
import { rng, SyntheticCorpus } from './syntheticCorpus.ts'

const N = Number(process.env.BENCH_QUOTES ?? 1_000_000)
const FUSE_N = Math.min(N, Number(process.env.BENCH_FUSE_QUOTES ?? 100_000))
const PER_TYPE = Number(process.env.BENCH_QUERIES ?? 100)
const FUSE_PER_TYPE = Number(process.env.BENCH_FUSE_QUERIES ?? 10)
const TOP = 10
const QUOTES_PER_ARTICLE = 100

// Real spelling pairs (British/American, optional e, accents) planted into target quotes; the
// query uses the other spelling.
const VARIANTS: [string, string][] = [
  ['unshakeable', 'unshakable'], ['judgement', 'judgment'], ['honour', 'honor'], ['organise', 'organize'],
  ['defence', 'defense'], ['travelled', 'traveled'], ['programme', 'program'], ['centre', 'center'],
  ['catalogue', 'catalog'], ['aluminium', 'aluminum'], ['colour', 'color'], ['analyse', 'analyze'],
  ['licence', 'license'], ['sceptical', 'skeptical'], ['café', 'cafe'], ['naïve', 'naive'], ['ageing', 'aging'],
  ['acknowledgement', 'acknowledgment'], ['favourite', 'favorite'], ['modelling', 'modeling'],
]

type Kind = 'exact-phrase' | 'typo' | 'variant' | 'prefix'
interface Target { kind: Kind; id: number; query: string; typing: boolean }

const random = rng(2024)
const corpus = new SyntheticCorpus({ seed: 99, vocabularySize: 60_000 })
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]

function quoteText(): string {
  // Quote lengths in news run from a few words to a long paragraph: mostly 8–40 words.
  const n = 4 + Math.floor(-Math.log(1 - random()) * 16)
  const s = corpus.words(Math.min(n, 90))
  return s[0].toUpperCase() + s.slice(1)
}

function typo(word: string): string {
  const i = 1 + Math.floor(random() * (word.length - 2))
  switch (Math.floor(random() * 4)) {
    case 0: return word.slice(0, i) + word.slice(i + 1) // deletion
    case 1: return word.slice(0, i) + word[i] + word.slice(i) // doubled letter
    case 2: return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) // transposition
    default: return word.slice(0, i) + (word[i] === 'e' ? 'a' : 'e') + word.slice(i + 1) // substitution
  }
}

const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-search-'))
try {
  // BENCH_KEEP=FILE keeps the generated library there and reuses it on the next run (for tuning).
  const kept = process.env.BENCH_KEEP
  const reuse = !!kept && existsSync(kept)
  const dbFile = kept ?? join(dir, 'library.sqlite')
  const db = openLibrary(dbFile)
  const table = new ArticlesTable(db)
  const texts: string[] = new Array(N)
  const targetIds = new Set<number>()
  while (targetIds.size < PER_TYPE * 4) targetIds.add(1 + Math.floor(random() * FUSE_N))

  console.log(`building a library of ${N.toLocaleString('en')} quotes…`)
  const started = process.hrtime.bigint()
  let id = 0
  const variantOf = new Map<number, [string, string]>()
  for (let article = 0; id < N; article++) {
    let text = `Generated article ${article}\n`
    const quotes: Quote[] = []
    for (let k = 0; k < QUOTES_PER_ARTICLE && id < N; k++) {
      id++
      let q = quoteText()
      if (targetIds.has(id) && variantOf.size < PER_TYPE && random() < 0.5) {
        const pair = pick(VARIANTS)
        const ws = q.split(' ')
        ws.splice(1 + Math.floor(random() * (ws.length - 1)), 0, pair[0])
        q = ws.join(' ')
        variantOf.set(id, pair)
      }
      texts[id - 1] = q
      text += '"'
      quotes.push({
        start: text.length, end: text.length + q.length, text: q, kind: 'full', rule: 'double-quotes',
        attribution: { speaker: k % 5, mention: null, rule: 'bench', confidence: 0.9 },
      })
      text += `${q}," someone said.\n`
    }
    const outlet = pick(['Yonhap', 'AP', 'Reuters'])
    if (!reuse) table.insert({
      sha256: `bench-${article}`,
      source: `generated://${article}`,
      read: { text, format: 'txt', encoding: 'utf-8', dropped: [], meta: { headline: `Generated article ${article}`, byline: null, outlet, dateline: null, date: `20${10 + (article % 15)}-0${1 + (article % 9)}-1${article % 10}`, dateRule: 'bench' } },
      analyzed: { quotes, speakers: Array.from({ length: 5 }, (_, s) => ({ name: `Speaker ${(article * 5 + s) % 2000}`, isDescriptor: false, names: [], title: null })) },
    })
  }
  const buildSeconds = Number(process.hrtime.bigint() - started) / 1e9
  db.pragma('wal_checkpoint(TRUNCATE)')
  const sizeMb = statSync(dbFile).size / 1024 / 1024
  console.log(`index build: ${buildSeconds.toFixed(1)} s for ${N.toLocaleString('en')} quotes; database ${sizeMb.toFixed(0)} MB`)

  // Queries: distinctive words of the target quote (the words a reporter remembers).
  const docFreq = new Map<string, number>()
  for (const row of db.prepare<[], { term: string; doc: number }>('SELECT term, doc FROM quotes_vocab').iterate()) docFreq.set(row.term, row.doc)
  const distinctive = (text: string) => {
    const ws = foldWords(text)
    let best = 0
    let bestScore = Infinity
    for (let i = 0; i + 4 <= ws.length; i++) {
      const score = ws.slice(i, i + 4).reduce((s, w) => s + Math.log(1 + (docFreq.get(w) ?? 1)), 0)
      if (score < bestScore) (best = i), (bestScore = score)
    }
    return ws.slice(best, best + 4)
  }
  const targets: Target[] = []
  const ids = [...targetIds]
  for (const [tid, pair] of variantOf) targets.push({ kind: 'variant', id: tid, query: `${pair[1]} ${distinctive(texts[tid - 1]).filter((w) => w !== pair[0]).slice(0, 2).join(' ')}`, typing: false })
  const rest = ids.filter((i) => !variantOf.has(i))
  for (const kind of ['exact-phrase', 'typo', 'prefix'] as const) {
    for (const tid of rest.splice(0, PER_TYPE)) {
      const ws = distinctive(texts[tid - 1])
      if (kind === 'exact-phrase') targets.push({ kind, id: tid, query: `"${ws.join(' ')}"`, typing: false })
      else if (kind === 'typo') {
        const longest = ws.reduce((a, b) => (b.length > a.length ? b : a))
        targets.push({ kind, id: tid, query: ws.map((w) => (w === longest && w.length >= 5 ? typo(w) : w)).join(' '), typing: false })
      } else {
        const last = ws[ws.length - 1]
        targets.push({ kind, id: tid, query: `${ws.slice(0, -1).join(' ')} ${last.slice(0, Math.max(3, Math.ceil(last.length / 2)))}`, typing: true })
      }
    }
  }

  const percentile = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b)
    return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]
  }
  const search = new QuoteSearch(db)
  const vocabStart = process.hrtime.bigint()
  search.search('warm up')
  console.log(`vocabulary load: ${(Number(process.hrtime.bigint() - vocabStart) / 1e6).toFixed(0)} ms (${docFreq.size.toLocaleString('en')} terms, once per library change)`)
  const all: number[] = []
  let found = 0
  for (const kind of ['exact-phrase', 'typo', 'variant', 'prefix'] as const) {
    const times: number[] = []
    let hits = 0
    const mine = targets.filter((t) => t.kind === kind)
    for (const t of mine) {
      const t0 = process.hrtime.bigint()
      const result = search.search(t.query, { limit: TOP, typing: t.typing })
      times.push(Number(process.hrtime.bigint() - t0) / 1e6)
      if (process.env.BENCH_DEBUG && times.at(-1)! > 20) console.log(`  slow ${times.at(-1)!.toFixed(1)} ms ${t.kind} ${JSON.stringify(t.query)}`)
      if (result.hits.some((h) => h.quote.id === t.id)) hits++
      else if (process.env.BENCH_DEBUG) console.log(`  missed ${t.kind} ${JSON.stringify(t.query)} → #${t.id}: ${texts[t.id - 1]}`)
    }
    all.push(...times)
    found += hits
    console.log(`${kind.padEnd(12)} n=${mine.length} p50=${percentile(times, 50).toFixed(1)} ms p95=${percentile(times, 95).toFixed(1)} ms recall@${TOP}=${(hits / mine.length).toFixed(3)}  e.g. ${mine[0]?.query}`)
  }
  const p50 = percentile(all, 50)
  const p95 = percentile(all, 95)
  const recall = found / targets.length
  console.log(`all          n=${targets.length} p50=${p50.toFixed(1)} ms p95=${p95.toFixed(1)} ms recall@${TOP}=${recall.toFixed(3)}`)
  db.close()

  // fuse.js alone, default options, over the first FUSE_N quotes (every target is among them).
  const fuse = new Fuse(texts.slice(0, FUSE_N), { includeScore: true })
  const fuseTimes: number[] = []
  let fuseFound = 0
  const fuseTargets = (['exact-phrase', 'typo', 'variant', 'prefix'] as const).flatMap((k) => targets.filter((t) => t.kind === k).slice(0, FUSE_PER_TYPE))
  for (const t of fuseTargets) {
    const t0 = process.hrtime.bigint()
    const result = fuse.search(t.query.replace(/"/g, ''), { limit: TOP })
    fuseTimes.push(Number(process.hrtime.bigint() - t0) / 1e6)
    if (result.some((r) => r.refIndex === t.id - 1)) fuseFound++
  }
  const fuseP95 = percentile(fuseTimes, 95)
  const fuseRecall = fuseFound / fuseTargets.length
  console.log(`fuse.js alone over ${FUSE_N.toLocaleString('en')} quotes, ${fuseTargets.length} queries: p50=${percentile(fuseTimes, 50).toFixed(0)} ms p95=${fuseP95.toFixed(0)} ms recall@${TOP}=${fuseRecall.toFixed(3)}; Verbatim at ${N.toLocaleString('en')} quotes is ${(fuseP95 / p95).toFixed(0)}× faster at p95`)
  const peakRssMb = process.resourceUsage().maxRSS / 1024
  console.log(`n=${N} p50Ms=${p50.toFixed(1)} p95Ms=${p95.toFixed(1)} recall=${recall.toFixed(3)} fuseN=${FUSE_N} fuseP95Ms=${fuseP95.toFixed(0)} fuseRecall=${fuseRecall.toFixed(3)} peakRssMb=${peakRssMb.toFixed(0)}`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
