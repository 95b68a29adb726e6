// A quotation standing alone in its paragraph, signed on the next line: “…” / — Ann Vale, Salem.
// Round-ups of reader and social-media comments and pull quotes are laid out this way.
import { decide, isSpeech, type Sieve } from './context.ts'
import { mentionStartingAt } from './mentions.ts'

const DASHES = new Set(['—', '–', '-', '--'])

export const signOffSieve: Sieve = (ctx) => {
  const { quotes, ts, text } = ctx
  const toks = ts.toks
  for (let qi = 0; qi < quotes.length; qi++) {
    if (ctx.decisions[qi] !== null || !isSpeech(quotes[qi]) || quotes[qi].kind !== 'full') continue
    const k = ts.quoteTok[qi]
    const para = toks[k].para
    // The quotation is the whole paragraph (a closing full stop aside).
    if (k !== ts.paraStart[para]) continue
    let n = k + 1
    if (toks[n]?.t === '.' && toks[n].para === para) n++
    const dash = toks[n]
    if (dash === undefined || dash.para !== para + 1 || !DASHES.has(dash.t)) continue
    const hit = mentionStartingAt(ts, n + 1, ts.paraStart[para + 2] ?? toks.length, text)
    if (hit === null || hit.type === 'pronoun') continue
    decide(ctx, qi, hit, 'sign-off', 0.8)
  }
}
