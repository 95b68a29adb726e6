// A library of generated quotes for the benchmarks (bench:ui, bench:responsive): articles of 100
// quotes each from a Zipf-like vocabulary, five speakers per article, and the queries a reporter
// would type (three words from a quote, the longest one misspelled).
import { join } from 'node:path'
import { ArticlesTable } from '../src-main/store/articles.ts'
import { openLibrary } from '../src-main/store/open.ts'
import type { Quote } from '../src-main/shared/model.ts'
import { rng, SyntheticCorpus } from './syntheticCorpus.ts'

export const PER_ARTICLE = 100

export interface SyntheticLibrary {
  path: string
  /** Typed queries, one per sampled quote. */
  queries: string[]
  /** Quotes as a claim would cite them: the speaker's name and some of the words. */
  claims: string[]
}

export function buildSyntheticLibrary(dir: string, quotesWanted: number, queriesWanted: number): SyntheticLibrary {
  const random = rng(11)
  const corpus = new SyntheticCorpus({ seed: 5, vocabularySize: 40_000 })
  const path = join(dir, 'library.sqlite')
  const db = openLibrary(path)
  const table = new ArticlesTable(db)
  const texts: { text: string; speaker: string }[] = []
  let made = 0
  for (let article = 0; made < quotesWanted; article++) {
    let text = `Generated article ${article}\n`
    const quotes: Quote[] = []
    const speakers = Array.from({ length: 5 }, (_, s) => `Speaker ${(article * 5 + s) % 500}`)
    for (let k = 0; k < PER_ARTICLE && made < quotesWanted; k++, made++) {
      const words = corpus.words(6 + Math.floor(random() * 24))
      const q = words[0].toUpperCase() + words.slice(1)
      texts.push({ text: q, speaker: speakers[k % 5] })
      text += '"'
      quotes.push({ start: text.length, end: text.length + q.length, text: q, kind: 'full', rule: 'double-quotes',
        attribution: { speaker: k % 5, mention: null, rule: 'bench', confidence: 0.9 } })
      text += `${q}," an official said.\n`
    }
    table.insert({
      sha256: `bench-synthetic-${article}`,
      source: `generated://${article}`,
      read: { text, format: 'txt', encoding: 'utf-8', dropped: [], meta: { headline: `Generated article ${article}`, byline: null, outlet: 'Wire', dateline: null, date: `20${10 + (article % 15)}-0${1 + (article % 9)}-1${article % 10}`, dateRule: 'bench' } },
      analyzed: { quotes, speakers: speakers.map((name) => ({ name, isDescriptor: false, names: [], title: null })) },
    })
  }
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
  const pick = rng(3)
  const sample = () => texts[Math.floor(pick() * texts.length)]
  const queries = Array.from({ length: queriesWanted }, () => {
    const words = sample().text.toLowerCase().split(' ').filter((w) => w.length > 3)
    const chosen = words.slice(0, 3)
    const longest = chosen.reduce((a, b) => (b.length > a.length ? b : a), '')
    return chosen.map((w) => (w === longest && w.length > 5 ? w.slice(0, 2) + w[3] + w[2] + w.slice(4) : w)).join(' ')
  })
  const claims = Array.from({ length: queriesWanted }, () => {
    const { text, speaker } = sample()
    return `${speaker} said "${text.split(' ').slice(0, 8).join(' ')}"`
  })
  return { path, queries, claims }
}
