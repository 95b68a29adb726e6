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
}

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
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c)

const SELECT_QUOTES = `
  SELECT q.id, q.text, q.kind, s.name AS speaker, s.is_descriptor AS speaker_is_descriptor,
         s.title AS speaker_title, q.mention, q.mention_start, q.mention_end, q.start, q.end, q.quote_rule,
         q.rule, q.confidence, a.id AS article_id, a.title, a.outlet, a.date, a.source
    FROM quotes q
    JOIN articles a ON a.id = q.article_id
    LEFT JOIN speakers s ON s.id = q.speaker_id`

function toQuoteRow(r: RawRow): QuoteRow {
  return {
    id: r.id,
    text: r.text,
    kind: r.kind,
    speaker: r.speaker,
    speakerIsDescriptor: r.speaker_is_descriptor === 1,
    speakerTitle: r.speaker_title,
    mention: r.mention,
    mentionStart: r.mention_start,
    mentionEnd: r.mention_end,
    start: r.start,
    end: r.end,
    quoteRule: r.quote_rule,
    rule: r.rule,
    confidence: r.confidence,
    article: { id: r.article_id, title: r.title, outlet: r.outlet, date: r.date, source: r.source },
  }
}

/** SQL conditions (on quotes q, articles a) and their parameters for a filter. */
export function filterClauses(filter: QuoteFilter): { where: string[]; params: string[] } {
  const where: string[] = []
  const params: string[] = []
  if (!filter.includeCandidates) where.push("q.kind <> 'candidate'")
  if (filter.speaker?.trim()) {
    const name = filter.speaker.trim().replace(/\s+/g, ' ')
    // Whole-word match inside any name form: "Blinken" finds "Antony Blinken", "Sherman" not "Shermanson".
    where.push(`EXISTS (SELECT 1 FROM speaker_names n WHERE n.speaker_id = q.speaker_id
                  AND (' ' || n.name || ' ') LIKE ? ESCAPE '\\')`)
    params.push(`% ${escapeLike(name)} %`)
  }
  if (filter.outlet?.trim()) {
    where.push('a.outlet = ? COLLATE NOCASE')
    params.push(filter.outlet.trim())
  }
  // Dates are ISO and may be partial (2016, 2016-02): text comparison orders them correctly.
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
