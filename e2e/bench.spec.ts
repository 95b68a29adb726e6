// npm run bench:ui — the Quotes view on a library of 100,000 generated quotes: time from the last
// keystroke to rendered results (p95; target ≤ 100 ms), and time to first render of the Library
// view. Runs in Chromium over the real services, like every e2e spec; prints its figures.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createTestApp } from '../src-main/testApp.ts'
import { buildSyntheticLibrary, PER_ARTICLE } from '../scripts/syntheticLibrary.ts'
import { APP_URL, connect, expect, serveApp, test } from './harness.ts'

const N = Number(process.env.BENCH_UI_QUOTES ?? 100_000)
const QUERIES = Number(process.env.BENCH_UI_QUERIES ?? 40)
const TARGET_MS = 100

test.setTimeout(15 * 60_000)

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]

test('bench:ui — search as you type on 100,000 quotes, and the first render of the Library', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-ui-'))
  const started = Date.now()
  const { queries } = buildSyntheticLibrary(dir, N, QUERIES)
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
