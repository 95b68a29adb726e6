// Sieves that read the speaker from the quote's own sentence, most certain first.
import { decide, isSpeech, sentenceOf, type Ctx, type Sieve } from './context.ts'
import { isAnyReportingVerb, isReportingVerb, mentionStartingAt, nameEndingAt, type MentionHit } from './mentions.ts'
import { subjectOf } from './subject.ts'
import { FRAGMENT_VERBS, INVERTED_VERBS } from './lexicon.ts'
import { NOT_VERB, afterMention, baseConfidence, clauseSubject, nearestSubject, relativeBefore } from './clause.ts'

// "HARPER: Well, look…" — a speaker label in capitals opening a transcript turn.
const TRANSCRIPT = /^\s*((?:[A-Z][A-Z'’.-]+ ){0,3}[A-Z][A-Z'’.-]+):\s/
const NOT_SPEAKER_LABEL = new Set(['Q', 'A', 'NOTE', 'UPDATE', 'EDITOR’S NOTE', "EDITOR'S NOTE", 'CORRECTION', 'WARNING', 'BREAKING', 'WATCH', 'READ', 'VIDEO', 'PHOTOS', 'RELATED', 'SOURCE', 'AP', 'UPDATED'])


/** Speaker labels inside the quotation or at the paragraph start before it. */
export const transcriptSieve: Sieve = (ctx) => {
  const { text, quotes, ts } = ctx
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi]
    if (ctx.decisions[qi] !== null || !isSpeech(q)) continue
    const m = TRANSCRIPT.exec(text.slice(q.start, Math.min(q.end, q.start + 60)))
    if (m === null || m[1].length < 2 || NOT_SPEAKER_LABEL.has(m[1])) continue
    const s = q.start + m.index + m[0].indexOf(m[1])
    const hit: MentionHit = { ti: -1, tj: -1, s, e: s + m[1].length, type: 'name', name: m[1], title: null, gender: null, head: null }
    decide(ctx, qi, hit, 'transcript-label', 0.95)
  }
  // "HARPER: “…”" with the label outside the marks.
  for (let qi = 0; qi < quotes.length; qi++) {
    if (ctx.decisions[qi] !== null || !isSpeech(quotes[qi])) continue
    const k = ts.quoteTok[qi]
    const p0 = ts.paraStart[ts.toks[k].para]
    if (k < 2 || k - 1 <= p0 || ts.toks[k - 1].t !== ':' || ts.toks[k - 1].para !== ts.toks[k].para || k - 1 - p0 > 4) continue
    let allCaps = true
    for (let i = p0; i < k - 1; i++) if (!/^[A-Z][A-Z'’.-]+$/.test(ts.toks[i].t)) allCaps = false
    if (!allCaps || k - 1 === p0) continue
    const label = text.slice(ts.toks[p0].s, ts.toks[k - 2].e)
    if (NOT_SPEAKER_LABEL.has(label)) continue
    const hit = nameEndingAt(ts, k - 2, p0, text)
    if (hit !== null) decide(ctx, qi, hit, 'transcript-label', 0.93)
  }
}


const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose'])
const NOUN_BEFORE_QUOTE = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that'])
// Only contrastive links: after "and"/"but" the same speaker often goes on.
const CLAUSE_LINKS = new Set(['while', 'whereas'])

/** A conjunction between tokens [from, to) opens another clause. */
function opensClause(ctx: Ctx, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_LINKS.has(ctx.ts.toks[i].low)) return true
  return false
}

function secondHand(ctx: Ctx, from: number, b: number): boolean {
  const toks = ctx.ts.toks
  for (let i = from; i + 1 < b && i - from < 20; i++) if (toks[i].low === 'according' && toks[i + 1].low === 'to') return true
  return false
}

function endsWithStop(text: string, end: number): boolean {
  let k = end - 1
  while (k > 0 && (text[k] === ' ' || text[k] === '’' || text[k] === "'")) k--
  return text[k] === '.' && text[k - 1] !== '.'
}

