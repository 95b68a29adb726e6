// The subject of a reporting verb: the mention right before it, past adverbs, time words and an
// appositive between dashes, unless that mention is the object of a preposition or of another verb.
import type { TokenStream } from './tokens.ts'
import { PREPOSITIONS, mentionEndingAt, type MentionHit } from './mentions.ts'
import { ADVERBS, DESCRIPTOR_HEADS, VERBS } from './lexicon.ts'

/** Subject of the reporting verb at token v: "he said", "Smith, a spokesman, told reporters". */
export function subjectOf(ts: TokenStream, v: number, lo: number, src: string): MentionHit | null {
  let i = v - 1
  let skipped = 0
  while (i >= lo && skipped < 4 && ts.toks[i].kind === 'w' && ((!ts.toks[i].cap && (ADVERBS.has(ts.toks[i].low) || (LY_ADVERB.test(ts.toks[i].low) && !DESCRIPTOR_HEADS.has(ts.toks[i].low)))) || TIME_WORDS.has(ts.toks[i].low))) { i--; skipped++ }
  // "Vale keeps talking about …", "Holt began saying": an aspect verb before the participle.
  if (i > lo && ts.toks[v].low.endsWith('ing') && ASPECT.has(ts.toks[i].low)) i--
  if (i < lo || ts.toks[i].sent !== ts.toks[v].sent) return null
  // "…, Vale's rival, Holt, saying …": a participle after a comma has the clause's subject, not the
  // mention right before it.
  if (ts.toks[i].t === ',' && ts.toks[v].low.endsWith('ing')) return null
  // "Ann Vale — a baker from Salem — says": an appositive between dashes.
  if (DASHES.has(ts.toks[i].t)) {
    let j = i - 1
    while (j > lo && !DASHES.has(ts.toks[j].t) && ts.toks[j].kind !== 'q' && i - j < 25) j--
    if (j <= lo || !DASHES.has(ts.toks[j].t) || j === i - 1) return null
    i = j - 1
  }
  const hit = mentionEndingAt(ts, i, lo, src)
  // "issued a statement saying", "reminds me of Vale saying": an object, not the subject.
  const before = hit !== null && hit.ti > 0 ? ts.toks[hit.ti - 1] : undefined
  // A sentence-initial "In a statement released …" is a prepositional phrase too.
  if (hit !== null && before !== undefined && before.kind === 'w' && (!before.cap || PREPOSITIONS.has(before.low)) && before.sent === ts.toks[v].sent && !CLAUSE_OPENERS.has(before.low)) {
    // "with Holt reportedly shouting" keeps its subject after the preposition.
    const absolute = before.low === 'with' && ts.toks[v].low.endsWith('ing')
    if (!absolute && (PREPOSITIONS.has(before.low) || ts.toks[v].low.endsWith('ing') || (hit.type === 'descriptor' && isVerbLike(before.low)))) return null
  }
  return hit
}

const ASPECT = new Set(['keeps', 'kept', 'keep', 'continues', 'continued', 'began', 'begins', 'started', 'starts', 'stopped', 'resumed', 'tried'])
const DASHES = new Set(['—', '–', '--', '-'])
const isVerbLike = (w: string): boolean => /(?:ed|es|ued|ssed)$/.test(w) || VERBS.has(w)

// "he infamously referred": an -ly adverb between subject and verb.
const LY_ADVERB = /^[a-z]{3,}ly$/

// "Holt later Thursday told": time words between a subject and its verb.
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'on'])

// Lower-case words after which a noun phrase can still be a clause subject.
const CLAUSE_OPENERS = new Set(['and', 'but', 'or', 'then', 'as', 'while', 'when', 'because', 'that', 'which', 'where', 'so', 'if',
  'although', 'though', 'after', 'before', 'since', 'until', 'once', 'whereas', 'also', 'meanwhile', 'however', 'now', 'later', 'earlier', 'still', 'yet', 'where'])
