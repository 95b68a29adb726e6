import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Db } from '../store/open.ts'
import { fixtureLibrary, TRICKY_QUOTES } from './sheetFixtures.ts'
import { SheetError, SheetService } from './sheets.ts'

let db: Db
let ids: number[]
let clock: Date
let sheets: SheetService
beforeEach(() => {
  ;({ db, quoteIds: ids } = fixtureLibrary())
  clock = new Date('2024-03-01T09:00:00.000Z')
  sheets = new SheetService(db, () => clock)
})
afterEach(() => db.close())

const order = (name = 'Check') => sheets.get(name).rows.map((r) => r.quoteId)
const positions = (name = 'Check') => sheets.get(name).rows.map((r) => r.position)

describe('SheetService', () => {
  it('creates, lists, renames and deletes sheets, refusing a taken or empty name', () => {
    sheets.create('  Check ')
    sheets.create('Other')
    expect(sheets.list().map((s) => [s.name, s.items])).toEqual([['Check', 0], ['Other', 0]])
    expect(() => sheets.create('check')).toThrow(/already exists/)
    expect(() => sheets.create('  ')).toThrow(SheetError)
    expect(() => sheets.create('two\nlines')).toThrow(/line breaks/)
    expect(() => sheets.rename('Check', 'OTHER')).toThrow(/already exists/)
    sheets.rename('Check', 'Checked')
    expect(sheets.list().map((s) => s.name)).toEqual(['Checked', 'Other'])
    sheets.delete('Other')
    expect(() => sheets.get('Other')).toThrow(/no sheet named "Other"/)
    expect(sheets.list().map((s) => s.name)).toEqual(['Checked'])
  })

  it('adds quotes in order with a snapshot of their provenance, context and citation', () => {
    sheets.create('Check')
    sheets.add('Check', [ids[2], ids[0], ids[3]])
    const { rows, items } = sheets.get('Check')
    expect(items).toBe(3)
    expect(rows.map((r) => [r.position, r.quoteId, r.quote])).toEqual([
      [1, ids[2], TRICKY_QUOTES.script],
      [2, ids[0], TRICKY_QUOTES.marks],
      [3, ids[3], TRICKY_QUOTES.korean],
    ])
    expect(rows[1]).toMatchObject({
      speaker: 'Daniel Kritenbrink', role: 'Assistant Secretary of State', date: '2023-11-02', outlet: 'Yonhap',
      headline: 'Blinken to discuss <b>threats</b> | "allies"', source: '/fixtures/article-0.txt',
      context: `"${TRICKY_QUOTES.marks}," Daniel Kritenbrink said.`, status: 'unverified', verifiedBy: null,
      verifiedAt: null, note: '', quoteAvailable: true,
    })
    expect(rows[1].citation).toBe(
      'Daniel Kritenbrink, Assistant Secretary of State, quoted in "Blinken to discuss <b>threats</b> | "allies"", Yonhap, 2023-11-02.',
    )
    expect(rows[2].citation).toBe('강경화, Ministre des Affaires étrangères, quoted in article-1.txt, undated.')
  })

  it('adds all the quotes or none, and refuses a duplicate or unknown quote', () => {
    sheets.create('Check')
    sheets.add('Check', [ids[0]])
    expect(() => sheets.add('Check', [ids[1], 9999])).toThrow(/no quote 9999/)
    expect(() => sheets.add('Check', [ids[1], ids[0]])).toThrow(/already on the sheet/)
    expect(order()).toEqual([ids[0]])
    expect(() => sheets.add('Nope', [ids[0]])).toThrow(/no sheet named "Nope"/)
  })

  it('moves a quote up or down and keeps positions 1…n without gaps', () => {
    sheets.create('Check')
    sheets.add('Check', ids)
    sheets.move('Check', ids[4], 1)
    expect(order()).toEqual([ids[4], ids[0], ids[1], ids[2], ids[3]])
    sheets.move('Check', ids[0], 4)
    expect(order()).toEqual([ids[4], ids[1], ids[2], ids[0], ids[3]])
    sheets.move('Check', ids[3], 5)
    expect(order()).toEqual([ids[4], ids[1], ids[2], ids[0], ids[3]])
    expect(positions()).toEqual([1, 2, 3, 4, 5])
    expect(() => sheets.move('Check', ids[0], 6)).toThrow(/from 1 to 5/)
    expect(() => sheets.move('Check', ids[0], 0)).toThrow(/from 1 to 5/)
    expect(order()).toEqual([ids[4], ids[1], ids[2], ids[0], ids[3]])
  })

  it('removes a quote and closes the gap; a new quote goes to the end', () => {
    sheets.create('Check')
    sheets.add('Check', ids.slice(0, 4))
    sheets.remove('Check', ids[1])
    expect(order()).toEqual([ids[0], ids[2], ids[3]])
    expect(positions()).toEqual([1, 2, 3])
    sheets.add('Check', [ids[1]])
    expect(order()).toEqual([ids[0], ids[2], ids[3], ids[1]])
    expect(() => sheets.remove('Check', ids[4])).toThrow(/not on the sheet/)
  })

  it('records each status with who and when; back to unverified clears both', () => {
    sheets.create('Check')
    sheets.add('Check', ids.slice(0, 3))
    sheets.setStatus('Check', ids[0], 'verified', { by: 'Jane Doe', note: 'Matches the transcript' })
    clock = new Date('2024-03-02T10:30:00.000Z')
    sheets.setStatus('Check', ids[1], 'disputed')
    sheets.setStatus('Check', ids[2], 'misattributed', { by: '  Kim Min-ji ' })
    let rows = sheets.get('Check').rows
    expect(rows.map((r) => [r.status, r.verifiedBy, r.verifiedAt, r.note])).toEqual([
      ['verified', 'Jane Doe', '2024-03-01T09:00:00.000Z', 'Matches the transcript'],
      ['disputed', null, '2024-03-02T10:30:00.000Z', ''],
      ['misattributed', 'Kim Min-ji', '2024-03-02T10:30:00.000Z', ''],
    ])
    expect(sheets.get('Check').updatedAt).toBe('2024-03-02T10:30:00.000Z')
    sheets.setStatus('Check', ids[0], 'unverified')
    rows = sheets.get('Check').rows
    expect(rows[0]).toMatchObject({ status: 'unverified', verifiedBy: null, verifiedAt: null, note: 'Matches the transcript' })
  })

  it('refuses an unknown status and changes nothing', () => {
    sheets.create('Check')
    sheets.add('Check', [ids[0]])
    // @ts-expect-error: what an untyped caller (the renderer over IPC) could send
    expect(() => sheets.setStatus('Check', ids[0], 'true')).toThrow(/one of unverified, verified/)
    expect(() => sheets.setStatus('Check', ids[0], 'verified', { by: 'a\nb' })).toThrow(/one line/)
    expect(sheets.get('Check').rows[0].status).toBe('unverified')
  })

  it('sets and clears notes, keeping line breaks and dropping other control characters', () => {
    sheets.create('Check')
    sheets.add('Check', [ids[0]])
    sheets.setNote('Check', ids[0], 'Called the office.\nNo answer\u0007 yet.')
    expect(sheets.get('Check').rows[0].note).toBe('Called the office.\nNo answer yet.')
    sheets.setNote('Check', ids[0], '')
    expect(sheets.get('Check').rows[0].note).toBe('')
  })

  it('keeps a checked quote, its words and verdict, after its article is deleted', () => {
    sheets.create('Check')
    sheets.add('Check', [ids[0], ids[3]])
    sheets.setStatus('Check', ids[0], 'verified', { by: 'Jane Doe' })
    db.prepare("DELETE FROM articles WHERE source = '/fixtures/article-0.txt'").run()
    const [kept, other] = sheets.get('Check').rows
    expect(kept).toMatchObject({
      quoteId: ids[0], quoteAvailable: false, quote: TRICKY_QUOTES.marks, speaker: 'Daniel Kritenbrink',
      outlet: 'Yonhap', status: 'verified', verifiedBy: 'Jane Doe',
    })
    expect(other.quoteAvailable).toBe(true)
    // Still addressable by the id it had.
    sheets.setNote('Check', ids[0], 'Article since deleted')
    sheets.move('Check', ids[0], 2)
    expect(order()).toEqual([ids[3], ids[0]])
  })

  it('deleting a sheet removes its items but not the quotes', () => {
    sheets.create('Check')
    sheets.add('Check', ids)
    sheets.delete('Check')
    expect(db.prepare('SELECT count(*) AS n FROM sheet_items').get()).toEqual({ n: 0 })
    expect(db.prepare('SELECT count(*) AS n FROM quotes').get()).toEqual({ n: ids.length })
  })
})
