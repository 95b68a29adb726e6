// Sieves for quotations whose sentence has no attribution of its own: a colon introduction, the
// previous sentence's speaker, and (last resort for fragments) the person the sentence is about.
import { decide, isSpeech, sentenceOf, type Sieve } from './context.ts'
import { isReportingVerb, mentionEndingAt, mentionStartingAt, type MentionHit } from './mentions.ts'
import { subjectOf } from './subject.ts'
import { baseConfidence, clauseSubject, nearestSubject } from './clause.ts'
import { DETERMINERS, SPEECH_NOUNS, type Gender } from './lexicon.ts'

/**
 * A quotation introduced by a colon without a reporting verb ("As Holt put it: …", "Vale: …",
 * "he demurred: …"), in the same paragraph or ending the previous one: the clause's subject speaks.
 */
export const colonIntroSieve: Sieve = (ctx) => {
  const { quotes, ts } = ctx
  const toks = ts.toks
  for (let qi = 0; qi < quotes.length; qi++) {
    if (ctx.decisions[qi] !== null || !isSpeech(quotes[qi])) continue
    const k = ts.quoteTok[qi]
    const colon = toks[k - 1]
    // A colon, or a dash before a whole quotation ("… techniques -- “I think …”").
    const dash = colon !== undefined && (colon.t === '—' || colon.t === '–' || colon.t === '-') && quotes[qi].kind === 'full'
    if (colon === undefined || (colon.t !== ':' && !dash)) continue
    const samePara = colon.para === toks[k].para
    // Across paragraphs only when the quotation opens its paragraph.
    if (!samePara && k !== ts.paraStart[toks[k].para]) continue
    const [a] = sentenceOf(ctx, k - 1)
    let hit = clauseSubject(ctx, a, k - 1)
    if (hit === null) {
      // "… - Jeffrey M. Jones: “…”": a name right before the colon.
      for (let s = k - 2; s >= a && k - s < 12; s--) {
        const h = mentionStartingAt(ts, s, k - 1, ctx.text)
        if (h !== null && h.tj === k - 1 && h.type !== 'pronoun' && (s === a || toks[s - 1].kind !== 'w' || !toks[s - 1].cap)) { hit = h; break }
      }
    }
    // "Excerpts as follows:", "The text follows:": the document named before the colon. It carries
    // the words but is not who spoke them, so the confidence says "check".
    let top = 0.8
    if (hit === null && k - 3 >= a && /^follows?$/.test(toks[k - 2].low)) {
      top = 0.6
      const n = toks[k - 3].low === 'as' ? k - 4 : k - 3
      const t = toks[n]
      if (n >= a && t.kind === 'w' && !DETERMINERS.has(t.low)) {
        hit = mentionEndingAt(ctx.ts, n, a, ctx.text) ?? { ti: n, tj: n + 1, s: t.s, e: t.e, type: 'descriptor', name: t.t, title: null, gender: null, head: t.low }
        if (hit.type === 'pronoun') hit = null
      }
    }
    if (hit !== null) decide(ctx, qi, hit, samePara ? 'colon-intro' : 'colon-intro-paragraph', baseConfidence(hit, top))
  }
}

/** Last resort for a quoted fragment: the person the sentence is about ("He implied … “hostile”"). */
export const sentenceSubjectSieve: Sieve = (ctx) => {
  const { quotes, ts } = ctx
  for (let qi = 0; qi < quotes.length; qi++) {
    if (ctx.decisions[qi] !== null || quotes[qi].kind !== 'fragment') continue
    const k = ts.quoteTok[qi]
    const [a] = sentenceOf(ctx, k)
    const hit = clauseSubject(ctx, a, k) ?? nearestSubject(ctx, a, k)
    if (hit !== null) decide(ctx, qi, hit, 'sentence-subject', baseConfidence(hit, 0.5))
  }
}

/**
 * A whole quotation opening a sentence, right after a sentence whose subject speaks ("Holt posted a
 * warning. “…”" or a paragraph ending "Vale said that …" before a quote-only paragraph).
 */
export const previousSentenceSieve: Sieve = (ctx) => {
  const { quotes, ts } = ctx
  const toks = ts.toks
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi]
    if (ctx.decisions[qi] !== null || q.kind !== 'full' || q.outer >= 0 || q.continued) continue
    const k = ts.quoteTok[qi]
    const [a, b] = sentenceOf(ctx, k)
    if (a !== k || a === 0) continue
    let hasVerb = false
    for (let i = a; i < b; i++) if (isReportingVerb(toks[i])) hasVerb = true
    if (hasVerb) continue
    const prev = toks[a - 1]
    if (prev.para < toks[k].para - 1) continue
    const [pa, pb] = sentenceOf(ctx, a - 1)
    let hit: MentionHit | null = null
    for (let u = pa + 1; u < pb && hit === null; u++) {
      if (!isReportingVerb(toks[u]) || toks[u].low.endsWith('ing')) continue
      hit = subjectOf(ts, u, pa, ctx.text)
    }
    if (hit !== null) decide(ctx, qi, hit, 'previous-sentence-speaker', baseConfidence(hit, 0.7))
  }
}

const POSSESSIVE_PRONOUN: ReadonlyMap<string, Gender> = new Map<string, Gender>([['his', 'm'], ['her', 'f'], ['their', null], ['its', null]])

/**
 * "Holt's claim that there were “…”", "his promise to stay “calm”": a possessive before a
 * speech noun shortly before the quotation names the speaker. The possessive is the mention.
 */
export const possessiveSpeechSieve: Sieve = (ctx) => {
  const { quotes, ts, text } = ctx
  const toks = ts.toks
  for (let qi = 0; qi < quotes.length; qi++) {
    if (ctx.decisions[qi] !== null || !isSpeech(quotes[qi])) continue
    const k = ts.quoteTok[qi]
    const [a] = sentenceOf(ctx, k)
    for (let n = k - 1; n > a && k - n <= 8; n--) {
      const t = toks[n]
      if (t.kind === 'q' || isReportingVerb(t)) break
      if (t.kind !== 'w' || t.cap || !SPEECH_NOUNS.has(t.low)) continue
      const p = toks[n - 1]
      let hit: MentionHit | null = null
      const g = POSSESSIVE_PRONOUN.get(p.low)
      if (g !== undefined && p.low !== 'its' && p.low !== 'their') {
        hit = { ti: n - 1, tj: n, s: p.s, e: p.e, type: 'pronoun', name: p.t, title: null, gender: g, head: g === 'm' ? 'he' : 'she' }
      } else if (/['’]s?$/.test(p.t) && p.cap) {
        // The possessive name: back over the rest of the name ("Dana Holt's").
        let b = n - 1
        while (b - 1 > a && toks[b - 1].kind === 'w' && toks[b - 1].cap) b--
        const end = p.e - (/['’]$/.test(p.t) ? 1 : 2)
        hit = { ti: b, tj: n, s: toks[b].s, e: end, type: 'name', name: text.slice(toks[b].s, end), title: null, gender: null, head: null }
      }
      if (hit !== null) decide(ctx, qi, hit, 'possessive-speech-noun', baseConfidence(hit, 0.65))
      break
    }
  }
}
