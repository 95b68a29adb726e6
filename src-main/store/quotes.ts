// Reading quotes back with their speaker and article provenance.
import type { Db } from './open.ts'
import type { QuoteKind } from '../shared/model.ts'

export interface QuoteRow {
  id: number
  text: string
  kind: QuoteKind
  speaker: string | null
  speakerIsDescriptor: boolean
  speakerTitle: string | null
  mention: string | null
  mentionStart: number | null
  mentionEnd: number | null
  start: number
  end: number
  quoteRule: string
  rule: string
  confidence: number
  article: { id: number; title: string | null; outlet: string | null; date: string | null; source: string }
  /** The user's decision, when there is one: it wins over the machine's attribution. */
  decision: { action: 'accept' | 'correct' | 'reject'; by: string | null; at: string } | null
  /** What the extraction itself said, kept visible next to a user's decision. */
  machine: { speaker: string | null; rule: string; confidence: number }
}

export interface QuoteFilter {
  /** A name or part of one ("Kritenbrink", "Daniel Kritenbrink"), matched against every name form. */
  speaker?: string
  /** Also list candidates (probably titles or scare quotes), which are not quotes by default. */
  includeCandidates?: boolean
  /** The outlet, as stored ("Yonhap"); case does not matter. */
  outlet?: string
  /** Article dates from and to (ISO, inclusive; 2016 or 2016-02 work too). */
  from?: string
  to?: string
  /** Verification status on quote sheets; 'unverified' also means on no sheet at all. */
  status?: VerificationStatus
  /** Quotes by this person of the library, under any of their names in any article. */
  person?: number
}

export const VERIFICATION_STATUSES = ['unverified', 'verified', 'disputed', 'misattributed'] as const
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number]

interface RawRow {
  id: number
  text: string
  kind: QuoteKind
  speaker: string | null
  speaker_is_descriptor: number | null
  speaker_title: string | null
  mention: string | null
  mention_start: number | null
  mention_end: number | null
  start: number
  end: number
  quote_rule: string
  rule: string
  confidence: number
  article_id: number
  title: string | null
  outlet: string | null
  date: string | null
  source: string
  decision: 'accept' | 'correct' | 'reject' | null
  decided_speaker: string | null
  decided_by: string | null
  decided_at: string | null
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c)

/** Quotes with their article, machine speaker and user decision; filterClauses refers to q, a, s, d. */
export const FROM_QUOTES = `FROM quotes q
    JOIN articles a ON a.id = q.article_id
    LEFT JOIN speakers s ON s.id = q.speaker_id
    LEFT JOIN decisions d ON d.article_id = q.article_id AND d.start = q.start AND d.end = q.end`

const SELECT_QUOTES = `
  SELECT q.id, q.text, q.kind, s.name AS speaker, s.is_descriptor AS speaker_is_descriptor,
         s.title AS speaker_title, q.mention, q.mention_start, q.mention_end, q.start, q.end, q.quote_rule,
         q.rule, q.confidence, a.id AS article_id, a.title, a.outlet, a.date, a.source,
         d.action AS decision, d.speaker AS decided_speaker, d.decided_by, d.decided_at
    ${FROM_QUOTES}`

function toQuoteRow(r: RawRow): QuoteRow {
  const machine = { speaker: r.speaker, rule: r.rule, confidence: r.confidence }
  const decided = r.decision !== null
  // A correction names someone else: the article's title for the machine's speaker is not theirs.
  const corrected = r.decision === 'correct'
  const speaker = r.decision === 'reject' ? null : corrected ? r.decided_speaker : r.speaker
  return {
    id: r.id,
    text: r.text,
    kind: r.kind,
    speaker,
    speakerIsDescriptor: !corrected && r.speaker_is_descriptor === 1,
    speakerTitle: corrected || r.decision === 'reject' ? null : r.speaker_title,
    mention: corrected || r.decision === 'reject' ? null : r.mention,
    mentionStart: corrected || r.decision === 'reject' ? null : r.mention_start,
    mentionEnd: corrected || r.decision === 'reject' ? null : r.mention_end,
    start: r.start,
    end: r.end,
    quoteRule: r.quote_rule,
    rule: decided ? `user-${r.decision}` : r.rule,
    confidence: decided ? 1 : r.confidence,
    article: { id: r.article_id, title: r.title, outlet: r.outlet, date: r.date, source: r.source },
    decision: decided ? { action: r.decision!, by: r.decided_by, at: r.decided_at! } : null,
    machine,
  }
}

