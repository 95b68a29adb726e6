import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLibrary, type Db } from '../store/open.ts'
import { DecisionError, DecisionsTable } from '../store/decisions.ts'
import { listQuotes, reviewQueue } from '../store/quotes.ts'
import { importPaths } from './importer.ts'
import { reextract } from './reextract.ts'

const SEEDS = new URL('../../seeds/', import.meta.url).pathname
let db: Db
let decisions: DecisionsTable
beforeEach(() => {
  db = openLibrary(':memory:')
  importPaths(db, [SEEDS])
  decisions = new DecisionsTable(db)
})
afterEach(() => db.close())

const quote = (text: string) => listQuotes(db).find((q) => q.text === text)!

describe('user decisions', () => {
  it('a correction wins over the machine, keeps the machine visible, and is found by the new name', () => {
    const before = quote('no daylight')
    expect(before.speaker).toBe('Wendy Sherman')
    decisions.decide({ quoteId: before.id, action: 'correct', speaker: 'Rose Gottemoeller', by: 'desk' }, '2026-11-25T10:00:00.000Z')
    const after = quote('no daylight')
    expect(after).toMatchObject({
      speaker: 'Rose Gottemoeller', rule: 'user-correct', confidence: 1, speakerTitle: null,
      decision: { action: 'correct', by: 'desk', at: '2026-11-25T10:00:00.000Z' },
      machine: { speaker: 'Wendy Sherman', rule: before.rule, confidence: before.confidence },
    })
    expect(listQuotes(db, { speaker: 'Gottemoeller' }).map((q) => q.text)).toEqual(['no daylight'])
    expect(listQuotes(db, { speaker: 'Sherman' })).toEqual([])
  })

  it('survives running the extraction again, even when the machine changes its mind', () => {
    const target = quote('no daylight')
    decisions.decide({ quoteId: target.id, action: 'correct', speaker: 'Rose Gottemoeller' })
    const other = quote('robust')
    decisions.decide({ quoteId: other.id, action: 'reject' })
    // Pretend an older rule had attributed these differently.
    db.prepare("UPDATE quotes SET speaker_id = NULL, rule = 'old-rule', confidence = 0.2").run()
    const summary = reextract(db)
    expect(summary.articles).toBe(2)
    expect(summary.changed).toBeGreaterThan(0)
    const again = quote('no daylight')
    expect(again.id).toBe(target.id)
    expect(again.speaker).toBe('Rose Gottemoeller')
    expect(again.machine.speaker).toBe('Wendy Sherman')
    expect(quote('robust')).toMatchObject({ speaker: null, rule: 'user-reject' })
    expect(quote('enduring').speaker).toBe('Daniel Kritenbrink')
  })

  it('accepting marks the attribution as the user’s and takes it off the review queue; undo brings it back', () => {
    const queue = reviewQueue(db)
    expect(queue.length).toBeGreaterThan(0)
    expect(queue.map((q) => q.confidence)).toEqual([...queue.map((q) => q.confidence)].sort((a, b) => a - b))
    const first = queue[0]
    decisions.decide({ quoteId: first.id, action: 'accept', by: 'me' })
    expect(reviewQueue(db).map((q) => q.id)).not.toContain(first.id)
    expect(listQuotes(db).find((q) => q.id === first.id)).toMatchObject({ rule: 'user-accept', speaker: first.speaker })
    expect(decisions.undo(first.id)).toBe(true)
    expect(reviewQueue(db)[0].id).toBe(first.id)
  })

  it('refuses a correction without a name and an unknown quote', () => {
    const q = quote('enduring')
    expect(() => decisions.decide({ quoteId: q.id, action: 'correct', speaker: '  ' })).toThrow(DecisionError)
    expect(() => decisions.decide({ quoteId: 999_999, action: 'accept' })).toThrow(/no quote #999999/)
  })
})
