// Each attribution sieve and speaker rule on short synthetic texts.
import { describe, expect, it } from 'vitest'
import { analyzeText } from '../analyze.ts'
import { who } from './testWho.ts'


describe('direct sieves', () => {
  it('"…," X said', () => {
    expect(who('“The budget is balanced,” Maria Lopez said on Tuesday.')).toEqual([
      ['The budget is balanced,', 'Maria Lopez', 'Maria Lopez', 'said-after-quote'],
    ])
  })
  it('X said: "…"', () => {
    expect(who('Governor Alan Brooks said: “We are ready for the storm.”')).toEqual([
      ['We are ready for the storm.', 'Alan Brooks', 'Governor Alan Brooks', 'said-before-quote'],
    ])
  })
  it('"…," said X, a spokesman for Y', () => {
    const a = analyzeText('“No decision has been made,” said Peter Hall, a spokesman for the ministry.')
    expect(a.quotes[0].attribution.rule).toBe('said-after-quote-inverted')
    expect(a.speakers[0]).toEqual({ name: 'Peter Hall', isDescriptor: false, names: ['Peter Hall'], title: 'a spokesman for the ministry' })
  })
  it('"…," X, a spokesman for Y, said — the appositive becomes the title', () => {
    const a = analyzeText('“No decision has been made,” Peter Hall, a spokesman for the ministry, said.')
    expect(a.speakers[0].name).toBe('Peter Hall')
    expect(a.speakers[0].title).toBe('a spokesman for the ministry')
  })
  it('"…," X said, "…" gives both halves to X', () => {
    expect(who('“We tried,” Anna Berg said, “but the vote failed.”').map((r) => r[1])).toEqual(['Anna Berg', 'Anna Berg'])
  })
  it('according to X', () => {
    expect(who('The talks will resume “within weeks,” according to Deputy Minister Kenji Sato.')[0].slice(1)).toEqual([
      'Kenji Sato', 'Deputy Minister Kenji Sato', 'according-to',
    ])
  })
  it('X told reporters', () => {
    expect(who('“There is no crisis,” Minister Paul Grant told reporters in the capital.')[0][1]).toBe('Paul Grant')
  })
  it('a fragment takes the subject of its reporting verb', () => {
    expect(who('Senator Ruth Klein called the plan “a disaster for farmers” on Monday.')[0].slice(1)).toEqual([
      'Ruth Klein', 'Senator Ruth Klein', 'sentence-verb',
    ])
  })
  it('an unnamed source is kept as a descriptor speaker', () => {
    const a = analyzeText('The deal is “very close,” a senior U.S. official said on Thursday.')
    expect(a.speakers).toEqual([{ name: 'a senior U.S. official', isDescriptor: true, names: ['a senior U.S. official'], title: null }])
    expect(a.quotes[0].attribution.mention?.text).toBe('a senior U.S. official')
  })
  it('interview transcript labels', () => {
    const t = 'Host Amy Lewis spoke with Gov. Dana Harper.\n\n"LEWIS: Will she be there?\n\n"HARPER: She will not be there."'
    expect(who(t).map((r) => [r[1], r[2], r[3]])).toEqual([
      ['Amy Lewis', 'LEWIS', 'transcript-label'],
      ['Dana Harper', 'HARPER', 'transcript-label'],
    ])
  })
  it('a transcript quoted as one run: an unlabelled piece goes to the nearest label before it', () => {
    const t = 'Host Amy Lewis spoke with Gov. Dana Harper.\n\n"LEWIS: Will she be there?\n\n"HARPER: She will not be there.\n\n"The rest of the week is taken.\n\n"LEWIS: Thank you."'
    expect(who(t).map((r) => [r[1], r[2], r[3]])).toEqual([
      ['Amy Lewis', 'LEWIS', 'transcript-label'],
      ['Dana Harper', 'HARPER', 'transcript-label'],
      ['Dana Harper', 'HARPER', 'quote-continues'],
      ['Amy Lewis', 'LEWIS', 'transcript-label'],
    ])
  })
})

