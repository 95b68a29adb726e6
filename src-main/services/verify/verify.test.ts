// Every claim of the demo seeds' gold file gets its verdict, on a library built by the real importer.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLibrary, type Db } from '../../store/open.ts'
import { importPaths } from '../importer.ts'
import { QuoteSearch } from '../search/quoteSearch.ts'
import { Verifier } from './verify.ts'

const SEEDS = new URL('../../../seeds/', import.meta.url).pathname
const gold = JSON.parse(readFileSync(`${SEEDS}gold.json`, 'utf8')) as {
  claims: { claim: string; verdict: string; actual_speaker?: string; source?: string }[]
}

let db: Db
let verifier: Verifier
beforeAll(() => {
  db = openLibrary(':memory:')
  importPaths(db, [SEEDS])
  verifier = new Verifier(db, new QuoteSearch(db))
})
afterAll(() => db.close())

describe('verify: the gold claims of the demo library', () => {
  for (const claim of gold.claims) {
    it(`${claim.verdict}: ${claim.claim}`, () => {
      const result = verifier.verify(claim.claim)
      expect(result.verdict, result.reason).toBe(claim.verdict)
      if (claim.actual_speaker) expect(result.actualSpeaker).toBe(claim.actual_speaker)
      if (claim.source) expect(result.evidence[0].article.source).toMatch(new RegExp(`${claim.source}$`))
      if (claim.verdict !== 'not_found') {
        const [first] = result.evidence
        expect(first.context).toContain(first.text)
        expect(first.article.outlet).toBe('Yonhap')
      } else {
        expect(result.evidence).toEqual([])
      }
    })
  }
})

describe('verify: other verdicts', () => {
  it('calls a quote with a word changed altered, and shows the word diff', () => {
    const result = verifier.verify('Kritenbrink said "We will take strong steps in terms of our military preparedness"')
    expect(result.verdict).toBe('altered')
    expect(result.actualSpeaker).toBe('Daniel Kritenbrink')
    const diff = result.evidence[0].diff
    expect(diff).toContainEqual({ op: 'removed', text: 'robust' })
    expect(diff).toContainEqual({ op: 'added', text: 'strong' })
  })

  it('supports a quoted stretch of a longer quote, and calls it altered when a qualifier is cut', () => {
    const result = verifier.verify('Kritenbrink said the actions "violate UNSC resolutions but also pose a threat to peace"')
    expect(result.verdict).toBe('supported')
    expect(result.evidence[0].diff.filter((d) => d.op !== 'same')).toEqual([])
    const cut = verifier.verify('Kritenbrink said they "not only violate UNSC resolutions but pose a threat to peace"')
    expect(cut.verdict).toBe('altered')
    expect(cut.evidence[0].diff).toContainEqual({ op: 'removed', text: 'also' })
  })

  it('shows a spelling difference in a supported claim instead of hiding it', () => {
    const result = verifier.verify('ironclad comitment')
    expect(result.verdict).toBe('supported')
    expect(result.evidence[0].diff).toContainEqual({ op: 'spelling', text: 'commitment', claimed: 'comitment' })
  })

  it('finds nothing for words nobody said', () => {
    expect(verifier.verify('Sherman said "we will never negotiate with anyone"').verdict).toBe('not_found')
    expect(verifier.verify('   ').verdict).toBe('not_found')
  })
})
