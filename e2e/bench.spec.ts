// npm run bench:ui — the Quotes view on a library of 100,000 generated quotes: time from the last
// keystroke to rendered results (p95; target ≤ 100 ms), and time to first render of the Library
// view. Runs in Chromium over the real services, like every e2e spec; prints its figures.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ArticlesTable } from '../src-main/store/articles.ts'
import { openLibrary } from '../src-main/store/open.ts'
import type { Quote } from '../src-main/shared/model.ts'
import { createTestApp } from '../src-main/testApp.ts'
import { rng, SyntheticCorpus } from '../scripts/syntheticCorpus.ts'
import { APP_URL, connect, expect, serveApp, test } from './harness.ts'

const N = Number(process.env.BENCH_UI_QUOTES ?? 100_000)
const QUERIES = Number(process.env.BENCH_UI_QUERIES ?? 40)
const PER_ARTICLE = 100
const TARGET_MS = 100

test.setTimeout(15 * 60_000)

function buildLibrary(dir: string): string[] {
  const random = rng(11)
  const corpus = new SyntheticCorpus({ seed: 5, vocabularySize: 40_000 })
  const db = openLibrary(join(dir, 'library.sqlite'))
  const table = new ArticlesTable(db)
  const texts: string[] = []
  let made = 0
  for (let article = 0; made < N; article++) {
    let text = `Generated article ${article}\n`
    const quotes: Quote[] = []
    for (let k = 0; k < PER_ARTICLE && made < N; k++, made++) {
      const words = corpus.words(6 + Math.floor(random() * 24))
      const q = words[0].toUpperCase() + words.slice(1)
      texts.push(q)
      text += '"'
      quotes.push({ start: text.length, end: text.length + q.length, text: q, kind: 'full', rule: 'double-quotes',
        attribution: { speaker: k % 5, mention: null, rule: 'bench', confidence: 0.9 } })
      text += `${q}," an official said.\n`
    }
    table.insert({
      sha256: `bench-ui-${article}`,
      source: `generated://${article}`,
      read: { text, format: 'txt', encoding: 'utf-8', dropped: [], meta: { headline: `Generated article ${article}`, byline: null, outlet: 'Wire', dateline: null, date: `20${10 + (article % 15)}-0${1 + (article % 9)}-1${article % 10}`, dateRule: 'bench' } },
      analyzed: { quotes, speakers: Array.from({ length: 5 }, (_, s) => ({ name: `Speaker ${(article * 5 + s) % 500}`, isDescriptor: false, names: [], title: null })) },
    })
  }
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
  // Queries a reporter would type: three words from a quote, the longest one misspelled.
  const pick = rng(3)
  return Array.from({ length: QUERIES }, () => {
    const words = texts[Math.floor(pick() * texts.length)].toLowerCase().split(' ').filter((w) => w.length > 3)
    const chosen = words.slice(0, 3)
    const longest = chosen.reduce((a, b) => (b.length > a.length ? b : a), '')
    return chosen.map((w) => (w === longest && w.length > 5 ? w.slice(0, 2) + w[3] + w[2] + w.slice(4) : w)).join(' ')
  })
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]

test('bench:ui — search as you type on 100,000 quotes, and the first render of the Library', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-ui-'))
  const started = Date.now()
  const queries = buildLibrary(dir)
  console.log(`bench:ui built a library of ${N.toLocaleString('en')} quotes in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  const app = createTestApp({ dir, seedDemo: false })
  try {
    const sandbox = { outside: [], errors: [], cspViolations: [] }
    await serveApp(page, sandbox)
    await connect(page, app)
    // The moment the first article row appears, measured from the start of navigation.
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (document.querySelector('[role=option][id^="article-"]')) {
          ;(window as unknown as { __firstRender: number }).__firstRender = performance.now()
          observer.disconnect()
        }
      })
      observer.observe(document, { childList: true, subtree: true })
    })
    await page.goto(APP_URL)
    await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first()).toBeVisible()
    const firstRender = await page.evaluate(() => (window as unknown as { __firstRender: number }).__firstRender)

    await page.getByRole('link', { name: /^Quotes/ }).click()
    const field = page.getByRole('searchbox', { name: 'Search quotes' })
    // Warm-up: the first search loads the vocabulary into memory.
    await field.fill('warm up')
    await expect(page.locator('.status')).toContainText('for “warm up”', { timeout: 60_000 })

    const times: number[] = []
    for (const query of queries) {
      await field.fill('')
      // Time from the last keydown to the frame after results for the whole query are in the DOM.
      const measured = page.evaluate(
        (q) =>
          new Promise<number>((resolve) => {
            let last = 0
            const onKey = () => (last = performance.now())
            document.addEventListener('keydown', onKey, true)
            const observer = new MutationObserver(() => {
              const status = document.querySelector('.status')?.textContent ?? ''
              if (status.includes(`for “${q}”`)) {
                observer.disconnect()
                requestAnimationFrame(() => {
                  document.removeEventListener('keydown', onKey, true)
                  resolve(performance.now() - last)
                })
              }
            })
            observer.observe(document.body, { childList: true, subtree: true, characterData: true })
          }),
        query,
      )
      await field.pressSequentially(query, { delay: 35 })
      times.push(await measured)
    }
    const p95 = percentile(times, 95)
    console.log(`bench:ui search: last keystroke → rendered results p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms over ${times.length} queries on ${N.toLocaleString('en')} quotes (target p95 ≤ ${TARGET_MS} ms: ${p95 <= TARGET_MS ? 'met' : 'NOT met'})`)
    console.log(`bench:ui library: first render of the Library view ${firstRender.toFixed(0)} ms after navigation start (${Math.ceil(N / PER_ARTICLE).toLocaleString('en')} articles)`)
  } finally {
    await app.close()
  }
})
