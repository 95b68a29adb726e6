// Cross-referencing a phrase: who used it, when and where. The same statement reprinted in several
// articles (wire copy) is one statement with all its appearances; drifted wording is shown as a diff.
import type { QuoteRow } from '../store/quotes.ts'
import type { QuoteSearch } from './search/quoteSearch.ts'
import { align, splitWords, type DiffOp } from './verify/wordDiff.ts'

export interface Appearance {
  quote: QuoteRow
  /** Against the statement's first appearance; only 'same' ops when the wording did not drift. */
  diff: DiffOp[]
}

export interface Statement {
  text: string
  firstDate: string | null
  appearances: Appearance[]
}

export interface SpeakerUse {
  speaker: string | null
  firstDate: string | null
  statements: Statement[]
}

/** Two quotes are one statement when nearly all their words line up in order. */
const SAME_STATEMENT = 0.8

const byDate = (a: string | null, b: string | null) => (a ?? '9999').localeCompare(b ?? '9999')

function sameStatement(a: QuoteRow, b: QuoteRow): DiffOp[] | null {
  const first = splitWords(a.text)
  const other = splitWords(b.text)
  if (Math.min(first.length, other.length) / Math.max(first.length, other.length, 1) < SAME_STATEMENT) return null
  const alignment = align(other, first)
  const paired = alignment.same + alignment.spelling
  return paired / Math.max(first.length, other.length) >= SAME_STATEMENT ? alignment.ops : null
}

export function crossReference(search: QuoteSearch, phrase: string, limit = 500): SpeakerUse[] {
  const hits = search.search(phrase, { limit }).hits.map((h) => h.quote)
  hits.sort((a, b) => byDate(a.article.date, b.article.date) || a.id - b.id)
  const bySpeaker = new Map<string | null, Statement[]>()
  for (const quote of hits) {
    let statements = bySpeaker.get(quote.speaker)
    if (!statements) bySpeaker.set(quote.speaker, (statements = []))
    let placed = false
    for (const statement of statements) {
      const diff = sameStatement(statement.appearances[0].quote, quote)
      if (diff) {
        statement.appearances.push({ quote, diff })
        placed = true
        break
      }
    }
    if (!placed) {
      statements.push({
        text: quote.text,
        firstDate: quote.article.date,
        appearances: [{ quote, diff: splitWords(quote.text).map((w) => ({ op: 'same', text: w.text })) }],
      })
    }
  }
  return [...bySpeaker]
    .map(([speaker, statements]) => ({ speaker, firstDate: statements[0]?.firstDate ?? null, statements }))
    .sort((a, b) => byDate(a.firstDate, b.firstDate))
}
