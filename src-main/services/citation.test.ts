import { describe, expect, it } from 'vitest'
import { citationLine } from './citation.ts'

describe('citationLine', () => {
  it('reads who, role, headline, outlet and date in a reporter\'s order', () => {
    expect(citationLine({
      speaker: 'Daniel Kritenbrink', role: 'Assistant Secretary of State for East Asian and Pacific Affairs',
      headline: 'Blinken to discuss N. Korean threats', outlet: 'Yonhap', date: '2023-11-02', source: '/a/b.txt',
    })).toBe(
      'Daniel Kritenbrink, Assistant Secretary of State for East Asian and Pacific Affairs, quoted in ' +
        '"Blinken to discuss N. Korean threats", Yonhap, 2023-11-02.',
    )
  })

  it('says what is missing, names an untitled article by its file, and keeps to one line', () => {
    expect(citationLine({ speaker: null, role: ' ', headline: null, outlet: null, date: null, source: '/x/article 7.txt' }))
      .toBe('Unidentified speaker, quoted in article 7.txt, undated.')
    expect(citationLine({ speaker: 'Zoë\nMüller', role: null, headline: 'Two\nlines', outlet: 'Le Monde', date: '2016', source: 's' }))
      .toBe('Zoë Müller, quoted in "Two lines", Le Monde, 2016.')
  })
})
