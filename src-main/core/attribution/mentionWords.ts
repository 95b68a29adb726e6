// The word-level pieces of mention reading: the hit type, the word lists, and the tests for a
// name word, a possessive and a speaker pronoun. Shared by mentions.ts and subject.ts.
import type { Tok, TokenStream } from './tokens.ts'
import { NOT_NAME, SPEAKER_PRONOUNS, isGivenName, type Gender } from './lexicon.ts'

export type MentionType = 'name' | 'pronoun' | 'descriptor' | 'org'

export interface MentionHit {
  /** Token range [ti, tj) of the whole mention as written, title included. */
  ti: number
  tj: number
  s: number
  e: number
  type: MentionType
  /** The name part ("Daniel Kritenbrink"), the organisation, the descriptor or the pronoun as written. */
  name: string
  title: string | null
  gender: Gender
  /** Lower-case pronoun or descriptor head noun; null for names. */
  head: string | null
}

export const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'da', 'di', 'del', 'dos', 'das', 'st.'])
// Lower-case words that may stand before a title or name: "former Rep.", "the late Sen.".
export const PRE_NAME = new Set(['former', 'then', 'retired', 'late', 'outgoing', 'acting', 'incoming', 'ex', 'fellow', 'disgraced', 'embattled'])
export const NP_STOP = new Set(['in', 'at', 'to', 'for', 'of', 'from', 'on', 'with', 'who', 'that', 'which', 'and', 'as', 'after', 'before', 'during', 'when', 'while', 'by', 'about', 'because', 'if', 'but', 'or', 'than', 'whose', 'whom'])
export const LONE_DETERMINERS = new Set(['another', 'one', 'others', 'some', 'many', 'several', 'both', 'most'])
// Words that make the noun phrase after them an object or adjunct, not a subject.
export const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'at', 'to', 'with', 'from', 'by', 'for', 'on', 'about', 'into', 'like', 'than', 'among', 'against'])
export const SUFFIXES = new Set(['Jr.', 'Sr.', 'II', 'III', 'IV', 'Jr', 'Sr'])
// Words after a head noun that continue a descriptor: "people familiar with the matter said".
export const POSTMOD = new Set(['familiar', 'close', 'with', 'who', 'in', 'at', 'from', 'for', 'of', 'briefed', 'involved', 'knowledgeable', 'on'])

export const isPossessive = (t: Tok): boolean => /['’]s?$/.test(t.t) && t.t.length > 2

// Month and day-like words that are also surnames (Theresa May): names only after another name word.
export const SURNAME_LIKE = new Set(['May', 'June', 'April', 'August', 'Friday', 'Monday', 'Well', 'Young', 'Long', 'Said'])

export function isNameWord(t: Tok, prev?: Tok): boolean {
  if (t.kind !== 'w' || !t.cap || isPossessive(t)) return false
  if (!NOT_NAME.has(t.t)) return true
  return SURNAME_LIKE.has(t.t) && prev !== undefined && prev.sent === t.sent && isNameWord(prev) && isGivenName(prev.t)
}

export function text(ts: TokenStream, a: number, b: number, src: string): string {
  return src.slice(ts.toks[a].s, ts.toks[b].e)
}

export function pronounAt(ts: TokenStream, i: number): MentionHit | null {
  const t = ts.toks[i]
  if (t === undefined || t.kind !== 'w' || !SPEAKER_PRONOUNS.has(t.low)) return null
  if (t.cap && t.low !== 'i' && i > 0 && ts.toks[i - 1].sent === t.sent) return null // "It" mid-sentence is a name-like use
  return { ti: i, tj: i + 1, s: t.s, e: t.e, type: 'pronoun', name: t.t, title: null, gender: SPEAKER_PRONOUNS.get(t.low) ?? null, head: t.low }
}
