// The two demo seeds: every hand-checked quote of gold.json is found with the gold speaker, on the raw
// page text and on the cleaned text the importer stores (boilerplate lines dropped, headline first).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeText } from './analyze.ts'
import type { AnalyzedText } from '../shared/model.ts'

interface GoldQuote { text: string; speaker: string; mention: string; kind: string }
interface GoldArticle { file: string; headline: string; quotes: GoldQuote[]; not_quotes: string[] }

const repo = join(import.meta.dirname, '..', '..')
const gold = JSON.parse(readFileSync(join(repo, 'seeds', 'gold.json'), 'utf8')) as { articles: GoldArticle[] }

const BOILERPLATE = /^(?:Back To Top|MOST POPULAR|LATEST NEWS|subscribe|\(END\)|\(C\) Yonhap.*|By .+|!\[.*|\|.*)$/

function cleaned(raw: string, headline: string): string {
  const lines = raw.split('\n').map((l) => l.trim())
  const start = lines.indexOf(headline)
  return lines.slice(start)
    .filter((l) => l.length > 0 && !BOILERPLATE.test(l) && /[A-Za-z]/.test(l))
    .join('\n')
}

function counted(a: AnalyzedText) {
  return a.quotes.filter((q) => q.kind !== 'candidate')
}

for (const article of gold.articles) {
  const raw = readFileSync(join(repo, 'seeds', article.file), 'utf8')
  for (const [variant, text] of [['raw', raw], ['cleaned', cleaned(raw, article.headline)]] as const) {
    describe(`${article.file} (${variant})`, () => {
      const result = analyzeText(text)
      const quotes = counted(result)

      it('finds exactly the gold quotes, nothing from captions or navigation', () => {
        expect(quotes.map((q) => q.text)).toEqual(article.quotes.map((g) => g.text))
        for (const q of result.quotes) expect(text.slice(q.start, q.end)).toBe(q.text)
        for (const junk of article.not_quotes) expect(quotes.some((q) => q.text.includes(junk))).toBe(false)
      })

      it('gives every quote the gold speaker', () => {
        const names = quotes.map((q) => (q.attribution.speaker === null ? null : result.speakers[q.attribution.speaker].name))
        expect(names).toEqual(article.quotes.map((g) => g.speaker))
      })

      it('records the mention as written, with its offsets', () => {
        quotes.forEach((q, i) => {
          const m = q.attribution.mention
          expect(m).not.toBeNull()
          expect(text.slice(m?.start ?? 0, m?.end ?? 0)).toBe(m?.text)
          expect(m?.text).toContain(article.quotes[i].mention)
        })
      })

      it('classifies headline, fragment and full quotes', () => {
        const kinds = quotes.map((q) => q.kind)
        expect(kinds).toEqual(article.quotes.map((g) => (g.kind.startsWith('headline') ? 'headline' : g.kind)))
      })
    })
  }
}

describe('seed speakers', () => {
  it('keeps Kritenbrink as one speaker with his title and every form used', () => {
    const article = gold.articles[1]
    const result = analyzeText(readFileSync(join(repo, 'seeds', article.file), 'utf8'))
    const k = result.speakers.filter((s) => s.name === 'Daniel Kritenbrink')
    expect(k).toHaveLength(1)
    expect(k[0].title).toBe('Assistant Secretary of State for East Asian and Pacific Affairs')
    expect(k[0].names).toEqual(expect.arrayContaining(['Daniel Kritenbrink', 'Kritenbrink', 'he', 'the official', 'a senior U.S. official']))
    expect(k[0].isDescriptor).toBe(false)
  })
})
