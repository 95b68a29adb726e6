// A reporting verb whose subject is not a person-like mention: "A court filing argued that …
// “…”", "Half of those polled said they were “…”", "Harbour fans, however, say …".
// The noun phrase in front of the verb is the source as the article names it. Used only after every
// sieve that finds a person has failed, at a confidence that asks for review.
import { decide, isSpeech, sentenceOf, type Sieve } from './context.ts'
import { isReportingVerb, type MentionHit } from './mentions.ts'
import { ADVERBS, SPEAKER_PRONOUNS } from './lexicon.ts'

// Words between a subject and its verb: "has always claimed", "had said".
const AUX = new Set(['has', 'had', 'have', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'can', 'did', 'does', 'do',
  'also', 'always', 'never', 'often', 'once', 'again', 'still', 'already', 'now', 'then', 'later'])
// Lower-case words that end a noun phrase on its left: they open the clause the subject stands in.
const OPENERS = new Set(['and', 'but', 'or', 'that', 'which', 'who', 'while', 'because', 'when', 'as', 'if', 'although', 'though',
  'since', 'after', 'before', 'where', 'whether', 'so', 'than', 'until', 'unless', 'whom', 'whose', 'what'])
// Capitalised sentence openers that are not part of the subject.
const CAP_OPENERS = new Set(['And', 'But', 'Or', 'While', 'Because', 'When', 'As', 'If', 'Although', 'Though', 'Since', 'After',
  'Before', 'Whether', 'So', 'Yet', 'Still', 'Meanwhile', 'However', 'Instead', 'Indeed', 'Now', 'Then', 'Also'])
// Words that cannot end a subject noun phrase.
const NOT_HEAD = new Set(['the', 'a', 'an', 'of', 'in', 'for', 'on', 'at', 'to', 'by', 'with', 'from', 'and', 'or', 'his', 'her',
  'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'that', 'it', 'there', 'here', 'not', 'no', 'him', 'them', 'me',
  'us', 'over', 'about', 'into', 'up', 'out', 'today', 'tonight', 'yesterday', 'being', 'been', 'be'])
// A verb after these is passive ("was described as"): its subject is not the source.
const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being'])
// A phrase opening with a preposition is an adjunct ("in a later interview"), not a subject.
const PREPOSITIONS = new Set(['in', 'at', 'on', 'of', 'for', 'by', 'with', 'from', 'to', 'during', 'after', 'before', 'since', 'about',
  'over', 'under', 'into', 'through', 'against', 'among', 'amid', 'despite', 'like', 'unlike'])
// A word that reads as a verb ends the phrase on its left ("the host was fired over …").
const VERB_AUX = new Set(['has', 'had', 'have', 'will', 'would', 'could', 'can', 'did', 'does', 'do', 'should', 'may', 'might', 'must'])
const isVerbish = (low: string): boolean => VERB_AUX.has(low) || BE.has(low) || /[a-z]ed$/.test(low)
const MAX_WORDS = 8
// Words of approximation before a number ("Roughly six in 10"), unlike "At one point".
const APPROX = new Set(['about', 'around', 'over', 'under', 'nearly', 'almost', 'roughly', 'some'])

export const phraseSubjectSieve: Sieve = (ctx) => {
  const { quotes, ts, text } = ctx
  const toks = ts.toks
  for (let qi = 0; qi < quotes.length; qi++) {
    if (ctx.decisions[qi] !== null || !isSpeech(quotes[qi])) continue
    const k = ts.quoteTok[qi]
    const [a] = sentenceOf(ctx, k)
    for (let v = k - 1; v > a && k - v < 30; v--) {
      const verb = toks[v]
      if (verb.kind === 'q') break
      if (!isReportingVerb(verb) || verb.low.endsWith('ing')) continue
      // "Holt's claim", "the comments": a noun, not a verb; "was described": passive.
      const before = toks[v - 1]
      if (before.kind === 'w' && (/['’]s?$/.test(before.t) || /^(?:the|a|an|his|her|their|its)$/.test(before.low) || BE.has(before.low))) continue
      const hit = phraseBefore(v, a)
      if (hit === null) continue
      decide(ctx, qi, hit, 'phrase-subject', 0.55)
      break
    }
  }

  function phraseBefore(v: number, a: number): MentionHit | null {
    let end = v - 1
    while (end >= a && toks[end].kind === 'w' && !toks[end].cap && (AUX.has(toks[end].low) || ADVERBS.has(toks[end].low) || /^[a-z]{3,}ly$/.test(toks[end].low))) end--
    // ", however," between the subject and the verb.
    if (end - 2 >= a && toks[end].t === ',' && toks[end - 2].t === ',' && toks[end - 1].kind === 'w' && !toks[end - 1].cap) end -= 3
    if (end < a) return null
    const last = toks[end]
    if (last.kind !== 'w' || NOT_HEAD.has(last.low) || OPENERS.has(last.low) || SPEAKER_PRONOUNS.has(last.low) || isReportingVerb(last)) return null
    let start = end
    while (start - 1 >= a && end - start + 1 < MAX_WORDS) {
      const p = toks[start - 1]
      if (p.kind !== 'w' && !(p.kind === 'p' && (p.t === '-' || p.t === '’' || p.t === "'"))) break
      if (p.kind === 'w' && ((!p.cap && (OPENERS.has(p.low) || isVerbish(p.low) || /^(?:what|who|that)/.test(p.low))) || isReportingVerb(p) || (start - 1 === a && CAP_OPENERS.has(p.t)))) break
      start--
    }
    // A phrase that runs on to the limit has no clear left edge: not a subject.
    if (end - start + 1 >= MAX_WORDS && start - 1 >= a && toks[start - 1].kind === 'w') return null
    const first = toks[start]
    // "Roughly six in 10 said": a preposition of approximation before a number, not an adjunct.
    const approx = APPROX.has(first.low) && /^(?:\d|one$|two$|three$|four$|five$|six$|seven$|eight$|nine$|ten$|half$|dozens?$|hundreds?$|thousands?$)/i.test(toks[start + 1]?.t ?? '')
    if (first.kind !== 'w' || (PREPOSITIONS.has(first.low) && !approx) || OPENERS.has(first.low)) return null
    // A lone lower-case word must be a plural ("researchers say"), not "that fact speaks".
    if (end === start && !last.cap && !/[a-z]s$/.test(last.low)) return null
    // "those surveyed", "the people polled": a participle heads the phrase only after a determiner.
    if (!last.cap && /[a-z]ed$/.test(last.low) && (end === start || !/^(?:those|the|people|voters)$/.test(toks[end - 1].low))) return null
    return { ti: start, tj: end + 1, s: first.s, e: last.e, type: 'descriptor', name: text.slice(first.s, last.e), title: null, gender: null, head: last.low }
  }
}
