import { describe, expect, it } from 'vitest'
import { analyzeText } from '../analyze.ts'
import { holdsRole, roleHead } from './referenceForms.ts'

const namesOf = (text: string, name: string) => analyzeText(text).speakers.find((s) => s.name === name)?.names ?? []

describe('roleHead', () => {
  it('keeps the role, spelled out, without places, honorifics or what it is of', () => {
    expect(roleHead('U.S. Secretary of State')).toBe('Secretary')
    expect(roleHead('U.S. Deputy Secretary of State')).toBe('Deputy Secretary')
    expect(roleHead('Assistant Secretary of State for East Asian and Pacific Affairs')).toBe('Assistant Secretary')
    expect(roleHead('Lt. Gov.')).toBe('Lieutenant Governor')
    expect(roleHead('Prime Minister')).toBe('Prime Minister')
    expect(roleHead('U.S. undersecretary of state for political affairs')).toBe('Undersecretary')
    expect(roleHead('Mr.')).toBeNull()
    expect(roleHead('his old friend')).toBeNull()
  })
})

describe('holdsRole', () => {
  it('tells a full holder of a role from a lower rank of it', () => {
    expect(holdsRole('Secretary of State', 'secretary')).toBe('full')
    expect(holdsRole('Treasury Secretary', 'secretary')).toBe('full')
    expect(holdsRole('Defense Secretary', 'secretary')).toBe('full')
    expect(holdsRole('Assistant Secretary of State', 'secretary')).toBe('lower')
    expect(holdsRole('Deputy Secretary of State', 'deputy secretary')).toBe('full')
    expect(holdsRole('Foreign Minister', 'prime minister')).toBe('no')
    expect(holdsRole(null, 'secretary')).toBe('no')
  })
})

describe('title-and-surname and role forms of a name', () => {
  const article = [
    'Roe heads to Lisbon',
    'U.S. Secretary of State Jane Roe will visit Lisbon next week, officials said.',
    '"It is natural that the secretary will raise trade," Assistant Secretary of State Mark Ode told reporters.',
    '"Trade is high on Secretary Roe\'s list," Ode added.',
  ].join('\n\n')

  it('takes the forms the text uses for the person, inside quotes too', () => {
    expect(namesOf(article, 'Jane Roe')).toEqual(expect.arrayContaining(['Jane Roe', 'Secretary Roe', 'the secretary']))
    // "the secretary" is not the assistant secretary's, and no form the text lacks is invented.
    expect(namesOf(article, 'Mark Ode')).not.toContain('the secretary')
    expect(namesOf(article, 'Mark Ode')).not.toContain('Assistant Secretary Ode')
  })

  it('gives no role form when two people in the article hold the role', () => {
    const text = 'Talks in Oslo\n\nForeign Minister Ana Berg met Trade Minister Ola Vik on Monday. The minister leaves in May.\n\n"We agree," Berg said.'
    expect(namesOf(text, 'Ana Berg')).not.toContain('the minister')
    expect(namesOf(text, 'Ola Vik')).not.toContain('the minister')
  })

  it('a quote by "the minister" when two ministers were just named needs review', () => {
    const text = 'Talks in Oslo\n\nForeign Minister Ana Berg met Trade Minister Ola Vik on Monday.\n\n"We agree," the minister said.'
    const [quote] = analyzeText(text).quotes
    expect(quote.attribution.confidence).toBeLessThan(0.5)
    const alone = analyzeText('Talks in Oslo\n\nForeign Minister Ana Berg met union leaders on Monday.\n\n"We agree," the minister said.')
    expect(alone.quotes[0].attribution.confidence).toBeGreaterThanOrEqual(0.5)
    expect(alone.speakers[alone.quotes[0].attribution.speaker!].name).toBe('Ana Berg')
  })

  it('"the secretary" is the secretary, not the assistant secretary named after', () => {
    const text = 'Visit\n\nSecretary of State Jane Roe arrived on Monday with Assistant Secretary of State Mark Ode.\n\n"We are here to listen," the secretary said.'
    const r = analyzeText(text)
    expect(r.speakers[r.quotes[0].attribution.speaker!].name).toBe('Jane Roe')
    expect(r.quotes[0].attribution.confidence).toBeGreaterThanOrEqual(0.5)
  })

  it('gives no title-and-surname form when two people share the surname', () => {
    const text = 'Two Joneses\n\nGov. Ewen Jones met Sen. Stephen Jones.\n\n"We met," Governor Jones said. "It went well," Sen. Stephen Jones said.'
    expect(namesOf(text, 'Ewen Jones')).not.toContain('Governor Jones')
  })

  it('a second full secretary, whatever the department, makes "the secretary" unsure', () => {
    for (const other of ['Defense Secretary Lloyd Vance', 'Foreign Secretary James Ward', 'Treasury Secretary Janet Olsen']) {
      const text = `Talks\n\nSecretary of State Jane Roe met ${other} on Monday.\n\n"We are here to listen," the secretary said.`
      const r = analyzeText(text)
      expect(r.quotes[0].attribution.confidence, other).toBeLessThan(0.5)
      expect(namesOf(text.replace('the secretary said', 'Roe said') + ' The secretary left.', 'Jane Roe'), other).not.toContain('the secretary')
    }
  })

  it('takes "the Secretary General" and "the senator from Ohio" as somebody else', () => {
    expect(namesOf('UN talks\n\nSecretary of State Jane Roe praised the Secretary General on Monday.\n\n"We agree," Roe said.', 'Jane Roe')).not.toContain('the secretary')
    expect(namesOf('Hearing\n\nSen. Ann Lee asked questions. Later the senator from Ohio spoke.\n\n"We wait," Lee said.', 'Ann Lee')).not.toContain('the senator')
  })

  it('takes "the secretary of" something else as somebody else', () => {
    const text = 'Cabinet meets\n\nSecretary of State Jane Roe met the secretary of defense on Monday.\n\n"We spoke," Roe said.'
    expect(namesOf(text, 'Jane Roe')).not.toContain('the secretary')
  })

  it('spells out an abbreviated title: "Gov." is "the governor"', () => {
    const text = 'Budget signed\n\nGov. Dana Holt signed the budget on Friday.\n\n"It is balanced," the governor said.'
    expect(namesOf(text, 'Dana Holt')).toEqual(expect.arrayContaining(['Dana Holt', 'the governor']))
  })
})
