// Verifying a claim against the library: did this person say these words? The verdict is only as
// strong as the evidence: a weak or unattributed match is never "supported".
import type { Db } from '../../store/open.ts'
import { NEEDS_REVIEW_BELOW } from '../../shared/model.ts'
import type { QuoteRow } from '../../store/quotes.ts'
import type { QuoteSearch } from '../search/quoteSearch.ts'
import { fold } from '../search/normalize.ts'
import { nameCandidates, parseClaim } from './claim.ts'
import { contextSentence } from '../contextSentence.ts'
import { align, splitWords, type Alignment, type DiffOp } from './wordDiff.ts'

export type Verdict = 'supported' | 'altered' | 'misattributed' | 'not_found' | 'needs_review'

export interface Evidence {
  quoteId: number
  text: string
  speaker: string | null
  role: string | null
  article: { title: string | null; outlet: string | null; date: string | null; source: string }
  context: string
  start: number
  end: number
  /** Word by word: same, spelling (claimed differently), removed (said, left out), added (not said). */
  diff: DiffOp[]
  confidence: number
  rule: string
}

export interface Verification {
  verdict: Verdict
  claimedSpeaker: string | null
  actualSpeaker: string | null
  /** Why the verdict is what it is, in a sentence. */
  reason: string
  evidence: Evidence[]
}

/** Share of the claimed words that must line up with a quote for it to be evidence at all. */
const MIN_COVERAGE = 0.6

interface Candidate {
  quote: QuoteRow
  alignment: Alignment
  wordingMatches: boolean
  bySpeaker: boolean
}

export class Verifier {
  private readonly db: Db
  private readonly search: QuoteSearch

  constructor(db: Db, search: QuoteSearch) {
    this.db = db
    this.search = search
  }

  /** The first name in the claim's frame that some speaker in the library goes by. */
  private claimedSpeaker(frame: string): string | null {
    const known = this.db.prepare<[string], { found: number }>(
      'SELECT 1 AS found FROM speaker_names WHERE name = ? COLLATE NOCASE LIMIT 1',
    )
    const lastName = this.db.prepare<[string], { found: number }>(
      "SELECT 1 AS found FROM speaker_names WHERE name LIKE '% ' || ? LIMIT 1",
    )
    for (const name of nameCandidates(frame)) {
      if (known.get(name) || (!name.includes(' ') && lastName.get(name))) return name
    }
    return null
  }

  /** Every name the quote's speaker goes by in the library: in its article and, as a person, elsewhere. */
  private speakerNames(quote: QuoteRow): string[] {
    if (quote.decision?.action === 'correct') return quote.speaker ? [quote.speaker] : []
    if (quote.decision?.action === 'reject') return []
    return this.db
      .prepare<[number, number], { name: string }>(
        `SELECT n.name FROM quotes q JOIN speaker_names n ON n.speaker_id = q.speaker_id WHERE q.id = ?
         UNION
         SELECT n.name FROM quotes q
           JOIN speakers s ON s.id = q.speaker_id
           JOIN person_links l ON l.article_id = s.article_id AND l.speaker_name = s.name
           JOIN person_links same ON same.person_id = l.person_id
           JOIN speakers s2 ON s2.article_id = same.article_id AND s2.name = same.speaker_name
           JOIN speaker_names n ON n.speaker_id = s2.id
          WHERE q.id = ?`,
      )
      .all(quote.id, quote.id)
      .map((r) => r.name)
  }

  private speakerMatches(quote: QuoteRow, claimed: string): boolean {
    const want = fold(claimed)
    return this.speakerNames(quote)
      .map(fold)
      .some((n) => n === want || n.endsWith(` ${want}`) || want.endsWith(` ${n}`))
  }

  private articleText(articleId: number): string {
    return (this.db.prepare('SELECT text FROM articles WHERE id = ?').get(articleId) as { text: string }).text
  }

  private evidence(c: Candidate): Evidence {
    const { quote, alignment } = c
    return {
      quoteId: quote.id,
      text: quote.text,
      speaker: quote.speaker,
      role: quote.speakerTitle,
      article: { title: quote.article.title, outlet: quote.article.outlet, date: quote.article.date, source: quote.article.source },
      context: contextSentence(this.articleText(quote.article.id), quote.start, quote.end),
      start: quote.start,
      end: quote.end,
      diff: alignment.ops,
      confidence: quote.confidence,
      rule: quote.rule,
    }
  }

