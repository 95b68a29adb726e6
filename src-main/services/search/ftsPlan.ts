// Turning what the user typed into FTS5 queries, for any FTS5 index with a vocabulary: each word is
// widened to the indexed terms within a few edits of it and to its regular spelling variants; the
// words that narrow the search are matched on, all of them are ranked on.
import type { Db } from '../../store/open.ts'
import { parseQuery } from './normalize.ts'
import type { WordMatcher } from './ranking.ts'
import { spellingVariants } from './spelling.ts'
import { Vocabulary } from './vocabulary.ts'

/** A term in more than this share of rows narrows nothing: it is ranked on, not matched on. */
const COMMON_SHARE = 0.03
const MIN_PREFIX = 3
const PREFIX_COMPLETIONS = 24

export interface IndexTerms {
  vocabulary: Vocabulary
  docs: Map<string, number>
  rows: number
}

/** The terms of one FTS5 index, reloaded when this or another connection has changed the library. */
export class IndexTermsCache {
  private readonly db: Db
  private readonly vocabTable: string
  private readonly countSql: string
  private cache: (IndexTerms & { key: string }) | null = null

  constructor(db: Db, vocabTable: string, countSql: string) {
    this.db = db
    this.vocabTable = vocabTable
    this.countSql = countSql
  }

  get(): IndexTerms {
    const changes = (this.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n
    const key = `${this.db.pragma('data_version', { simple: true })}:${changes}`
    if (this.cache?.key === key) return this.cache
    const docs = new Map<string, number>()
    for (const row of this.db.prepare<[], { term: string; doc: number }>(`SELECT term, doc FROM ${this.vocabTable}`).iterate()) {
      docs.set(row.term, row.doc)
    }
    const rows = (this.db.prepare(this.countSql).get() as { n: number }).n
    this.cache = { key, vocabulary: new Vocabulary(docs.keys()), docs, rows }
    return this.cache
  }
}

export interface PlanOptions {
  /** The user is still typing the last word: let it match as a prefix. */
  typing?: boolean
  /** Also match rows that lack some of the words. */
  anyWord?: boolean
}

export interface FtsPlan {
  matchers: WordMatcher[]
  /** For each query word, the indexed spellings searched besides the word itself. */
  variants: { word: string; terms: string[] }[]
  /** FTS5 MATCH expressions whose results together are the candidates; empty when nothing was typed. */
  expressions: string[]
}

export const ftsString = (term: string) => `"${term.replace(/"/g, '""')}"`

export function planQuery(query: string, { vocabulary, docs, rows }: IndexTerms, options: PlanOptions = {}): FtsPlan {
  const parts = parseQuery(query)
  const lastPart = parts.at(-1)
  const matchers: WordMatcher[] = []
  const variants: FtsPlan['variants'] = []
  for (const part of parts) {
    part.words.forEach((word, i) => {
      const terms = new Map<string, number>([[word, 0]])
      for (const { term, distance } of vocabulary.expand(word, 48, (t) => docs.get(t) ?? 0).terms) terms.set(term, distance)
      for (const variant of spellingVariants(word)) if (vocabulary.has(variant)) terms.set(variant, 0.5)
      const prefix = !!options.typing && part === lastPart && !part.phrase && i === part.words.length - 1 && word.length >= MIN_PREFIX
      matchers.push({ word, terms, prefix, inPhraseWithPrevious: part.phrase && i > 0 })
      const others = [...terms.keys()].filter((t) => t !== word)
      if (others.length) variants.push({ word, terms: others })
    })
  }
  if (matchers.length === 0) return { matchers, variants, expressions: [] }

  // A word still being typed stands for its likeliest completions: the most frequent indexed words
  // starting with it (a raw prefix query over a large index is slow).
  const completions = (m: WordMatcher) =>
    vocabulary.withPrefix(m.word, 4096).sort((a, b) => (docs.get(b) ?? 0) - (docs.get(a) ?? 0)).slice(0, PREFIX_COMPLETIONS)
  const alternatives = new Map(matchers.map((m) => [m, [...new Set([...m.terms.keys(), ...(m.prefix ? completions(m) : [])])]]))
  const weight = (m: WordMatcher) => alternatives.get(m)!.reduce((sum, t) => sum + (docs.get(t) ?? 0), 0)
  const clause = (m: WordMatcher) => `(${alternatives.get(m)!.map(ftsString).join(' OR ')})`
  const byWeight = [...matchers].sort((a, b) => weight(a) - weight(b))
  let forgiving: string
  if (options.anyWord) {
    // Any indexed word will do; the rarer ones, when there are some, keep the query fast.
    const present = byWeight.filter((m) => weight(m) > 0)
    const rare = present.filter((m) => weight(m) <= rows * COMMON_SHARE)
    forgiving = (rare.length ? rare : present.length ? present : byWeight).map(clause).join(' OR ')
  } else {
    // Match on the words that narrow the search (at least the two rarest); rank on all of them.
    forgiving = byWeight.filter((m, i) => i < 2 || weight(m) <= rows * COMMON_SHARE).map(clause).join(' AND ')
  }
  // The wording as typed (phrases as phrases, every word, common ones too) finds short and
  // common-worded rows that the forgiving query, matching on rare words only, could crowd out.
  const typing = matchers.at(-1)?.prefix ? matchers.at(-1)! : null
  const asTyped = parts
    .map((part) => (typing && part === lastPart ? clause(typing) : ftsString(part.words.join(' '))))
    .join(' AND ')
  return { matchers, variants, expressions: [...new Set([asTyped, forgiving])] }
}