describe('more cues', () => {
  it('a colon after the clause subject introduces the quote', () => {
    expect(who('As Senator Joan Miles put it: “This will not pass.”')[0].slice(1, 3)).toEqual(['Joan Miles', 'Senator Joan Miles'])
  })
  it('a quote-only paragraph after "X echoed:" belongs to X', () => {
    expect(who('The crowd was loud. Voter Maria Reyes echoed:\n\n“We want change now.”')[0].slice(1)).toEqual(['Maria Reyes', 'Voter Maria Reyes', 'colon-intro-paragraph'])
  })
  it('a participle takes the subject of its clause', () => {
    expect(who('Mayor Tom Hale attacked the plan on Monday, saying, “It is a waste.”')[0].slice(1)).toEqual(['Tom Hale', 'Mayor Tom Hale', 'participle-subject'])
  })
  it('a relative "who" resolves to the name before it', () => {
    const a = analyzeText('The bill was backed by Senator Ann Cole, who called it “long overdue” on Friday.')
    expect(a.quotes[0].attribution.mention?.text).toBe('who')
    expect(a.speakers[a.quotes[0].attribution.speaker ?? -1].name).toBe('Ann Cole')
  })
  it('a predicted statement (will stress) is no reporting verb: only the weak sentence-subject guess', () => {
    const q = analyzeText('The envoy will stress “firm” ties on the visit.').quotes[0]
    expect(q.attribution.rule).toBe('sentence-subject')
    expect(q.attribution.confidence).toBeLessThanOrEqual(0.5)
  })
  it('but "…," X will say still attributes the quotation', () => {
    expect(who('“We are ready,” the president will say on Monday.')[0][1]).toBe('the president')
  })
  it('a second-hand quote (according to an outlet) keeps the speaker at lower confidence', () => {
    const a = analyzeText('“We will fight on,” Sara Lind said, according to the Herald.')
    expect(a.speakers[0].name).toBe('Sara Lind')
    expect(a.quotes[0].attribution.confidence).toBeLessThan(0.9)
  })
  it('the clause right before the quote wins over an earlier clause\'s verb', () => {
    expect(who('After Mayor Tom Vale criticised the plan, Senator Anna Lind shot back, “It is a good plan.”')[0].slice(1)).toEqual([
      'Anna Lind', 'Senator Anna Lind', 'said-before-quote-other-verb',
    ])
  })
  it('an unlisted verb still attributes after a quote ending with a comma', () => {
    expect(who('“Not a chance,” Paul Reed shot back.')[0].slice(1)).toEqual(['Paul Reed', 'Paul Reed', 'said-after-quote-other-verb'])
  })
})

describe('mention shapes', () => {
  it('a surname that is also a month (Theresa May)', () => {
    expect(who('“We will not be bullied,” Theresa May told MPs.')[0][1]).toBe('Theresa May')
  })
  it('a role noun after a name: "White House officials" is a descriptor', () => {
    expect(who('White House officials called the report “deeply flawed” on Monday.')[0].slice(1, 3)).toEqual(['White House officials', 'White House officials'])
  })
  it('a role noun between an organisation and a name gives the title', () => {
    const a = analyzeText('“We are confident,” said campaign spokesman Tom Reed.')
    expect(a.speakers[0].name).toBe('Tom Reed')
  })
  it('East Asian family name first: "Wang" later is "Wang Wenbin"', () => {
    const a = analyzeText('Foreign ministry spokesman Wang Wenbin said Beijing “firmly opposes” the move.\n\n“We urge restraint,” Wang said.')
    expect(a.speakers.map((sp) => sp.name)).toEqual(['Wang Wenbin'])
  })
  it('"the Oregon senator" refers back to the person just named', () => {
    const a = analyzeText('Senate leader Dana Holt disagreed. “It will cost jobs,” the Oregon senator said.')
    expect(a.speakers[a.quotes[0].attribution.speaker ?? -1].name).toBe('Dana Holt')
    expect(a.quotes[0].attribution.mention?.text).toBe('the Oregon senator')
    expect(a.quotes[0].attribution.confidence).toBeLessThan(0.9)
  })
  it('a subject after an introductory phrase, with its party tag', () => {
    expect(who('After the vote in the capital, Gov. Dana Harper (R-OR), said, “We are ready to govern.”')[0][1]).toBe('Dana Harper')
  })
  it('"…," reads an editorial: a source that is not a person', () => {
    expect(who('“The council has lost its way,” reads a Friday editorial in the Gazette.')[0].slice(1, 3)).toEqual(['a Friday editorial', 'a Friday editorial'])
  })
  it('"his comment that “…”": the possessive names the speaker; a noun after "his" is no verb', () => {
    const a = analyzeText('Tom Vale spoke later. As the hearing went on, he stood by his comment that “the budget is fiction,” refusing to back down.')
    const q = a.quotes[0]
    expect(q.attribution.mention?.text).toBe('his')
    expect(a.speakers[q.attribution.speaker ?? -1].name).toBe('Tom Vale')
  })
  it('"another" standing alone after the verb', () => {
    expect(who('“That was the best night of my life,” wrote another.')[0].slice(1, 3)).toEqual(['another', 'another'])
  })
  it('skips a place inside an inserted phrase to find the subject', () => {
    expect(who('Karen Holt, during a meeting in Salem, Oregon, said she was “very hopeful” about the vote.')[0][1]).toBe('Karen Holt')
  })
  it('an inserted participle phrase does not hide the subject', () => {
    expect(who('Okafor, speaking to students, said, “We can win this.”')[0].slice(1, 3)).toEqual(['Okafor', 'Okafor'])
  })
})

