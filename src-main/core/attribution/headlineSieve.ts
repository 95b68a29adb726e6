// Headline conventions: "… 'unshakable' commitment to S. Korea: official" ends with its source after
// a colon; "Holt: … Rival Is 'Bluffing'" opens with it. The source is usually named or
// described in the body, which speaker resolution links it to.
import { decide, type Ctx, type Sieve } from './context.ts'
import { mentionStartingAt, type MentionHit } from './mentions.ts'

function hitAfterColon(ctx: Ctx, para: number): MentionHit | null {
  const { ts, text } = ctx
  const a = ts.paraStart[para]
  let b = ts.paraStart[para + 1]
  if (b > a && ts.toks[b - 1].kind === 'p') b--
  // The source: at most four words after the last colon (or ", says"), ending the headline.
  for (let c = b - 1; c > a && b - c <= 5; c--) {
    const t = ts.toks[c]
    if (t.t === ':' || t.t === '—' || t.t === '-' || (t.low === 'says' && ts.toks[c - 1]?.t === ',')) {
      const hit = mentionStartingAt(ts, c + 1, b, text)
      if (hit !== null && hit.tj === b) return hit
      // A bare head noun ("official", "report", "sources") also names the article's source.
      const only = ts.toks[c + 1]
      if (only !== undefined && c + 2 === b && only.kind === 'w' && !only.cap) {
        return { ti: c + 1, tj: b, s: only.s, e: only.e, type: 'descriptor', name: only.t, title: null, gender: null, head: only.low }
      }
      return null
    }
  }
  return null
}

function hitBeforeColon(ctx: Ctx, para: number): MentionHit | null {
  const { ts, text } = ctx
  const a = ts.paraStart[para]
  const b = ts.paraStart[para + 1]
  for (let c = a + 1; c < b && c - a <= 4; c++) {
    if (ts.toks[c].t !== ':') continue
    const hit = mentionStartingAt(ts, a, c, text)
    return hit !== null && hit.tj === c && hit.type === 'name' ? hit : null
  }
  return null
}

export const headlineSieve: Sieve = (ctx) => {
  const { quotes } = ctx
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi]
    if (ctx.decisions[qi] !== null || q.kind !== 'headline') continue
    const after = hitAfterColon(ctx, q.para)
    if (after !== null) { decide(ctx, qi, after, 'headline-source-after-colon', after.type === 'name' ? 0.8 : 0.7); continue }
    const before = hitBeforeColon(ctx, q.para)
    if (before !== null) decide(ctx, qi, before, 'headline-source-before-colon', 0.7)
  }
}
