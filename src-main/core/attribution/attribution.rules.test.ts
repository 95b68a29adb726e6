// The attribution rules added for sources that are not plain "Name said": noun-phrase subjects,
// sign-offs, dash and name appositives, documents before a colon, outer clause subjects. Synthetic texts.
import { describe, expect, it } from 'vitest'
import { analyzeText } from '../analyze.ts'
import { who } from './testWho.ts'

const first = (text: string) => who(text)[0]

describe('phrase subjects', () => {
  it('a number phrase before "said" is the source, at review confidence', () => {
    const a = analyzeText('Roughly six in 10 said they felt “left out” by the council.')
    expect(a.quotes[0].attribution.mention?.text).toBe('Roughly six in 10')
    expect(a.quotes[0].attribution.rule).toBe('phrase-subject')
    expect(a.quotes[0].attribution.confidence).toBeLessThan(0.6)
  })
  it('skips ", however," between the phrase and its verb', () => {
    expect(first('Fans of the harbour scheme, however, say it would turn the quay into a “little Venice.”')[2]).toBe('Fans of the harbour scheme')
  })
  it('a preposition before a number approximates, "At one point" does not', () => {
    expect(first('At one point, Vale urged Holt to “count to ten.”')[3]).not.toBe('phrase-subject')
  })
  it('takes no adjunct, passive or noun use of a verb', () => {
    expect(first('In a later interview said he had an “awful” moment.')[3]).not.toBe('phrase-subject')
    expect(first('The plan was described as “bold” by nobody in particular.')[3]).not.toBe('phrase-subject')
  })
})

describe('outer subjects and appositives', () => {
  it('"The minister said he …" credits the minister, not the inner pronoun', () => {
    const r = first('Ann Vale spoke last. The minister said he seldom travels in winter, “unless the roads are clear.”')
    expect(r[2]).toBe('The minister')
  })
  it('a name between dashes before the verb is the subject', () => {
    expect(first('Ann Vale — a baker from Salem — says the fair was “worth the trip.”').slice(1, 3)).toEqual(['Ann Vale', 'Ann Vale'])
  })
  it('a descriptor followed by a name in commas is that person', () => {
    expect(first('One resident, Dana Holt, likened the new fence to “a prison wall” on Monday.')[1]).toBe('Dana Holt')
  })
  it('a name in commas after a prepositional phrase is the subject', () => {
    const r = who('Her old coach at the club, Tom Reed, called her a natural. “She never missed a session.”')
    expect(r[0][1]).toBe('Tom Reed')
  })
  it('a participle takes the nearest clause subject, not a place before it', () => {
    expect(first('Speaking at a market in Porto, Portugal, Holt went after Vale, calling him “a poor sport.”')[1]).toBe('Holt')
  })
  it('"…" after a comma, said X: the name after the verb', () => {
    expect(first('The league has relied on “quiet pressure” with its sponsors, said Nora Pike, a consultant.')[1]).toBe('Nora Pike')
  })
})

describe('subjects hidden behind inserted phrases', () => {
  it('a role phrase in lower case between a capitalised word and the name', () => {
    expect(first('Former Liberal mayoral candidate Tom Vale summed up the race for the club magazine: “The crew simply tired.”').slice(1, 3)).toEqual([
      'Tom Vale', 'Former Liberal mayoral candidate Tom Vale',
    ])
  })
  it('the main clause, not a "When …" clause, speaks before a colon', () => {
    expect(first('When Tom Reed left, Governor Ann Holt issued a short note: “Stay calm tonight.”')[1]).toBe('Ann Holt')
  })
  it('a name opening the sentence before an inserted phrase with a place in it', () => {
    expect(first('Vale, during a fair in Lyon, France, said she was “ready to sell the farm,” while laughing.')[1]).toBe('Vale')
  })
  it('an aspect verb before the participle: "he keeps saying"', () => {
    expect(first('Vale is drawing cheers as he keeps saying the bridge is “long overdue” for the town.')[2]).toBe('he')
  })
  it('a participle after an appositive name takes the clause subject', () => {
    expect(first('Ann Holt went on air to discuss her rival, Tom Vale, saying “in a pinch” he would do.')[1]).toBe('Ann Holt')
  })
  it('"many Baltic states" is a noun phrase, not a reporting verb', () => {
    expect(first('The bank has shown “great patience” with many Baltic states this year, said Nora Pike, an analyst.')[1]).toBe('Nora Pike')
  })
  it('a group noun phrase is the subject of a participle: “… groups loaned X …, saying …”', () => {
    expect(first('In May, several parent groups loaned Mr. Vale two boats, saying his “crew deserved a chance.”')[2]).toBe('several parent groups')
  })
})

describe('what is not an attribution', () => {
  it('a relative clause after a fragment names no speaker', () => {
    expect(first('Holt waved it off as a “clerical slip” that was covered in the local press.')[1]).toBe('Holt')
  })
  it('a fragment closing its sentence is not attributed to the next sentence’s subject', () => {
    const r = who('Vale mocked Holt, calling him “a sore loser.” Holt hit back in June, mocking Vale.')
    expect(r[0][1]).toBe('Vale')
  })
  it('a quoted modifier before a noun is not attributed to a verb-like noun after it', () => {
    expect(first('The minister lamented the “sorry” state of the roads.')[1]).toBe('The minister')
  })
  it('a possessive makes the next word a noun: "Holt’s claim that …" is Holt’s claim', () => {
    expect(first('Ann Vale rejected Tom Holt’s claim that the lake held “dozens of pike” last summer.').slice(1)).toEqual([
      'Tom Holt', 'Tom Holt', 'possessive-speech-noun',
    ])
  })
})

describe('layout cues', () => {
  it('a quote-only paragraph signed on the next line', () => {
    expect(who('Readers wrote in.\n\n“The new road is a mess and it needs fixing.”\n\n— Ann Vale, Salem.')[0].slice(1, 4)).toEqual(['Ann Vale', 'Ann Vale', 'sign-off'])
  })
  it('"Excerpts as follows:" names the document, with low confidence, and carries on', () => {
    const a = analyzeText('The mayor spoke for an hour.\n\nExcerpts as follows:\n\n“The harvest was late this year.”\n\n“We expect rain soon.”')
    expect(a.quotes.map((q) => q.attribution.mention?.text)).toEqual(['Excerpts', 'Excerpts'])
    expect(Math.max(...a.quotes.map((q) => q.attribution.confidence))).toBeLessThan(0.75)
  })
})