  verify(claim: string): Verification {
    const parsed = parseClaim(claim)
    const claimedSpeaker = parsed.frame ? this.claimedSpeaker(parsed.frame) : null
    const result = (verdict: Verdict, reason: string, evidence: Candidate[] = [], actual: string | null = null): Verification => ({
      verdict,
      claimedSpeaker,
      actualSpeaker: actual,
      reason,
      evidence: evidence.map((c) => this.evidence(c)),
    })
    if (parsed.words.length === 0) return result('not_found', 'The claim quotes no words to look for.')

    const hits = this.search.search(parsed.quoted, { limit: 50, anyWord: true }).hits
    const candidates: Candidate[] = []
    for (const { quote } of hits) {
      const alignment = align(parsed.words, splitWords(quote.text))
      const paired = alignment.same + alignment.spelling
      if (paired < Math.max(1, Math.ceil(parsed.words.length * MIN_COVERAGE))) continue
      if (parsed.words.length > 1 && paired < 2) continue
      candidates.push({
        quote,
        alignment,
        wordingMatches: alignment.added === 0 && alignment.removed === 0,
        bySpeaker: claimedSpeaker !== null && this.speakerMatches(quote, claimedSpeaker),
      })
    }
    // Closest wording first, then the most certain attribution, then the earliest.
    const closeness = (c: Candidate) => c.alignment.added * 2 + c.alignment.removed + c.alignment.spelling * 0.25
    candidates.sort((a, b) => closeness(a) - closeness(b) || b.quote.confidence - a.quote.confidence || (a.quote.article.date ?? '').localeCompare(b.quote.article.date ?? ''))
    if (candidates.length === 0) return result('not_found', `No quote in the library has these words: “${parsed.quoted}”.`)

    const exact = candidates.filter((c) => c.wordingMatches)
    const confident = (c: Candidate) => c.quote.speaker !== null && c.quote.confidence >= NEEDS_REVIEW_BELOW
    const ordered = (first: Candidate[]) => [...new Set([...first, ...candidates])].slice(0, 10)

    if (claimedSpeaker === null) {
      const best = exact[0] ?? candidates[0]
      if (!exact.length) return result('altered', 'The words differ from every quote in the library.', ordered([best]), best.quote.speaker)
      if (!confident(best)) return result('needs_review', 'The words are in the library, but who said them is uncertain.', ordered([best]), best.quote.speaker)
      return result('supported', `${best.quote.speaker} said these words.`, ordered([best]), best.quote.speaker)
    }

    const mine = candidates.filter((c) => c.bySpeaker)
    const mineExact = mine.filter((c) => c.wordingMatches)
    if (mineExact.length) {
      const best = mineExact.find(confident) ?? mineExact[0]
      if (!confident(best)) {
        return result('needs_review', `The words are attributed to ${best.quote.speaker}, but with low confidence (${Math.round(best.quote.confidence * 100)}%).`, ordered([best]), best.quote.speaker)
      }
      return result('supported', `${best.quote.speaker} said these words.`, ordered([best]), best.quote.speaker)
    }
    const othersExact = exact.filter((c) => !c.bySpeaker && confident(c))
    if (othersExact.length) {
      const best = othersExact[0]
      return result('misattributed', `These words were said by ${best.quote.speaker}, not ${claimedSpeaker}.`, ordered([best]), best.quote.speaker)
    }
    if (mine.length) {
      const best = mine[0]
      return result('altered', `${best.quote.speaker} said something close, in other words.`, ordered([best]), best.quote.speaker)
    }
    const best = candidates[0]
    if (!confident(best)) {
      return result('needs_review', 'Similar words are in the library, but who said them is uncertain.', ordered([best]), best.quote.speaker)
    }
    return result('misattributed', `Close words were said by ${best.quote.speaker}, not ${claimedSpeaker}.`, ordered([best]), best.quote.speaker)
  }
}
