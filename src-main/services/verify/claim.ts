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

/** Runs of capitalised words in the claim's frame, longest first within each run ("Wendy Sherman", "Sherman"). */
export function nameCandidates(frame: string): string[] {
  const out: string[] = []
  for (const m of frame.matchAll(CAPITALISED)) {
    const tokens = m[0].split(/\s+/)
    for (let length = tokens.length; length >= 1; length--) {
      for (let start = 0; start + length <= tokens.length; start++) out.push(tokens.slice(start, start + length).join(' ').replace(/['’]s$/, ''))
    }
  }
  return out
}
