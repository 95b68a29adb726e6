// Shared state of the attribution sieves. A sieve only fills decisions that are still null, so the
// order of the sieves is the order of certainty.
import type { FoundQuote } from '../quotes/classify.ts'
import type { Layout } from '../quotes/paragraphs.ts'
import type { MentionHit } from './mentions.ts'
import type { TokenStream } from './tokens.ts'

export interface Decision {
  /** The mention that names the speaker; for carried decisions, the source quote's mention. */
  hit: MentionHit | null
  rule: string
  /** Certainty of the pattern itself; resolution of the mention may lower it. */
  confidence: number
  /** For carried decisions: the quote whose speaker this one repeats; else -1. */
  from: number
}

export interface Ctx {
  text: string
  layout: Layout
  quotes: FoundQuote[]
  ts: TokenStream
  decisions: (Decision | null)[]
}

export type Sieve = (ctx: Ctx) => void

export function isSpeech(q: FoundQuote): boolean {
  return q.kind === 'full' || q.kind === 'fragment'
}

/** Token range [a, b) of the sentence holding token i. */
export function sentenceOf(ctx: Ctx, i: number): [number, number] {
  const s = ctx.ts.toks[i].sent
  return [ctx.ts.sentStart[s], ctx.ts.sentStart[s + 1]]
}

export function decide(ctx: Ctx, qi: number, hit: MentionHit | null, rule: string, confidence: number, from = -1): void {
  ctx.decisions[qi] = { hit, rule, confidence, from }
}
