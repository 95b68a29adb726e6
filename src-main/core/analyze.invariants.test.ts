// Property test: on random texts made of quote marks, names, verbs and line breaks, analyzeText never
// throws and every offset it returns points at the text it claims.
import { describe, expect, it } from 'vitest'
import { analyzeText } from './analyze.ts'

const PIECES = ['"', '“', '”', "'", '‘', '’', '«', '»', ' ', ' ', '\n', '\n\n', ',', '.', ':', 'he', 'said', 'Smith', 'John', 'a',
  'official', 'told', 'the', 'who', 'according', 'to', 'HARPER', '(', ')', '—', "''", 'Mr.', 'U.S.', 'she', 'added', 'x']

function lcg(seed: number): () => number {
  let s = seed
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648
    return s / 2147483648
  }
}

describe('analyzeText invariants', () => {
  it('holds on 3000 random texts', () => {
    const rnd = lcg(42)
    for (let n = 0; n < 3000; n++) {
      let t = ''
      const len = Math.floor(rnd() * 60)
      for (let i = 0; i < len; i++) t += PIECES[Math.floor(rnd() * PIECES.length)] + (rnd() < 0.5 ? ' ' : '')
      const a = analyzeText(t)
      for (const q of a.quotes) {
        expect(t.slice(q.start, q.end)).toBe(q.text)
        const { speaker, mention, confidence } = q.attribution
        if (speaker !== null) expect(speaker).toBeLessThan(a.speakers.length)
        if (mention !== null) expect(t.slice(mention.start, mention.end)).toBe(mention.text)
        expect(confidence).toBeGreaterThanOrEqual(0)
        expect(confidence).toBeLessThanOrEqual(1)
      }
    }
  })
  it('handles empty, mark-only and very long texts', () => {
    expect(analyzeText('')).toEqual({ quotes: [], speakers: [] })
    expect(analyzeText('"').quotes).toEqual([])
    expect(analyzeText('“”').quotes).toEqual([])
    expect(analyzeText('a'.repeat(100000)).quotes).toEqual([])
  })
})
