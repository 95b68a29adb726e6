// Which tokens are reporting verbs, decided once per article from the verb lists.
import type { Tok, TokenStream } from './tokens.ts'
import { ADVERBS, INTRANSITIVE_VERBS, NOT_SPEECH_BEFORE, REQUIRES_IT, VERBS, VERB_PARTICLES } from './lexicon.ts'

const NOUN_BEFORE = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your', 'the', 'a', 'an', 'this', 'these', 'those'])

// Words before "states" that make it the plural noun: "member states", "many (Baltic) states".
const STATE_NOUN_BEFORE = new Set(['member', 'many', 'other', 'several', 'all', 'some', 'both', 'most', 'few', 'these', 'those', 'the', 'two',
  'three', 'four', 'five', 'neighbouring', 'neighboring', 'southern', 'northern', 'western', 'eastern', 'gulf', 'island', 'nation', 'swing', 'battleground', 'red', 'blue', 'key', 'early'])

export function isReportingVerb(t: Tok | undefined): boolean {
  return t !== undefined && t.verb && !t.modal
}

/** Also "will say" / "to say": only for a verb that directly follows the quotation's attribution. */
export function isAnyReportingVerb(t: Tok | undefined): boolean {
  return t !== undefined && t.verb
}

/**
 * Marks the tokens used as reporting verbs, once per article. Verbs such as "continued" or "noted"
 * report speech only when no infinitive or object follows ("he continued." but not "continued to take").
 */
export function markReportingVerbs(ts: TokenStream): void {
  const toks = ts.toks
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]
    if (t.kind !== 'w' || t.cap || !VERBS.has(t.low)) continue
    const p = toks[i - 1]
    // Right after a quotation ("…," reads a statement) any reporting verb attributes it.
    const afterQuote = p !== undefined && (p.kind === 'q' || (p.t === ',' && toks[i - 2]?.kind === 'q'))
    // "his comment", "the report": after a determiner the word is a noun.
    if (p !== undefined && p.kind === 'w' && NOUN_BEFORE.has(p.low)) continue
    // "Holt's claim", "the senators' statement": after a possessive too.
    if (p !== undefined && p.kind === 'w' && /\p{L}(?:['’]s|s['’])$/u.test(p.t)) continue
    // "many Baltic states", "the Gulf states", "member states": the noun, not the verb.
    if ((t.low === 'states' || t.low === 'state') && p !== undefined && p.kind === 'w' && (STATE_NOUN_BEFORE.has(p.low) || (p.cap && STATE_NOUN_BEFORE.has(toks[i - 2]?.low ?? '')))) continue
    if (p !== undefined && p.kind === 'w' && NOT_SPEECH_BEFORE.has(p.low)) t.modal = true
    if (REQUIRES_IT.has(t.low) && toks[i + 1]?.low !== 'it') continue
    if (INTRANSITIVE_VERBS.has(t.low) && !afterQuote) {
      const n = toks[i + 1]
      const ok = n === undefined || n.kind !== 'w' || n.cap || n.low === 'that' || VERB_PARTICLES.has(n.low) || ADVERBS.has(n.low) || n.para !== t.para
      if (!ok) continue
    }
    t.verb = true
  }
}
