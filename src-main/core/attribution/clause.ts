// Clause-level helpers shared by the sieves: where a mention's verb is, and who a clause is about.
import type { Ctx } from './context.ts'
import { isAnyReportingVerb, isReportingVerb, mentionStartingAt, type MentionHit } from './mentions.ts'
import { subjectOf } from './subject.ts'
import { ADVERBS, DESCRIPTOR_HEADS, SPEAKER_PRONOUNS } from './lexicon.ts'

export function baseConfidence(hit: MentionHit, top: number): number {
  if (hit.type === 'pronoun') return top - 0.05
  return top
}

const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight'])

// Capitalised words that open a clause before its subject ("As Senator Holt put it"), unlike prepositions.
const CLAUSE_OPENERS = new Set(['As', 'When', 'While', 'After', 'Before', 'Since', 'Although', 'Though', 'Because', 'If', 'Once', 'Until', 'But', 'And', 'So', 'Then', 'Meanwhile', 'However', 'Still', 'Yet', 'Later', 'Earlier', 'Now', 'Also'])
const PREPOSITIONS = new Set(['of', 'in', 'at', 'to', 'with', 'from', 'by', 'for', 'on', 'about', 'into', 'like', 'than', 'among', 'against', 'during', 'after', 'before'])

// Words that open a verb group after a subject ("Holt has repeatedly criticised").
const AUXILIARIES = new Set(['has', 'had', 'have', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'can', 'did', 'does', 'do', 'also', 'then', 'later', 'never', 'often', 'recently', 'once', 'repeatedly', 'previously', 'again'])

// "Dana Holt, R-Ore., said": a party and state tag.
const PARTY_TAG = /^[RDI]-[A-Z]/

export const VERB_LIKE = /ed$/

// Common irregular past forms: "Holt spoke first, calling the plan …" has a verb that /ed$/ misses.
const IRREGULAR_PAST = new Set(['went', 'took', 'made', 'gave', 'came', 'got', 'put', 'held', 'kept', 'left', 'met', 'ran', 'saw', 'sent',
  'spent', 'stood', 'sat', 'won', 'lost', 'brought', 'bought', 'thought', 'felt', 'found', 'led', 'paid', 'built', 'began', 'became',
  'broke', 'chose', 'drew', 'drove', 'fell', 'fought', 'hit', 'knew', 'let', 'meant', 'rose', 'sought', 'shot', 'spoke', 'struck',
  'swore', 'taught', 'threw', 'understood', 'wore', 'wrote', 'did', 'set', 'told', 'said', 'hung', 'laid', 'forgot', 'withdrew'])

/** A lower-case word that reads as a finite past verb. */
export function looksLikeVerb(low: string): boolean {
  return VERB_LIKE.test(low) || IRREGULAR_PAST.has(low)
}

// Lower-case words after which a noun phrase can still open a clause (elsewhere it is an object).
const SUBJECT_OPENERS = new Set(['and', 'but', 'or', 'that', 'when', 'while', 'as', 'because', 'since', 'although', 'though', 'if', 'so',
  'then', 'where', 'until', 'once', 'also', 'meanwhile', 'yet', 'now', 'later'])

// Lower-case words after a name that cannot be the verb of an attribution.
export const NOT_VERB = new Set(['of', 'for', 'and', 'or', 'in', 'on', 'at', 'to', 'with', 'from', 'by', 'as', 'about', 'the', 'a', 'an', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'who', 'which', 'that', 'but', 'if'])

/** Skips adverbs and one appositive (", a spokesman for Y,") after a mention; returns the next token index. */
export function afterMention(ctx: Ctx, i: number, b: number, hit: MentionHit | null = null): number {
  const toks = ctx.ts.toks
  if (toks[i]?.t === ',') {
    let j = i + 1
    while (j < b && toks[j].t !== ',' && toks[j].kind !== 'q' && j - i < 25) j++
    if (toks[j]?.t === ',' && j > i + 1) {
      if (hit !== null && hit.type === 'name' && hit.title === null) hit.title = ctx.text.slice(toks[i + 1].s, toks[j - 1].e)
      i = j + 1
    }
  } else if (toks[i]?.t === '(') {
    let j = i + 1
    while (j < b && toks[j].t !== ')' && j - i < 8) j++
    if (toks[j]?.t === ')') i = j + 1
  }
  let n = 0
  while (i < b && n < 4) {
    const t = toks[i]
    if (t.kind !== 'w' || isReportingVerb(t)) break
    // Adverbs and auxiliaries ("also", "has"), and a time ("on Monday", "Tuesday").
    if (!t.cap && (ADVERBS.has(t.low) || /^[a-z]{3,}ly$/.test(t.low)) && !DESCRIPTOR_HEADS.has(t.low)) { i++; n++; continue }
    if (t.low === 'on' && DAYS.has(toks[i + 1]?.low ?? '')) { i += 2; n++; continue }
    if (DAYS.has(t.low)) { i++; n++; continue }
    break
  }
  return i
}