/** The clause from token i ends within a few words, with no "that" clause or second quote. */
function shortTail(ctx: Ctx, i: number): boolean {
  const toks = ctx.ts.toks
  for (let n = 0; n < 8; n++) {
    const t = toks[i + n]
    if (t === undefined || t.sent !== toks[i - 1].sent) return true
    if (t.kind === 'p' && (t.t === '.' || t.t === ',' || t.t === ':' || t.t === '!' || t.t === '?')) return true
    if (t.kind === 'q') return true
    if (t.low === 'that' || isReportingVerb(t)) return false
  }
  return false
}

/** "…," X said / "…," said X / "…," X, a spokesman for Y, said / "…?" Holt shot back. */
export const saidAfterSieve: Sieve = (ctx) => {
  const { text, quotes, ts } = ctx
  const toks = ts.toks
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi]
    if (ctx.decisions[qi] !== null || !isSpeech(q)) continue
    const k = ts.quoteTok[qi]
    let j = k + 1
    if (toks[j]?.kind === 'p' && (toks[j].t === ',' || toks[j].t === '—' || toks[j].t === '–')) j++
    if (toks[j] === undefined || toks[j].para !== toks[k].para) continue
    const [, b] = sentenceOf(ctx, j)
    const t = toks[j]
    // Right after the quotation any reporting verb may come first: "…," stated Ann Vale.
    if (isReportingVerb(t)) {
      // "the “grim” state of the party": a quoted modifier before a noun, not an attribution.
      if (q.kind === 'fragment' && NOUN_BEFORE_QUOTE.has(toks[k - 1]?.low ?? '')) continue
      const m = afterMention(ctx, j + 1, b)
      const hit = t.low.endsWith('ing') || toks[m]?.low === 'that' ? null : mentionStartingAt(ts, m, b, text)
      if (hit !== null && toks[hit.tj]?.t !== ':') decide(ctx, qi, hit, 'said-after-quote-inverted', baseConfidence(hit, secondHand(ctx, j, b) ? 0.85 : 0.95))
      continue
    }
    const hit = mentionStartingAt(ts, j, b, text)
    // "… a “clerical slip” that was fixed": a relative clause on the quoted words, not a speaker.
    if (hit === null || RELATIVES.has(toks[j].t)) continue
    // "… calling him “a sore loser.” Holt hit back": a fragment closing its sentence; the
    // next sentence's subject answers, it does not speak these words.
    if (q.kind === 'fragment' && endsWithStop(text, q.end)) continue
    let v = afterMention(ctx, hit.tj, b, hit)
    // "…," the president will say: a modal before the verb still attributes the quotation.
    if (toks[v]?.kind === 'w' && toks[v + 1] !== undefined && isAnyReportingVerb(toks[v + 1]) && toks[v + 1].modal) v++
    const verb = toks[v]
    // After a quotation closed by a full stop, "X said" opens a new sentence unless the clause ends
    // right there ("…." Smith said on Monday.); "X said that…" reports something else.
    if (endsWithStop(text, q.end) && !shortTail(ctx, v + 1)) continue
    // "…" Holt said: "…" — the verb introduces the next quotation, not this one.
    if (toks[v + 1]?.t === ':') continue
    if (isAnyReportingVerb(verb)) {
      // Second-hand ("…," X said, according to the Gazette): the outlet's report, less certain.
      const top = FRAGMENT_VERBS.has(verb.low) ? 0.8 : secondHand(ctx, v, b) ? 0.85 : 0.95
      decide(ctx, qi, hit, 'said-after-quote', baseConfidence(hit, top))
      continue
    }
    // An unlisted verb still attributes when the quotation ends the way a quoted sentence does
    // before its attribution: with a comma, question or exclamation mark inside the marks.
    const last = text[q.end - 1]
    // Not when a reporting verb right before the quotation already frames it (… Vale called “odd,” Holt …).
    const framed = q.kind === 'fragment' && [1, 2, 3].some((d) => k - d >= 0 && toks[k - d].sent === toks[k].sent && isReportingVerb(toks[k - d]))
    if (!framed && verb !== undefined && verb.kind === 'w' && !verb.cap && !NOT_VERB.has(verb.low) && (last === ',' || last === '?' || last === '!') && hit.type !== 'descriptor') {
      decide(ctx, qi, hit, 'said-after-quote-other-verb', baseConfidence(hit, 0.7))
    }
  }
}

