// Word-level comparison of what a claim quotes with what was said: which words are the same, spelled
// differently (a typo or a variant spelling), left out, or added. Punctuation, case, accents and the
// style of apostrophes never count as differences.
import { allowedEdits, boundedDistance } from '../search/editDistance.ts'
import { fold } from '../search/normalize.ts'
import { spellingVariants } from '../search/spelling.ts'
import type { Span } from '../../shared/model.ts'

export type DiffOp =
  | { op: 'same'; text: string }
  | { op: 'spelling'; text: string; claimed: string }
  | { op: 'removed'; text: string }
  | { op: 'added'; text: string }

export interface Word extends Span {
  text: string
  folded: string
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}]+)*/gu

export function splitWords(text: string): Word[] {
  const out: Word[] = []
  for (const m of text.matchAll(WORD)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], folded: fold(m[0]).replace(/’/g, "'") })
  }
  return out
}

/** 0: the same word; 1: the same word spelled differently; null: different words. */
export function wordMatch(a: string, b: string): 0 | 1 | null {
  if (a === b) return 0
  if (spellingVariants(a).includes(b)) return 1
  const max = Math.min(allowedEdits(a.length), allowedEdits(b.length), 1)
  return max > 0 && boundedDistance(a, b, max) <= max ? 1 : null
}

export interface Alignment {
  /** Index range of the said words the claim lines up with. */
  from: number
  to: number
  ops: DiffOp[]
  same: number
  spelling: number
  removed: number
  added: number
}

/**
 * Aligns the claimed words with the stretch of the said words they best match (a claim may quote
 * only part of a quote): longest common subsequence, where a spelling difference still pairs words.
 */
export function align(claimed: Word[], said: Word[]): Alignment {
  const n = claimed.length
  const m = said.length
  // score[i][j]: best pairing of claimed[i..] with said[j..]; pairs score 2 (same) or 1.5 (spelling).
  const score: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(m + 1))
  // Claimed words left over after the said words run out are additions.
  for (let i = n - 1; i >= 0; i--) score[i][m] = score[i + 1][m] - 0.01
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const match = wordMatch(claimed[i].folded, said[j].folded)
      const pair = match === null ? -Infinity : score[i + 1][j + 1] + (match === 0 ? 2 : 1.5)
      score[i][j] = Math.max(pair, score[i + 1][j] - 0.01, score[i][j + 1] - 0.01)
    }
  }
  // Start where the claim's first paired word is best placed; words before it are not part of the claim.
  let start = 0
  for (let j = 1; j < m; j++) if (score[0][j] > score[0][start] + 1e-9) start = j
  const ops: DiffOp[] = []
  let i = 0
  let j = start
  let lastPaired = start - 1
  const result = { same: 0, spelling: 0, removed: 0, added: 0 }
  // Within a changed stretch, what was said (removed) is listed before what the claim has instead.
  const pendingRemoved: DiffOp[] = []
  const pendingAdded: DiffOp[] = []
  while (i < n) {
    const match = j < m ? wordMatch(claimed[i].folded, said[j].folded) : null
    if (match !== null && score[i][j] === score[i + 1][j + 1] + (match === 0 ? 2 : 1.5)) {
      ops.push(...pendingRemoved.splice(0), ...pendingAdded.splice(0))
      if (match === 0) {
        ops.push({ op: 'same', text: said[j].text })
        result.same++
      } else {
        ops.push({ op: 'spelling', text: said[j].text, claimed: claimed[i].text })
        result.spelling++
      }
      lastPaired = j
      i++
      j++
    } else if (j < m && score[i][j] === score[i][j + 1] - 0.01) {
      // A said word the claim leaves out; it only counts if the claim goes on after it.
      pendingRemoved.push({ op: 'removed', text: said[j].text })
      j++
    } else {
      pendingAdded.push({ op: 'added', text: claimed[i].text })
      result.added++
      i++
    }
  }
  // Said words after the claim's last word are not part of what it quotes; added words are.
  ops.push(...pendingAdded)
  result.removed = ops.filter((o) => o.op === 'removed').length
  return { from: start, to: lastPaired + 1, ops, ...result }
}
