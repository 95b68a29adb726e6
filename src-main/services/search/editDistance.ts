// Optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions) with a
// cut-off: returns max + 1 as soon as the distance must exceed max. Typos are mostly one edit.

const prevPrev: number[] = []
const prev: number[] = []
const curr: number[] = []

export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  if (a === b) return 0
  const n = b.length
  for (let j = 0; j <= n; j++) prev[j] = j
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i
    let rowMin = i
    const ca = a.charCodeAt(i - 1)
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1)
      let d = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + (ca === cb ? 0 : 1))
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        d = Math.min(d, prevPrev[j - 2] + 1)
      }
      curr[j] = d
      if (d < rowMin) rowMin = d
    }
    if (rowMin > max) return max + 1
    for (let j = 0; j <= n; j++) {
      prevPrev[j] = prev[j]
      prev[j] = curr[j]
    }
  }
  return prev[n]
}

/** How many edits a word of this length may carry and still be the word meant. */
export function allowedEdits(length: number): number {
  if (length <= 3) return 0
  if (length <= 7) return 1
  return 2
}
