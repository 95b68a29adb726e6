import { describe, expect, it } from 'vitest'
import { classifyLine } from './boilerplate.ts'
import { cleanDraft } from './clean.ts'
import { parseByline, isTimestampLine } from './header.ts'
import { readPlainText } from './plainText.ts'

describe('classifyLine', () => {
  it.each([
    ['Back To Top', 'navigation'],
    ['MOST POPULAR', 'navigation'],
    ['LATEST NEWS', 'navigation'],
    ['subscribe', 'navigation'],
    ['Home > World > Asia', 'navigation'],
    ['Facebook Twitter Email', 'social-links'],
    ['(END)', 'end-marker'],
    ['(C) Example Daily. All Rights Reserved', 'copyright'],
    ['© 2019 Example Media Group', 'copyright'],
    ['![]() |', 'image'],
    ['guest![](https://example.com/a.png) |', 'image'],
    ['| ▲ A minister speaks at a forum in this file photo taken Jan. 3, 2020. (Example) |', 'caption'],
    ['▲ Officials pose for a photo.', 'caption'],
    ['(Reporting by A. Writer; Editing by B. Editor)', 'credit'],
  ])('drops %j as %s', (line, rule) => {
    expect(classifyLine(line)).toBe(rule)
  })

  it.each([
    'He said the talks would resume "soon," according to officials.',
    '"We will not back down," she said.',
    'The top story of the year was the election.',
    '',
    'x'.repeat(5000),
  ])('keeps %j', (line) => {
    expect(classifyLine(line)).toBeNull()
  })
})

describe('header lines', () => {
  it('reads bylines', () => {
    expect(parseByline('By Song Sang-ho')).toEqual({ name: 'Song Sang-ho', outlet: null })
    expect(parseByline('By JANE DOE, Associated Press')).toEqual({ name: 'JANE DOE', outlet: 'Associated Press' })
    expect(parseByline('By the way, nobody asked.')).toBeNull()
  })

  it('recognises timestamp lines', () => {
    expect(isTimestampLine('Posted : 2016-02-07 14:50')).toBe(true)
    expect(isTimestampLine('Updated: Nov. 2, 2023 10:15 a.m. KST')).toBe(true)
    expect(isTimestampLine('The deal was signed on Nov. 2, 2023 in Seoul.')).toBe(false)
  })
})

describe('cleanDraft on plain text', () => {
  const clean = (s: string) => cleanDraft(readPlainText(s))

  it('keeps a clean article byte for byte', () => {
    const text = 'A headline here\n\nFirst paragraph, with "a quote," he said.\n\nSecond paragraph.  \n'
    expect(clean(text).text).toBe('A headline here\n\nFirst paragraph, with "a quote," he said.\n\nSecond paragraph.  ')
  })

  it('drops a kicker above the headline when a byline anchors the header', () => {
    const c = clean('Summit talks\nLeaders agree to meet again next spring, officials say\nBy Jane Roe\nSEOUL, Jan. 4 (Example) -- Leaders agreed on Thursday to meet again.')
    expect(c.headline).toBe('Leaders agree to meet again next spring, officials say')
    expect(c.text.startsWith('Leaders agree to meet again next spring, officials say\nSEOUL, Jan. 4 (Example) --')).toBe(true)
    expect(c.dropped).toEqual([
      { text: 'Summit talks', rule: 'kicker' },
      { text: 'By Jane Roe', rule: 'byline' },
    ])
  })

  it('keeps a short headline when nothing anchors a kicker', () => {
    const c = clean('Rain returns\n\nThe long dry spell ended on Monday when heavy rain fell across the region, forecasters said, bringing relief to farmers who had waited weeks for it.')
    expect(c.headline).toBe('Rain returns')
  })

  it('drops junk after the footer but not short lines in the body', () => {
    const c = clean('Headline words here\n\nBody paragraph one is here.\n\nA Subheading\n\nBody paragraph two.\n\nMOST POPULAR\nsubscribe\nuser123')
    expect(c.text).toBe('Headline words here\n\nBody paragraph one is here.\n\nA Subheading\n\nBody paragraph two.')
    expect(c.dropped.map((d) => d.rule)).toEqual(['navigation', 'navigation', 'trailing-junk'])
  })

  it('normalises CRLF and keeps the headline line verbatim', () => {
    const c = clean('Storm hits the coast  \r\n\r\nThe storm arrived at dawn, officials said.\r\n')
    expect(c.headline).toBe('Storm hits the coast')
    expect(c.text).toBe('Storm hits the coast  \n\nThe storm arrived at dawn, officials said.')
  })

  it('treats a single line as the article, not as a headline', () => {
    const c = clean('"Enough," she said.')
    expect(c.headline).toBeNull()
    expect(c.text).toBe('"Enough," she said.')
  })
})
