// Quote finding and classification on short synthetic texts.
import { describe, expect, it } from 'vitest'
import { analyzeText } from '../analyze.ts'
import { layoutOf } from './paragraphs.ts'
import { scanQuotes } from './scan.ts'
import { classifyQuotes } from './classify.ts'

function found(text: string) {
  const layout = layoutOf(text)
  return classifyQuotes(text, scanQuotes(text, layout.paras), layout).map((q) => ({ text: text.slice(q.start, q.end), kind: q.kind, rule: q.rule }))
}
const texts = (text: string) => found(text).map((q) => q.text)

describe('quotation marks', () => {
  it('reads straight double quotes', () => {
    expect(found('"We will win," the mayor said.')).toEqual([{ text: 'We will win,', kind: 'full', rule: 'double-quotes' }])
  })
  it('reads curly double quotes', () => {
    expect(texts('“We will win,” the mayor said. “And soon.”')).toEqual(['We will win,', 'And soon.'])
  })
  it('reads guillemets', () => {
    expect(found('«Nous gagnerons», a dit le maire.')).toEqual([{ text: 'Nous gagnerons', kind: 'full', rule: 'guillemets' }])
  })
  it('pairs a curly opening mark with a straight closing one', () => {
    expect(texts('She said: “It is over." Then she left.')).toEqual(['It is over.'])
  })
  it('reads British single quotes as speech when the article uses them for speech', () => {
    const t = "The minister said the plan was 'a mess'. 'We will fix it,' she added."
    expect(found(t).map((q) => [q.text, q.kind])).toEqual([['a mess', 'fragment'], ['We will fix it,', 'full']])
  })
  it('does not take apostrophes for quotation marks', () => {
    const t = "He don't know Korea's plans from the '90s, when rock 'n' roll ruled and the voters' mood 'em changed."
    expect(found(t)).toEqual([])
  })
  it('keeps a nested quote inside its outer quote as a candidate', () => {
    const t = '“They called it ‘a shambles,’ and I agree,” he said.'
    expect(found(t)).toEqual([
      { text: 'They called it ‘a shambles,’ and I agree,', kind: 'full', rule: 'double-quotes' },
      { text: 'a shambles,', kind: 'candidate', rule: 'single-quotes-nested' },
    ])
  })
  it('splits a quotation running over paragraphs into one span per paragraph, marks excluded', () => {
    const t = '“The first part goes on,” he said, “and on.\n\n“The second paragraph opens again.\n\n“The last one closes,” he said.'
    expect(texts(t)).toEqual(['The first part goes on,', 'and on.', 'The second paragraph opens again.', 'The last one closes,'])
  })
  it('keeps every span equal to text.slice(start, end)', () => {
    const t = 'Headline with a \'word\'\n\n“One,” he said. "Two," she said. «Trois».'
    for (const q of analyzeText(t).quotes) expect(t.slice(q.start, q.end)).toBe(q.text)
  })
})

describe('kinds', () => {
  it('tells a fragment inside paraphrase from a full quote', () => {
    const t = 'The senator called the bill “a disaster for farmers” on Monday. “It will not pass,” she said.'
    expect(found(t).map((q) => q.kind)).toEqual(['fragment', 'full'])
  })
  it('keeps titles, names and scare quotes as candidates', () => {
    const t = 'He spoke on “Morning Report” about the so-called “peace dividend” and the show “Dragon Pit”.'
    expect(found(t).map((q) => [q.text, q.kind])).toEqual([
      ['Morning Report', 'candidate'], ['peace dividend', 'candidate'], ['Dragon Pit', 'candidate'],
    ])
  })
  it('marks a quote in the headline as a headline quote', () => {
    const t = "Leader vows 'unshakable' support: official\n\nThe leader vowed support for the ally on Monday, an official said, calling ties “strong.”"
    const q = found(t)
    expect(q[0]).toEqual({ text: 'unshakable', kind: 'headline', rule: 'single-quotes-headline' })
    expect(q[1].kind).toBe('fragment')
  })
})

describe('more candidates', () => {
  it('reads two apostrophes as quotation marks (archive text typed on typewriters)', () => {
    expect(found("''We will win,'' the mayor said.")).toEqual([{ text: 'We will win,', kind: 'full', rule: 'double-apostrophes' }])
  })
  it('ignores attribute values and handles left from markup', () => {
    expect(found('<tweet author="@someone" href="http://x.example">Hi</tweet> He wrote “@someone”.').map((q) => q.kind)).toEqual(['candidate'])
  })
  it('a straight mark before > closes an attribute of leftover markup and opens nothing', () => {
    // The attribute opened on an earlier line, so only its closing mark is left in this paragraph.
    expect(texts('<embed title="Storm\n\nwarning for the coast.">Rain is due by noon.</embed> “Stay inside,” the service said.')).toEqual(['Stay inside,'])
  })
  it('takes a title closing its clause after a preposition for a title', () => {
    expect(found('“We will see,” she said on the network’s “Morning Report.” Then she left.').map((q) => [q.text, q.kind])).toEqual([
      ['We will see,', 'full'], ['Morning Report.', 'candidate'],
    ])
  })
})

describe('layout', () => {
  it('skips navigation and caption lines when looking for the headline', () => {
    const t = 'Back To Top\n| ▲ A caption line about a photo. (Agency) |\nMinister visits capital\nBy Some Writer\nCITY, May 2 (Agency) -- The minister arrived on Sunday to discuss the alliance and trade, officials said.'
    const l = layoutOf(t)
    expect(t.slice(l.paras[l.headline].start, l.paras[l.headline].end)).toBe('Minister visits capital')
    expect(l.bodyStart).toBe(3)
  })
  it('has no headline in a one-paragraph text', () => {
    expect(layoutOf('“Yes,” he said.').headline).toBe(-1)
  })
})