// Openers of a subordinate clause; "As Holt put it" is left out: there the clause is the attribution.
const SUBORDINATE = new Set(['When', 'After', 'Before', 'While', 'Since', 'Although', 'Though', 'Because', 'If', 'Once', 'Until'])

/** Index of the first comma in [from, to), or -1. */
function commaBetween(ctx: Ctx, from: number, to: number): number {
  for (let i = from; i < to; i++) if (ctx.ts.toks[i].t === ',') return i
  return -1
}

/** The subject of the clause [a, end): first a verb's subject, else a mention opening the sentence. */
export function clauseSubject(ctx: Ctx, a: number, end: number): MentionHit | null {
  const { ts, text } = ctx
  for (let u = a + 1; u < end; u++) {
    if (!isReportingVerb(ts.toks[u])) continue
    const hit = subjectOf(ts, u, a, text)
    if (hit !== null) return hit
  }
  // "Monday, she declined…" / "At one point, Holt urged…": skip one introductory phrase.
  for (let s = a; s < end && s - a < 8; s++) {
    // Clause starts: the sentence start, after a comma, or after an opener such as "As" or "When".
    const afterComma = s === a || ts.toks[s - 1].t === ',' || (s === a + 1 && CLAUSE_OPENERS.has(ts.toks[a].t))
    const hit = mentionStartingAt(ts, s, end, text)
    if (hit === null || (hit.type === 'descriptor' && !DESCRIPTOR_HEADS.has(hit.head ?? ''))) continue
    // "In a statement released Thursday, Holt …": the object of a preposition is no subject.
    if (s > a && PREPOSITIONS.has(ts.toks[s - 1].low)) continue
    // Skip only a real appositive (", a spokesman for Y,"), not a clause starting with a name.
    const comma = ts.toks[hit.tj]
    const after = ts.toks[hit.tj + 1]
    const appositive = comma?.t === ',' && after?.kind === 'w' && ((!after.cap && !SPEAKER_PRONOUNS.has(after.low)) || PARTY_TAG.test(after.t))
    const next = ts.toks[comma?.t === ',' && !appositive ? hit.tj : afterMention(ctx, hit.tj, end)]
    if (next === undefined || next.kind !== 'w' || next.cap || NOT_VERB.has(next.low)) continue
    // "When Vale left, Holt issued …": the subordinate clause's subject is not the speaker.
    if (s === a + 1 && SUBORDINATE.has(ts.toks[a].t)) {
      const c = commaBetween(ctx, hit.tj, end)
      if (c >= 0) { s = c; continue }
    }
    // Mid-clause ("retired nurse Ann Vale agreed"), only before a word that looks like a verb.
    if (afterComma || looksLikeVerb(next.low) || isAnyReportingVerb(next)) return hit
  }
  return null
}

/** The nearest person before token k that is followed by a verb ("…, Holt has repeatedly criticised …"). */
export function nearestSubject(ctx: Ctx, a: number, k: number): MentionHit | null {
  const { ts, text } = ctx
  for (let s = k - 1; s >= a && k - s < 30; s--) {
    const t = ts.toks[s]
    const prev = s > a ? ts.toks[s - 1] : undefined
    if (t.kind !== 'w' || (prev !== undefined && prev.kind === 'w' && (prev.cap || PREPOSITIONS.has(prev.low)))) continue
    // "the board sent a notice calling …": a noun phrase after a verb is its object.
    if (prev !== undefined && prev.kind === 'w' && !SUBJECT_OPENERS.has(prev.low)) continue
    const hit = mentionStartingAt(ts, s, k, text)
    if (hit === null || (hit.type === 'descriptor' && !(DESCRIPTOR_HEADS.has(hit.head ?? '') && /^(?:the|a|an|his|her|their|its|several|some|many|most|both|other|two|three|four|five)\s/i.test(hit.name)))) continue
    // "in Porto, Portugal, Holt spoke …": a place before a named subject is not an appositive's head.
    if (ts.toks[hit.tj]?.t === ',' && ts.toks[hit.tj + 1]?.cap === true && hit.type !== 'pronoun') continue
    const next = ts.toks[afterMention(ctx, hit.tj, k)]
    if (next !== undefined && next.kind === 'w' && !next.cap && (looksLikeVerb(next.low) || isAnyReportingVerb(next) || AUXILIARIES.has(next.low))) return hit
  }
  return null
}

/** "Vale, who has in the past described the plan as “…”": the relative pronoun a few words before the verb. */
export function relativeBefore(ctx: Ctx, v: number, a: number): MentionHit | null {
  const toks = ctx.ts.toks
  for (let i = v - 1; i >= a && v - i <= 6; i--) {
    const t = toks[i]
    if (t.kind !== 'w') return null
    if (t.low !== 'who') continue
    // "Vale, who …" or "Ann Vale who …" names the speaker; "critics who think …" is an object's clause.
    const prev = toks[i - 1]
    if (prev === undefined || !(prev.t === ',' || (prev.kind === 'w' && prev.cap))) return null
    return { ti: i, tj: i + 1, s: t.s, e: t.e, type: 'pronoun', name: t.t, title: null, gender: null, head: 'who' }
  }
  return null
}
