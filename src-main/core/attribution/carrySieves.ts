// Sieves that give a quote the speaker of a neighbouring quote: pieces of one quotation that runs
// over paragraphs, runs of quotes inside a paragraph, and a quote-only paragraph that goes on from
// the previous one. They are less certain than the direct sieves and say so in their confidence.
import { decide, isSpeech, type Ctx, type Sieve } from './context.ts'
import { isReportingVerb } from './mentions.ts'
import { NOT_NAME } from './lexicon.ts'

function carry(ctx: Ctx, qi: number, from: number, rule: string, factor: number): void {
  const src = ctx.decisions[from]
  if (src === null || src.hit === null) return
  decide(ctx, qi, src.hit, rule, Math.min(src.confidence, 0.95) * factor, src.from >= 0 ? src.from : from)
}

/**
 * Pieces of one quotation running over paragraphs share the speaker found for a piece: the nearest
 * one before (a transcript quoted as one run names a new speaker on a piece: "HOST: …", "GUEST: …"),
 * else the first one after.
 */
export const continuedQuoteSieve: Sieve = (ctx) => {
  const { quotes } = ctx
  let chain: number[] = []
  const flush = (): void => {
    const known = chain.filter((i) => ctx.decisions[i] !== null && ctx.decisions[i]?.hit !== null)
    if (known.length > 0) {
      for (const i of chain) {
        if (ctx.decisions[i] !== null) continue
        const before = known.filter((k) => k < i)
        carry(ctx, i, before.length > 0 ? before[before.length - 1] : known[0], 'quote-continues', 0.85)
      }
    }
    chain = []
  }
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi]
    if (q.outer >= 0) continue
    if (q.continued && chain.length > 0) chain.push(qi)
    else { flush(); chain = [qi] }
    if (!q.continues) flush()
  }
  flush()
}

const PERSONAL = new Set(['he', 'she', 'they'])

function namesSomeone(ctx: Ctx, from: number, to: number): boolean {
  const toks = ctx.ts.toks
  for (let i = from; i < to; i++) {
    const t = toks[i]
    if (t.kind !== 'w') continue
    if (PERSONAL.has(t.low)) return true
    // A new sentence opening with a name: its subject may be the next speaker.
    if (t.cap && !NOT_NAME.has(t.t) && i > 0 && toks[i - 1].sent !== t.sent && toks[i + 1]?.kind === 'w' && !toks[i + 1].cap) return true
  }
  return false
}

function hasReportingVerb(ctx: Ctx, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isReportingVerb(ctx.ts.toks[i])) return true
  return false
}

/** Later quotes of a paragraph keep the speaker of the quote before them; a lead-in quote takes the next. */
export const paragraphRunSieve: Sieve = (ctx) => runSieve(ctx, true)

/** The same run, last resort: also across a sentence naming someone else, at lower confidence. */
export const weakParagraphRunSieve: Sieve = (ctx) => runSieve(ctx, false)

function runSieve(ctx: Ctx, strict: boolean): void {
  const { quotes, ts } = ctx
  for (let qi = 0; qi < quotes.length; qi++) {
    if (ctx.decisions[qi] !== null || !isSpeech(quotes[qi])) continue
    const para = quotes[qi].para
    let prev = -1
    for (let pj = qi - 1; pj >= 0 && quotes[pj].para === para; pj--) {
      if (isSpeech(quotes[pj]) && quotes[pj].outer < 0 && ctx.decisions[pj]?.hit) { prev = pj; break }
    }
    if (prev >= 0) {
      // Someone else named or referred to after the previous quote's sentence breaks the run.
      const from = ts.sentStart[ts.toks[ts.quoteTok[prev]].sent + 1]
      if (!namesSomeone(ctx, from, ts.quoteTok[qi])) carry(ctx, qi, prev, 'run-continuation', 0.85)
      else if (!strict) carry(ctx, qi, prev, 'run-continuation-weak', 0.65)
      continue
    }
    for (let nj = qi + 1; nj < quotes.length && quotes[nj].para === para; nj++) {
      if (isSpeech(quotes[nj]) && quotes[nj].outer < 0 && ctx.decisions[nj]?.hit) {
        // Only across plain text with no other speaker's verb in between.
        if (!hasReportingVerb(ctx, ts.quoteTok[qi] + 1, ts.quoteTok[nj])) carry(ctx, qi, nj, 'run-lead-in', 0.6)
        break
      }
    }
  }
}

/**
 * A paragraph that opens with a quotation and names nobody goes on with the speaker of the previous
 * paragraph's last quote, when that paragraph quoted someone: the usual run of quotes by one person.
 */
export const paragraphCarrySieve: Sieve = (ctx) => {
  const { quotes, ts } = ctx
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi]
    if (ctx.decisions[qi] !== null || q.kind !== 'full' || q.outer >= 0) continue
    const k = ts.quoteTok[qi]
    const p0 = ts.paraStart[q.para]
    if (k !== p0) continue
    if (hasReportingVerb(ctx, p0, ts.paraStart[q.para + 1])) continue
    let src = -1
    for (let pj = qi - 1; pj >= 0; pj--) {
      const pq = quotes[pj]
      if (pq.para < q.para - 1) break
      if (pq.para === q.para - 1 && isSpeech(pq) && pq.outer < 0 && ctx.decisions[pj]?.hit) { src = pj; break }
    }
    if (src >= 0) carry(ctx, qi, src, 'paragraph-carry', 0.75)
  }
}