/** X said: "…" / X told reporters on Monday, "…" / "…," X said, "…". */
export const saidBeforeSieve: Sieve = (ctx) => {
  const { text, quotes, ts } = ctx
  const toks = ts.toks
  for (let qi = 0; qi < quotes.length; qi++) {
    if (ctx.decisions[qi] !== null || !isSpeech(quotes[qi])) continue
    const k = ts.quoteTok[qi]
    const [a] = sentenceOf(ctx, k)
    const prev = toks[k - 1]
    if (prev === undefined || k - 1 < a) continue
    const colon = prev.t === ':'
    if (!colon && prev.t !== ',' && !isReportingVerb(prev)) continue
    // "After Vale criticised the plan, Holt shot back, “…”": the clause right before the quote has
    // its own subject and an unlisted verb; an earlier clause's reporting verb must not win.
    if (prev.t === ',' || colon) {
      const own = ownClause(ctx, a, k - 1)
      if (own !== null) { decide(ctx, qi, own, 'said-before-quote-other-verb', baseConfidence(own, 0.8)); continue }
    }
    for (let v = colon || prev.t === ',' ? k - 2 : k - 1; v >= a && k - v < 16; v--) {
      const t = toks[v]
      if (t.kind === 'q') break
      if (!isReportingVerb(t)) continue
      let hit = subjectOf(ts, v, a, text)
      if (hit === null && INVERTED_VERBS.has(t.low) && t.low !== 'told') hit = mentionStartingAt(ts, v + 1, k, text)
      if (hit !== null) {
        hit = outerSpeaker(ctx, hit, a)
        const top = FRAGMENT_VERBS.has(t.low) ? 0.8 : colon ? 0.93 : 0.9
        decide(ctx, qi, hit, 'said-before-quote', baseConfidence(hit, top))
      } else if (t.low.endsWith('ing')) {
        // "Holt attacked the plan …, saying, “…”": the clause's subject speaks.
        hit = nearestSubject(ctx, a, v) ?? clauseSubject(ctx, a, v)
        if (hit !== null) decide(ctx, qi, hit, 'participle-subject', baseConfidence(hit, 0.8))
      }
      break
    }
  }
}

/**
 * "She said she recalls … “…”", "The coach said he seldom travels …, “…”": a pronoun opening a clause
 * reported by an outer verb names the outer subject; the article names the speaker there, so that
 * mention is the attribution (the pronoun would only repeat it).
 */
function outerSpeaker(ctx: Ctx, hit: MentionHit, a: number): MentionHit {
  if (hit.type !== 'pronoun' || (hit.head !== 'he' && hit.head !== 'she' && hit.head !== 'they')) return hit
  const toks = ctx.ts.toks
  const v = toks[hit.ti - 1]?.low === 'that' ? hit.ti - 2 : hit.ti - 1
  if (v <= a || !isReportingVerb(toks[v])) return hit
  const outer = subjectOf(ctx.ts, v, a, ctx.text)
  if (outer === null) return hit
  if (outer.type === 'pronoun') return outer.head === hit.head ? outer : hit
  // A name or descriptor: only when it agrees with the pronoun ("they" for groups, he/she for people).
  if (hit.head === 'they') return outer.type === 'descriptor' || outer.type === 'org' ? outer : hit
  return outer.gender === null || (outer.gender === 'm') === (hit.head === 'he') ? outer : hit
}

/** "…", according to X. */
export const accordingToSieve: Sieve = (ctx) => {
  const { text, quotes, ts } = ctx
  const toks = ts.toks
  for (let qi = 0; qi < quotes.length; qi++) {
    if (ctx.decisions[qi] !== null || !isSpeech(quotes[qi])) continue
    const [a, b] = sentenceOf(ctx, ts.quoteTok[qi])
    for (let i = a; i + 2 < b; i++) {
      if (toks[i].low !== 'according' || toks[i + 1].low !== 'to') continue
      const hit = mentionStartingAt(ts, i + 2, b, text)
      if (hit !== null) decide(ctx, qi, hit, 'according-to', baseConfidence(hit, 0.9))
      break
    }
  }
}