describe('pronouns and carry-over', () => {
  it('resolves "he added" to the person it refers to, keeping the pronoun as the mention', () => {
    const t = '“We will act,” Foreign Minister James Porter said.\n\n“We will not wait,” he added.'
    const a = analyzeText(t)
    const q = a.quotes[1]
    expect(q.attribution.mention).toEqual({ start: t.indexOf('he added'), end: t.indexOf('he added') + 2, text: 'he' })
    expect(a.speakers[q.attribution.speaker ?? -1].name).toBe('James Porter')
    expect(q.attribution.confidence).toBeLessThan(a.quotes[0].attribution.confidence)
  })
  it('skips a person of the wrong gender', () => {
    const t = 'Mary Collins met Thomas Reed on Monday.\n\n“It was a good meeting,” she said.'
    expect(who(t)[0][1]).toBe('Mary Collins')
  })
  it('carries the speaker through a run of quotes in a paragraph', () => {
    const t = '“First,” Laura Diaz said. “Second.” “Third.”'
    expect(who(t).map((r) => [r[1], r[3]])).toEqual([
      ['Laura Diaz', 'said-after-quote'], ['Laura Diaz', 'run-continuation'], ['Laura Diaz', 'run-continuation'],
    ])
  })
  it('carries the speaker into a quote-only paragraph, with lower confidence', () => {
    const t = '“First point,” Laura Diaz said.\n\n“And a second point that follows.”'
    const a = analyzeText(t)
    expect(a.quotes[1].attribution.rule).toBe('paragraph-carry')
    expect(a.speakers[a.quotes[1].attribution.speaker ?? -1].name).toBe('Laura Diaz')
    expect(a.quotes[1].attribution.confidence).toBeLessThan(0.9)
  })
  it('gives every piece of a multi-paragraph quotation its speaker', () => {
    const t = 'Mayor Dan Ortiz said: “The first part.\n\n“The second part.\n\n“The end.”'
    expect(who(t).map((r) => r[1])).toEqual(['Dan Ortiz', 'Dan Ortiz', 'Dan Ortiz'])
  })
  it('leaves a quote with no cue unattributed rather than guessing', () => {
    const t = 'The river rose overnight.\n\n“Nobody expected this.”'
    const a = analyzeText(t)
    expect(a.quotes[0].attribution).toEqual({ speaker: null, mention: null, rule: 'none', confidence: 0 })
  })
})

describe('speakers', () => {
  it('merges the forms of one person under the fullest name', () => {
    const t = '“We are ready,” Deputy Secretary of State Tony Blake said.\n\n“Very ready,” Blake said.\n\n“Truly,” he said.'
    const a = analyzeText(t)
    expect(a.speakers).toHaveLength(1)
    expect(a.speakers[0]).toEqual({ name: 'Tony Blake', isDescriptor: false, names: ['Tony Blake', 'Blake', 'he'], title: 'Deputy Secretary of State' })
  })
  it('keeps two people with the same surname apart', () => {
    const t = '“Yes,” Ewen Jones said.\n\n“No,” Stephen Jones said.\n\n“Maybe,” Jones said.'
    const a = analyzeText(t)
    const names = a.quotes.map((q) => a.speakers[q.attribution.speaker ?? -1].name)
    expect(names).toEqual(['Ewen Jones', 'Stephen Jones', 'Stephen Jones'])
    expect(a.speakers.map((s) => s.name)).toEqual(['Ewen Jones', 'Stephen Jones'])
  })
  it('identifies the lead\'s unnamed official with the titled official quoted next, at lower confidence', () => {
    const t = 'Envoy to visit region, stress \'firm\' ties: official\n\nThe envoy will stress “firm” ties during the visit, a senior official said Monday.\n\n“We expect progress,” Assistant Secretary of State Karen Wu told reporters.\n\nThe official said the visit would be “productive.”'
    const a = analyzeText(t)
    const rows = a.quotes.map((q) => [q.kind, a.speakers[q.attribution.speaker ?? -1]?.name, q.attribution.mention?.text])
    expect(rows).toEqual([
      ['headline', 'Karen Wu', 'official'],
      ['fragment', 'Karen Wu', 'a senior official'],
      ['full', 'Karen Wu', 'Assistant Secretary of State Karen Wu'],
      ['fragment', 'Karen Wu', 'The official'],
    ])
    expect(a.quotes[1].attribution.confidence).toBeLessThan(0.7)
    expect(a.quotes[2].attribution.confidence).toBeGreaterThanOrEqual(0.9)
  })
})
