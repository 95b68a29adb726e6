// The indexed terms, held in memory in sorted order, so each query word can be widened to the terms
// within a few edits of it (typos, spelling variants) before one FTS5 query runs.
// The sorted list is walked like a trie: edit-distance rows are shared by terms with a common
// prefix, and every term under a prefix that is already too far away is skipped at once.
import { allowedEdits } from './editDistance.ts'

export interface Expansion {
  word: string
  /** Terms to match, the word itself first when it is indexed; each with its edit distance. */
  terms: { term: string; distance: number }[]
}

const MAX_DEPTH = 64

export class Vocabulary {
  private readonly terms: string[]
  private readonly known: Set<string>
  private readonly rows: Int32Array[] = Array.from({ length: MAX_DEPTH + 1 }, () => new Int32Array(MAX_DEPTH + 1))
  readonly size: number

  constructor(terms: Iterable<string>) {
    this.known = new Set(terms)
    this.terms = [...this.known].filter((t) => t.length <= MAX_DEPTH).sort()
    this.size = this.known.size
  }

  has(term: string): boolean {
    return this.known.has(term)
  }

  /** Index of the first term that does not start with `prefix`, searching from `from`. */
  private endOfPrefix(prefix: string, from: number): number {
    let lo = from
    let hi = this.terms.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.terms[mid].startsWith(prefix) || this.terms[mid] < prefix) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /**
   * Terms within the allowed number of edits of `word`, at most `limit`: closest first and, at the
   * same distance, the most frequent first (the word meant is usually a common one).
   */
  expand(word: string, limit = 48, frequency: (term: string) => number = () => 0, maxEdits = Infinity): Expansion {
    const max = Math.min(allowedEdits(word.length), maxEdits)
    const found: { term: string; distance: number }[] = []
    if (this.known.has(word)) found.push({ term: word, distance: 0 })
    if (max > 0 && word.length <= MAX_DEPTH) this.walk(word, max, found)
    found.sort((a, b) => a.distance - b.distance || frequency(b.term) - frequency(a.term) || (a.term < b.term ? -1 : 1))
    return { word, terms: found.slice(0, limit) }
  }

  private walk(word: string, max: number, found: { term: string; distance: number }[]): void {
    const n = word.length
    const rows = this.rows
    for (let j = 0; j <= n; j++) rows[0][j] = j
    let previous = ''
    let i = 0
    while (i < this.terms.length) {
      const term = this.terms[i]
      let common = 0
      const limit = Math.min(previous.length, term.length)
      while (common < limit && previous.charCodeAt(common) === term.charCodeAt(common)) common++
      let depth = common
      let pruned = false
      for (; depth < term.length; depth++) {
        const row = rows[depth + 1]
        const above = rows[depth]
        const c = term.charCodeAt(depth)
        row[0] = depth + 1
        let rowMin = row[0]
        for (let j = 1; j <= n; j++) {
          let d = Math.min(above[j] + 1, row[j - 1] + 1, above[j - 1] + (c === word.charCodeAt(j - 1) ? 0 : 1))
          if (depth > 0 && j > 1 && c === word.charCodeAt(j - 2) && term.charCodeAt(depth - 1) === word.charCodeAt(j - 1)) {
            d = Math.min(d, rows[depth - 1][j - 2] + 1)
          }
          row[j] = d
          if (d < rowMin) rowMin = d
        }
        if (rowMin > max) {
          // No term starting with term[0..depth] can come within max edits: skip them all.
          previous = term.slice(0, depth + 1)
          i = this.endOfPrefix(previous, i)
          pruned = true
          break
        }
      }
      if (pruned) continue
      const distance = rows[term.length][n]
      if (distance > 0 && distance <= max) found.push({ term, distance })
      previous = term
      i++
    }
  }

  /** Indexed terms that start with `prefix` (for the word still being typed), at most `limit`. */
  withPrefix(prefix: string, limit = 64): string[] {
    let lo = 0
    let hi = this.terms.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.terms[mid] < prefix) lo = mid + 1
      else hi = mid
    }
    const out: string[] = []
    for (let i = lo; i < this.terms.length && out.length < limit && this.terms[i].startsWith(prefix); i++) out.push(this.terms[i])
    return out
  }
}
