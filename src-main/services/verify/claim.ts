// Reading a claim as a journalist writes it: `Blinken said there is "no daylight" between Seoul and
// Washington`. The quoted words are what must have been said; a bare phrase is all quoted words.
import { splitWords, type Word } from './wordDiff.ts'

export interface ParsedClaim {
  /** The words the claim says were said, in order. */
  words: Word[]
  /** The quoted text as the claim gives it. */
  quoted: string
  /** The claim without its quoted parts: where the speaker is named. */
  frame: string
}

const QUOTED = /["“”„«»]([^"“”„«»]+)["“”„«»]|(?:^|[\s(])['‘]([^'‘’]+?)['’](?=$|[\s,.;:!?)])/gu

export function parseClaim(claim: string): ParsedClaim {
  const pieces: string[] = []
  let frame = ''
  let last = 0
  for (const m of claim.matchAll(QUOTED)) {
    const inner = m[1] ?? m[2]
    pieces.push(inner)
    frame += claim.slice(last, m.index) + ' … '
    last = m.index + m[0].length
  }
  frame += claim.slice(last)
  if (pieces.length === 0) return { words: splitWords(claim), quoted: claim.trim(), frame: '' }
  const quoted = pieces.join(' … ')
  return { words: splitWords(quoted), quoted, frame }
}

const CAPITALISED = /\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*/gu

// "the secretary", "the prime minister": a person named by a role, as articles and claims do.
// The words are captured in a lookahead, so each "the" starts its own match ("at the summit the secretary").
const ROLE_REFERENCE = /(?<![\p{L}\p{N}])[Tt]he\s+(?=(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,2}))/gu

/**
 * Runs of capitalised words in the claim's frame, longest first within each run ("Wendy Sherman",
 * "Sherman"), then role references ("the secretary", longest first).
 */
export function nameCandidates(frame: string): string[] {
  const out: string[] = []
  for (const m of frame.matchAll(CAPITALISED)) {
    const tokens = m[0].split(/\s+/)
    for (let length = tokens.length; length >= 1; length--) {
      for (let start = 0; start + length <= tokens.length; start++) out.push(tokens.slice(start, start + length).join(' ').replace(/['’]s$/, ''))
    }
  }
  for (const m of frame.matchAll(ROLE_REFERENCE)) {
    const words = m[1].split(/\s+/)
    for (let length = words.length; length >= 1; length--) out.push(`the ${words.slice(0, length).join(' ').toLowerCase()}`)
  }
  return out
}
