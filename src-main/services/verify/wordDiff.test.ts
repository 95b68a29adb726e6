import { describe, expect, it } from 'vitest'
import { parseClaim, nameCandidates } from './claim.ts'
import { align, splitWords } from './wordDiff.ts'

const diff = (claimed: string, said: string) => align(splitWords(claimed), splitWords(said))

describe('align', () => {
  it('lines a claimed fragment up with the part of the quote it comes from', () => {
    const a = diff('ironclad commitment', "I'm confident the secretary will reiterate our ironclad commitment to the security")
    expect(a).toMatchObject({ same: 2, added: 0, removed: 0, spelling: 0 })
    expect(a.ops).toEqual([{ op: 'same', text: 'ironclad' }, { op: 'same', text: 'commitment' }])
  })

  it('ignores case, punctuation, accents and apostrophe styles', () => {
    expect(diff('It’s only NATURAL, cafe', "it's only natural café")).toMatchObject({ same: 4, added: 0, removed: 0 })
  })

  it('marks words left out in the middle and words added', () => {
    const a = diff('not only violate resolutions but pose a threat', 'not only violate UNSC resolutions but also pose a threat')
    expect(a.ops.filter((o) => o.op === 'removed').map((o) => o.text)).toEqual(['UNSC', 'also'])
    const b = diff('we will take strong steps', 'We will take robust steps')
    expect(b.ops).toContainEqual({ op: 'added', text: 'strong' })
    expect(b.ops).toContainEqual({ op: 'removed', text: 'robust' })
  })

  it('treats a spelling variant as the same word, marked', () => {
    expect(diff('unshakable commitment', 'our unshakeable commitment').ops[0]).toEqual({ op: 'spelling', text: 'unshakeable', claimed: 'unshakable' })
  })
})

describe('parseClaim', () => {
  it('takes the quoted words and leaves the frame for the speaker', () => {
    const c = parseClaim('Blinken said there is "no daylight" between Seoul and Washington.')
    expect(c.quoted).toBe('no daylight')
    expect(c.frame).toContain('Blinken said there is')
    expect(nameCandidates(c.frame)).toContain('Blinken')
  })

  it('offers a role reference as a name after the capitalised ones, longest first', () => {
    expect(nameCandidates(parseClaim('The prime minister told Park "we agree"').frame)).toEqual(['The', 'Park', 'the prime minister told', 'the prime minister', 'the prime'])
    expect(nameCandidates(parseClaim('At the summit the secretary said "we agree"').frame)).toContain('the secretary')
  })

  it('reads single quotation marks but not apostrophes', () => {
    expect(parseClaim("Korea's minister called it 'a disaster' on Monday").quoted).toBe('a disaster')
  })

  it('takes a bare phrase whole', () => {
    expect(parseClaim('ironclad comitment')).toMatchObject({ quoted: 'ironclad comitment', frame: '' })
  })
})
