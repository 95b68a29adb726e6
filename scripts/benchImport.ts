// npm run bench:import — first a mixed folder (HTML, PDF, DOCX and TXT articles, BENCH_MIXED of
// each, default 200) imported format by format, printing articles per second per format; then the
// main run: 10,000 generated ≈5 KB TXT articles (BENCH_ARTICLES) into a fresh library, printing the
// rate and peak memory. The last line is machine-readable and is the TXT run's.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Library } from '../src-main/services/library.ts'
import { articleDocx, articlePdf, type SampleArticle } from './sampleDocs.ts'
import { SyntheticCorpus } from './syntheticCorpus.ts'

const count = Number(process.env.BENCH_ARTICLES ?? 10_000)
const mixedEach = Number(process.env.BENCH_MIXED ?? 200)
const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-import-'))

const escapeHtml = (s: string) => s.replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`)

function split(text: string): SampleArticle {
  const [headline, ...paragraphs] = text.trim().split('\n\n')
  return { headline, paragraphs }
}

async function mixed(): Promise<void> {
  const corpus = new SyntheticCorpus({ seed: 43, articleChars: 5000 })
  const formats = ['html', 'pdf', 'docx', 'txt'] as const
  for (const format of formats) mkdirSync(join(dir, 'mixed', format), { recursive: true })
  for (let i = 0; i < mixedEach; i++) {
    for (const format of formats) {
      const text = corpus.article(i)
      const a = split(text)
      const path = join(dir, 'mixed', format, `article-${i}.${format}`)
      if (format === 'txt') writeFileSync(path, text)
      else if (format === 'html') {
        writeFileSync(path, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(a.headline)}</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${escapeHtml(a.headline)}</h1>${a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</article><footer>© 2024 Example News</footer></body></html>`)
      } else if (format === 'pdf') writeFileSync(path, articlePdf(a))
      else writeFileSync(path, await articleDocx(a))
    }
  }
  const library = new Library(join(dir, 'mixed.sqlite'))
  let added = 0
  let seconds = 0
  try {
    for (const format of formats) {
      const started = process.hrtime.bigint()
      const summary = library.import([join(dir, 'mixed', format)])
      const s = Number(process.hrtime.bigint() - started) / 1e9
      added += summary.added
      seconds += s
      if (summary.failed) console.log(`  ${format} failed: ${summary.failed} (first: ${summary.failures[0]?.path}: ${summary.failures[0]?.message})`)
      console.log(`format=${format} articles=${summary.added} articlesPerSec=${(summary.added / s).toFixed(0)} quotes=${summary.quotes}`)
    }
  } finally {
    library.close()
  }
  console.log(`mixed folder: ${added} articles in ${seconds.toFixed(2)} s (${(added / seconds).toFixed(0)} articles/s over HTML, PDF, DOCX and TXT)`)
}

try {
  if (mixedEach > 0) await mixed()

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