describe('mislaid and title marks', () => {
  it('closes on an opening-shaped mark before a space: “It is rare,“ said …', () => {
    expect(texts('Intro.\n\n“It is rare,“ said Tom Reed, a farmer. “The frost came early.”')).toEqual(['It is rare,', 'The frost came early.'])
  })
  it('closes on an opening-shaped mark right after a full stop: “… in time.“[Gazette]', () => {
    expect(texts('Intro.\n\nThe editor wrote: “The bridge will open in time.“[Gazette] More follows.')).toEqual(['The bridge will open in time.'])
  })
  it('a curly opening mark starting a new sentence inside an open quotation ends it: its close was lost', () => {
    expect(texts('Intro.\n\nShe said the dog “ran off at dawn. “Then it came back,” Lee said.')).toEqual(['ran off at dawn.', 'Then it came back,'])
  })
  it('a curly opening mark inside a sentence of an open quotation does not end it', () => {
    const q = texts('Intro.\n\n“We call it “the old road” here,” Lee said.')
    expect(q).toHaveLength(1)
    expect(q[0].startsWith('We call it “the old road')).toBe(true)
  })
  it('opens on a closing-shaped mark that starts its paragraph', () => {
    expect(texts('Intro.\n\n” … and so the bakery closed,” wrote the newsletter.')).toEqual([' … and so the bakery closed,'])
  })
  it('a work named after its kind is a title, even with a comma or a full stop inside the marks', () => {
    const q = found('Intro.\n\nShe hosts the podcast “Well, Here We Are.” Listen below. He starred in the play, “Harbour.”')
    expect(q.map((x) => x.kind)).toEqual(['candidate', 'candidate'])
  })
  it('a title before a role noun is a title: the “Life on the Farm” star', () => {
    expect(found('Intro.\n\nThe “Life on the Farm” star spoke to reporters.')[0].kind).toBe('candidate')
  })
  it('a show named after "told" is a title: told “Morning Show Live,”', () => {
    expect(found('Intro.\n\n“He is fair game,” Vale told “Morning Show Live,” adding more.')[1].kind).toBe('candidate')
  })
  it('still reads speech after "told" when it is a sentence', () => {
    expect(found('Intro.\n\nShe told “the whole truth and nothing else,” her lawyer said.')[0].kind).not.toBe('candidate')
  })
})

describe('nested marks of the other shape', () => {
  it('a straight-quoted paragraph keeps a curly pair inside it: "… “Night Desk.” …', () => {
    const t = 'Intro.\n\n"HOST: You were on “Night Desk.” Was that a mistake?\n\n"GUEST: Not at all," she said.'
    expect(texts(t)).toEqual(['HOST: You were on “Night Desk.” Was that a mistake?', 'Night Desk.', 'GUEST: Not at all,'])
  })
  it('a curly-quoted sentence keeps a straight pair inside it', () => {
    const t = 'Intro.\n\n“They call it "the long road." We call it home,” the farmer said.'
    expect(texts(t)).toEqual(['They call it "the long road." We call it home,', 'the long road.'])
  })
  it('a curly opening without a curly close later does not nest', () => {
    expect(texts('Intro.\n\n"It is over,” she said. Then “silence".')[0]).toBe('It is over,')
  })
})

describe('quoted words', () => {
  it('words quoted after "the term" or "the phrase" are a fragment of somebody’s language, not a name', () => {
    const t = 'Intro.\n\nThe minister avoided the term “soft landing” and dropped the phrase "fiscal cliff" from her speech.'
    expect(found(t).map((q) => [q.text, q.kind])).toEqual([['soft landing', 'fragment'], ['fiscal cliff', 'fragment']])
  })
  it('a slogan or a name in quotes stays a candidate', () => {
    const t = 'Intro.\n\nThe party ran on the slogan “forward together” in a town known as “the valley.”'
    expect(found(t).map((q) => q.kind)).toEqual(['candidate', 'candidate'])
  })
})

describe('house style with two-apostrophe marks', () => {
  it("an article quoting speech in ''…'' uses single marks only for inner or secondary quotes", () => {
    const t = "Locals mock the 'quiet season' at the harbor.\n\n''It was never quiet,'' the harbor master said. ''Never.''"
    expect(found(t).map((q) => [q.text, q.kind, q.rule])).toEqual([
      ['quiet season', 'candidate', 'single-quotes-secondary'],
      ['It was never quiet,', 'full', 'double-apostrophes'],
      ['Never.', 'full', 'double-apostrophes'],
    ])
  })
})

describe('subheadings in capitals', () => {
  it('a quote inside a capitals subheading of the body is headline material', () => {
    const t = "Five things to know today\n\nThe council met late.\n\n2. MAYOR CALLS BUDGET 'A FAIR DEAL.'\n\nThe mayor defended the plan. 'It is a fair deal,' she said."
    expect(found(t).map((q) => [q.text, q.kind])).toEqual([['A FAIR DEAL.', 'headline'], ['It is a fair deal,', 'full']])
  })
  it('a paragraph that is only a shouted quote stays speech', () => {
    expect(found('Intro.\n\n“WE WANT JOBS!”\n\nThe crowd chanted for an hour.')[0].kind).toBe('full')
  })
})