/** SQL conditions on the article (a): outlet and date range. */
export function articleClauses(filter: { outlet?: string; from?: string; to?: string }): { where: string[]; params: string[] } {
  const where: string[] = []
  const params: string[] = []
  if (filter.outlet?.trim()) {
    where.push('a.outlet = ? COLLATE NOCASE')
    params.push(filter.outlet.trim())
  }
  // Dates are ISO and may be partial (2016, 2016-02): text comparison orders them correctly, and
  // '~' sorts after every digit, so "to 2016" takes in 2016-12-31.
  if (filter.from) {
    where.push('a.date >= ?')
    params.push(filter.from)
  }
  if (filter.to) {
    where.push("a.date <= ? || '~'")
    params.push(filter.to)
  }
  return { where, params }
}

/** SQL conditions (on quotes q, articles a) and their parameters for a filter. */
export function filterClauses(filter: QuoteFilter): { where: string[]; params: string[] } {
  const where: string[] = []
  const params: string[] = []
  if (!filter.includeCandidates) where.push("q.kind <> 'candidate'")
  if (filter.speaker?.trim()) {
    const name = filter.speaker.trim().replace(/\s+/g, ' ')
    // Whole-word match inside any name form: "Blinken" finds "Antony Blinken", "Sherman" not "Shermanson".
    // The user's correction names the speaker instead of the machine's; a rejection names nobody.
    where.push(`CASE d.action
                  WHEN 'correct' THEN (' ' || d.speaker || ' ') LIKE ? ESCAPE '\\'
                  WHEN 'reject' THEN 0
                  ELSE EXISTS (SELECT 1 FROM speaker_names n WHERE n.speaker_id = q.speaker_id
                                 AND (' ' || n.name || ' ') LIKE ? ESCAPE '\\')
                END`)
    params.push(`% ${escapeLike(name)} %`, `% ${escapeLike(name)} %`)
  }
  if (filter.person !== undefined) {
    where.push(`d.action IS NOT 'reject' AND d.action IS NOT 'correct' AND EXISTS (
                  SELECT 1 FROM person_links l WHERE l.person_id = ? AND l.article_id = q.article_id AND l.speaker_name = s.name)`)
    params.push(String(filter.person))
  }
  const article = articleClauses(filter)
  where.push(...article.where)
  params.push(...article.params)
  if (filter.status === 'unverified') {
    where.push("NOT EXISTS (SELECT 1 FROM sheet_items i WHERE i.quote_id = q.id AND i.status <> 'unverified')")
  } else if (filter.status) {
    where.push('EXISTS (SELECT 1 FROM sheet_items i WHERE i.quote_id = q.id AND i.status = ?)')
    params.push(filter.status)
  }
  return { where, params }
}

export function listQuotes(db: Db, filter: QuoteFilter = {}): QuoteRow[] {
  const { where, params } = filterClauses(filter)
  return db
    .prepare<string[], RawRow>(
      `${SELECT_QUOTES} ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY a.date, a.id, q.start`,
    )
    .all(...params)
    .map(toQuoteRow)
}

/** The rows for these quote ids, in the order given. */
export function quotesByIds(db: Db, ids: number[]): QuoteRow[] {
  if (ids.length === 0) return []
  const rows = db
    .prepare<string[], RawRow>(`${SELECT_QUOTES} WHERE q.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids))
  const byId = new Map(rows.map((r) => [r.id, toQuoteRow(r)]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** Attributions no one has decided on yet, the least certain first. */
export function reviewQueue(db: Db, limit = 100): QuoteRow[] {
  return db
    .prepare<[number], RawRow>(
      `${SELECT_QUOTES} WHERE d.action IS NULL AND q.kind <> 'candidate'
        ORDER BY q.confidence, a.id, q.start LIMIT ?`,
    )
    .all(limit)
    .map(toQuoteRow)
}
