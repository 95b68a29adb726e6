import { describe, expect, it } from 'vitest'
import { formatDate, listKeys, needsReview, segments } from './format.ts'

describe('renderer helpers', () => {
  it('cuts text into plain and highlighted runs, merging overlaps and ignoring empty spans', () => {
    expect(segments('no daylight between', [{ start: 3, end: 11 }, { start: 0, end: 2 }, { start: 5, end: 8 }, { start: 12, end: 12 }])).toEqual([
      { text: 'no', mark: true },
      { text: ' ', mark: false },
      { text: 'daylight', mark: true },
      { text: ' between', mark: false },
    ])
    expect(segments('abc', [])).toEqual([{ text: 'abc', mark: false }])
  })

  it('formats partial ISO dates as precisely as they are', () => {
    expect(formatDate('2023-11-02')).toBe('2 Nov 2023')
    expect(formatDate('2016-02')).toBe('Feb 2016')
    expect(formatDate('2016')).toBe('2016')
    expect(formatDate(null)).toBe('undated')
  })

  it('marks undecided low-confidence attributions as needing review', () => {
    expect(needsReview({ confidence: 0.4, decision: null })).toBe(true)
    expect(needsReview({ confidence: 0.4, decision: { action: 'accept', by: null, at: '' } })).toBe(false)
    expect(needsReview({ confidence: 0.9, decision: null })).toBe(false)
  })

  it('moves with j/k and the arrows, clamped to the list, and opens with Enter', () => {
    const moves: number[] = []
    let opened = 0
    const press = (key: string, index: number) =>
      listKeys({ key, preventDefault() {} } as KeyboardEvent, 3, index, (i) => moves.push(i), () => opened++)
    press('j', 0)
    press('ArrowDown', 2)
    press('k', 0)
    press('End', 0)
    press('Enter', 1)
    press('x', 1)
    expect(moves).toEqual([1, 2, 0, 2])
    expect(opened).toBe(1)
  })
})
