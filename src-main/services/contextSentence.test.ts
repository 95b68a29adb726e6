import { describe, expect, it } from 'vitest'
import { CONTEXT_REACH, contextSentence } from './contextSentence.ts'

/** The context of the first occurrence of `quote` in `text`. */
const around = (text: string, quote: string) => {
  const start = text.indexOf(quote)
  if (start < 0) throw new Error(`fixture: "${quote}" not in text`)
  return contextSentence(text, start, start + quote.length)
}

describe('contextSentence', () => {
  it('gives the sentence holding the quote, with its attribution, and not its neighbours', () => {
    const text = 'Talks began on Monday. "We will not back down," Jane Roe said. Others disagreed.'
    expect(around(text, 'We will not back down')).toBe('"We will not back down," Jane Roe said.')
  })

  it('keeps the lead-in when the speaker comes first and the quote ends the sentence', () => {
    const text = 'It rained. She said: "It is over." Then she left.'
    expect(around(text, 'It is over.')).toBe('She said: "It is over."')
  })

  it('does not stop at abbreviations, initials or decimals', () => {
    const text = 'Mr. Blinken met Sen. J. Smith in the U.S. capital on Nov. 2 and said growth was 3.5 percent, "a good start," he added. Next.'
    expect(around(text, 'a good start')).toBe(
      'Mr. Blinken met Sen. J. Smith in the U.S. capital on Nov. 2 and said growth was 3.5 percent, "a good start," he added.',
    )
  })

  it('never crosses a line break: a paragraph is not carried into its neighbour', () => {
    const text = 'Headline without a full stop\n"Quoted words," he said\nNext paragraph.'
    expect(around(text, 'Quoted words')).toBe('"Quoted words," he said')
  })

  it('gives every sentence of a quote that spans several', () => {
    const text = 'Intro. "One. Two! Three?" she asked. Outro.'
    expect(around(text, 'One. Two! Three?')).toBe('"One. Two! Three?" she asked.')
  })

  it('handles curly quotes, Korean and the start and end of the text', () => {
    const text = '“우리는 동맹을 믿습니다,” 강경화 장관이 말했다. Fin.'
    expect(around(text, '우리는 동맹을 믿습니다')).toBe('“우리는 동맹을 믿습니다,” 강경화 장관이 말했다.')
    expect(contextSentence('"Alone"', 1, 6)).toBe('"Alone"')
  })

  it('cuts a boundless run of text and says so', () => {
    const filler = 'word '.repeat(CONTEXT_REACH)
    const text = `${filler}"the quote" ${filler}`
    const result = around(text, 'the quote')
    expect(result.startsWith('…')).toBe(true)
    expect(result.endsWith('…')).toBe(true)
    expect(result.length).toBeLessThanOrEqual(2 * CONTEXT_REACH + 'the quote'.length + 2)
    expect(result).toContain('"the quote"')
  })

  it('refuses offsets outside the text', () => {
    expect(() => contextSentence('short', 2, 10)).toThrow(RangeError)
    expect(() => contextSentence('short', 3, 2)).toThrow(RangeError)
  })
})