/**
 * A reporting verb elsewhere in the sentence: He called it "a mess"; Sherman stressed there is
 * "no daylight"; "…" steps, a senior official said Thursday. The nearest verb with a subject wins,
 * left of the quote first; a participle without its own subject ("…, saying") takes the clause's.
 */
export const sentenceVerbSieve: Sieve = (ctx) => {
  const { text, quotes, ts } = ctx
  const toks = ts.toks
  for (let qi = 0; qi < quotes.length; qi++) {
    if (ctx.decisions[qi] !== null || !isSpeech(quotes[qi])) continue
    const k = ts.quoteTok[qi]
    const [a, b] = sentenceOf(ctx, k)
    let best: MentionHit | null = null
    let bestScore = Infinity
    let bestVerb = ''
    let participle = false
    for (let v = a; v < b; v++) {
      const t = toks[v]
      if (!isReportingVerb(t)) continue
      // Left of the quote first: a verb after it usually opens another clause ("… while Vale calls it").
      const score = v < k ? k - v : (v - k) + 8
      if (score >= bestScore) continue
      // "… calls it “the den,” while Vale calls it …": a verb after the quote in a new clause.
      if (v > k && opensClause(ctx, k + 1, v)) continue
      // "… has shown “patience” with its clients, said Ann Vale": after a comma, said-type verbs take the name after them.
      const inverted = v > k && toks[v - 1]?.t === ',' && INVERTED_VERBS.has(t.low) && t.low !== 'told' ? mentionStartingAt(ts, v + 1, b, text) : null
      let hit = inverted ?? subjectOf(ts, v, a, text) ?? relativeBefore(ctx, v, a)
      let viaParticiple = false
      // "Holt stood firm … and said the plan was “…”": a second verb shares the clause subject.
      if (hit === null && v > a && (toks[v - 1].low === 'and' || toks[v - 1].low === 'but')) {
        hit = nearestSubject(ctx, a, v - 1) ?? clauseSubject(ctx, a, v - 1)
        viaParticiple = hit !== null
      }
      if (hit === null && INVERTED_VERBS.has(t.low) && v > k) hit = mentionStartingAt(ts, v + 1, b, text)
      if (hit === null && t.low.endsWith('ing')) {
        hit = nearestSubject(ctx, a, v) ?? clauseSubject(ctx, a, v)
        viaParticiple = hit !== null
      }
      if (hit === null) continue
      best = hit
      bestScore = score
      bestVerb = t.low
      participle = viaParticiple
    }
    if (best === null) continue
    best = outerSpeaker(ctx, best, a)
    let top = FRAGMENT_VERBS.has(bestVerb) ? 0.75 : 0.85
    if (participle) top -= 0.1
    decide(ctx, qi, best, participle ? 'participle-subject' : 'sentence-verb', baseConfidence(best, top))
  }
}


/** The clause (after the last comma) ending at token `end`: "Holt shot back" — subject, no listed verb. */
function ownClause(ctx: Ctx, a: number, end: number): MentionHit | null {
  const toks = ctx.ts.toks
  if (end - 1 <= a) return null
  let c = end - 1
  while (c > a && toks[c].t !== ',' && toks[c].kind !== 'q' && end - c < 10) c--
  const start = c === a ? a : c + 1
  if (toks[c].kind === 'q' || (c !== a && toks[c].t !== ',')) return null
  for (let i = start; i < end; i++) if (isReportingVerb(toks[i])) return null
  const hit = mentionStartingAt(ctx.ts, start, end, ctx.text)
  if (hit === null || hit.type === 'descriptor' || hit.tj >= end) return null
  const next = toks[hit.tj]
  return next.kind === 'w' && !next.cap && !NOT_VERB.has(next.low) ? hit : null
}
