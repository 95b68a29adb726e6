import { describe, expect, it } from 'vitest'
import { boundedDistance, allowedEdits } from './editDistance.ts'
import { Vocabulary } from './vocabulary.ts'
import { rng } from '../../../scripts/syntheticCorpus.ts'

describe('Vocabulary.expand', () => {
  it('finds every term within the allowed edits, exactly as a full scan does', () => {
    const random = rng(5)
    const letters = 'abcdeilmnorst'
    const word = () => Array.from({ length: 3 + Math.floor(random() * 8) }, () => letters[Math.floor(random() * letters.length)]).join('')
    const terms = Array.from({ length: 4000 }, word)
    const vocabulary = new Vocabulary(terms)
    for (let k = 0; k < 150; k++) {
      const query = word()
      const max = allowedEdits(query.length)
      const expected = [...new Set(terms)]
        .map((term) => ({ term, distance: boundedDistance(query, term, max) }))
        .filter((t) => t.distance <= max)
        .map((t) => `${t.term}:${t.distance}`)
        .sort()
      const actual = vocabulary.expand(query, 10_000).terms.map((t) => `${t.term}:${t.distance}`).sort()
      expect(actual, query).toEqual(expected)
    }
  })

  it('lists the closest spellings first', () => {
    const vocabulary = new Vocabulary(['commitment', 'commitments', 'comment', 'committee'])
    expect(vocabulary.expand('comitment').terms.map((t) => t.term)).toEqual(['commitment', 'comment', 'commitments'])
  })

  it('finds terms by prefix', () => {
    const vocabulary = new Vocabulary(['day', 'daylight', 'daylights', 'dazzle'])
    expect(vocabulary.withPrefix('dayl')).toEqual(['daylight', 'daylights'])
  })
})
