// npm run bench:import — imports a generated corpus of 10,000 ≈5 KB articles into a fresh library
// and prints the rate and peak memory. Last line is machine-readable.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Library } from '../src-main/services/library.ts'
import { SyntheticCorpus } from './syntheticCorpus.ts'

const count = Number(process.env.BENCH_ARTICLES ?? 10_000)
const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-import-'))
try {
  const corpus = new SyntheticCorpus({ seed: 42, articleChars: 5000 })
  let bytes = 0
  for (let i = 0; i < count; i++) {
    const folder = join(dir, 'articles', String(Math.floor(i / 1000)))
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true })
    const text = corpus.article(i)
    bytes += Buffer.byteLength(text)
    writeFileSync(join(folder, `article-${i}.txt`), text)
  }
  console.log(`generated ${count} articles, ${(bytes / count / 1024).toFixed(1)} KB on average`)

  const library = new Library(join(dir, 'library.sqlite'))
  const started = process.hrtime.bigint()
  const summary = library.import([join(dir, 'articles')])
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  library.close()
  if (summary.failed) console.log(`failed: ${summary.failed} (first: ${summary.failures[0]?.path}: ${summary.failures[0]?.message})`)
  const rate = summary.added / seconds
  const peakRssMb = process.resourceUsage().maxRSS / 1024
  console.log(`imported ${summary.added} articles in ${seconds.toFixed(2)} s (${summary.quotes} quotes)`)
  console.log(`articles=${summary.added} articlesPerSec=${rate.toFixed(0)} quotes=${summary.quotes} peakRssMb=${peakRssMb.toFixed(0)}`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
