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
  /**
   * The FTS5 MATCH expressions, most useful first; empty when nothing was typed. With a narrowing
   * word: the forgiving one (word variants, matched on the narrowing words), then the wording as
   * typed — when the first returns fewer rows than asked, it holds every row the second could add.
   * With common words only: the wording as typed first, since it alone stays small.
   */
  expressions: string[]
  /** Some finished word is rare enough to narrow the search by itself. */
  narrow: boolean
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
      // A word the library has is most likely spelled as meant: only its one-edit neighbours (variant
      // spellings) are added; a word it lacks gets the full typo budget.
      const maxEdits = vocabulary.has(word) ? 1 : Infinity
      for (const { term, distance } of vocabulary.expand(word, 48, (t) => docs.get(t) ?? 0, maxEdits).terms) terms.set(term, distance)
      for (const variant of spellingVariants(word)) if (vocabulary.has(variant)) terms.set(variant, 0.5)
      const prefix = !!options.typing && part === lastPart && !part.phrase && i === part.words.length - 1 && word.length >= MIN_PREFIX
      matchers.push({ word, terms, prefix, inPhraseWithPrevious: part.phrase && i > 0 })
      const others = [...terms.keys()].filter((t) => t !== word)
      if (others.length) variants.push({ word, terms: others })
    })
  }
  if (matchers.length === 0) return { matchers, variants, expressions: [], narrow: false }

  // A word still being typed stands for its likeliest completions: the most frequent indexed words
  // starting with it (a raw prefix query over a large index is slow).
  const completions = (m: WordMatcher) =>
    vocabulary.withPrefix(m.word, 4096).sort((a, b) => (docs.get(b) ?? 0) - (docs.get(a) ?? 0)).slice(0, PREFIX_COMPLETIONS)
  const alternatives = new Map(matchers.map((m) => [m, [...new Set([...m.terms.keys(), ...(m.prefix ? completions(m) : [])])]]))
  const weight = (m: WordMatcher) => alternatives.get(m)!.reduce((sum, t) => sum + (docs.get(t) ?? 0), 0)
  const clause = (m: WordMatcher) => `(${alternatives.get(m)!.map(ftsString).join(' OR ')})`
  const byWeight = [...matchers].sort((a, b) => weight(a) - weight(b))
  let forgiving: string
  const narrow = matchers.some((m) => !m.prefix && weight(m) <= rows * COMMON_SHARE)
  if (options.anyWord) {
    // Any indexed word will do; the rarer ones, when there are some, keep the query fast.
    const present = byWeight.filter((m) => weight(m) > 0)
    const rare = present.filter((m) => weight(m) <= rows * COMMON_SHARE)
    forgiving = (rare.length ? rare : present.length ? present : byWeight).map(clause).join(' OR ')
  } else {
    // Match on the words that narrow the search (at least the two rarest); rank on all of them. The
    // word being typed is left to ranking when finished words already narrow: its completions are
    // many and the one meant may be rare.
    const finished = byWeight.filter((m) => !m.prefix)
    const pool = finished.some((m) => weight(m) <= rows * COMMON_SHARE) ? finished : byWeight
    forgiving = pool.filter((m, i) => i < 2 || weight(m) <= rows * COMMON_SHARE).map(clause).join(' AND ')
  }
  // The wording as typed (phrases as phrases, every word, common ones too) finds short and
  // common-worded rows that the forgiving query, matching on rare words only, could crowd out.
  const typing = matchers.at(-1)?.prefix ? matchers.at(-1)! : null
  const asTyped = parts
    .map((part) => (typing && part === lastPart ? clause(typing) : ftsString(part.words.join(' '))))
    .join(' AND ')
  return { matchers, variants, expressions: [...new Set(narrow ? [forgiving, asTyped] : [asTyped, forgiving])], narrow }
}
