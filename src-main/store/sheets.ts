// The quote sheet tables: sheets and their ordered items. Prepared statements only: names, notes
// and verifier names are user text and always travel as parameters. Callers (services/sheets.ts)
// group these into transactions; nothing here keeps positions consistent on its own.
import type { Db } from './open.ts'

export const SHEET_STATUSES = ['unverified', 'verified', 'disputed', 'misattributed'] as const
export type SheetStatus = (typeof SHEET_STATUSES)[number]

export interface SheetRecord {
  id: number
  name: string
  createdAt: string
  updatedAt: string
  items: number
}

/** Where a quote comes from and who said it, as a sheet item keeps it. */
export interface QuoteProvenance {
  speaker: string | null
  role: string | null
  date: string | null
  outlet: string | null
  headline: string | null
  source: string
}

/** One item as stored: the verdict and the snapshot of the quote taken when it was added. */
export interface ItemRecord extends QuoteProvenance {
  id: number
  quoteId: number
  /** False once the quote (its article) is gone from the library; the snapshot remains. */
  quoteAvailable: boolean
  position: number
  status: SheetStatus
  verifiedBy: string | null
  verifiedAt: string | null
  note: string
  addedAt: string
  quote: string
  context: string
}

/** What an item copies from the library when a quote is added; the article text is for context. */
export interface QuoteSource extends QuoteProvenance {
  id: number
  text: string
  start: number
  end: number
  articleText: string
}

export type NewItem = Omit<ItemRecord, 'id' | 'quoteAvailable' | 'verifiedBy' | 'verifiedAt'>

const SHEET_COLUMNS = `s.id, s.name, s.created_at AS createdAt, s.updated_at AS updatedAt,
  (SELECT count(*) FROM sheet_items i WHERE i.sheet_id = s.id) AS items`

const ITEM_COLUMNS = `id, origin_quote_id AS quoteId, quote_id IS NOT NULL AS quoteAvailable, position, status,
  verified_by AS verifiedBy, verified_at AS verifiedAt, note, added_at AS addedAt, quote_text AS quote, speaker,
  speaker_title AS role, article_date AS date, outlet, headline, source, context`

type RawItem = Omit<ItemRecord, 'quoteAvailable'> & { quoteAvailable: number }

export class SheetsTable {
  private readonly byName
  private readonly all
  private readonly insertSheetStmt
  private readonly renameStmt
  private readonly touchStmt
  private readonly deleteSheetStmt
  private readonly quoteSourceStmt
  private readonly itemsStmt
  private readonly findItemStmt
  private readonly lastPosition
  private readonly insertItemStmt
  private readonly deleteItemStmt
  private readonly closeGap
  private readonly shiftUp
  private readonly shiftDown
  private readonly setPositionStmt
  private readonly setVerdictStmt
  private readonly setNoteStmt

  constructor(db: Db) {
    this.byName = db.prepare<[string], SheetRecord>(`SELECT ${SHEET_COLUMNS} FROM sheets s WHERE s.name = ?`)
    this.all = db.prepare<[], SheetRecord>(`SELECT ${SHEET_COLUMNS} FROM sheets s ORDER BY s.name COLLATE NOCASE`)
    this.insertSheetStmt = db.prepare<[string, string, string]>(
      'INSERT INTO sheets (name, created_at, updated_at) VALUES (?, ?, ?)',
    )
    this.renameStmt = db.prepare<[string, string, number]>('UPDATE sheets SET name = ?, updated_at = ? WHERE id = ?')
    this.touchStmt = db.prepare<[string, number]>('UPDATE sheets SET updated_at = ? WHERE id = ?')
    this.deleteSheetStmt = db.prepare<[number]>('DELETE FROM sheets WHERE id = ?')
    this.quoteSourceStmt = db.prepare<[number], QuoteSource>(
      `SELECT q.id, q.text, q.start, q.end, s.name AS speaker, s.title AS role, a.date, a.outlet,
              a.title AS headline, a.source, a.text AS articleText
         FROM quotes q
         JOIN articles a ON a.id = q.article_id
         LEFT JOIN speakers s ON s.id = q.speaker_id
        WHERE q.id = ?`,
    )
    this.itemsStmt = db.prepare<[number], RawItem>(
      `SELECT ${ITEM_COLUMNS} FROM sheet_items WHERE sheet_id = ? ORDER BY position`,
    )
    // A live link wins over a snapshot whose quote is gone and whose old id was since reused.
    this.findItemStmt = db.prepare<[number, number, number], RawItem>(
      `SELECT ${ITEM_COLUMNS} FROM sheet_items
        WHERE sheet_id = ? AND (quote_id = ? OR (quote_id IS NULL AND origin_quote_id = ?))
        ORDER BY quote_id IS NULL LIMIT 1`,
    )
    this.lastPosition = db.prepare<[number], { n: number }>(
      'SELECT coalesce(max(position), 0) AS n FROM sheet_items WHERE sheet_id = ?',
    )
    this.insertItemStmt = db.prepare(
      `INSERT INTO sheet_items (sheet_id, quote_id, origin_quote_id, position, status, note, added_at, quote_text,
                               speaker, speaker_title, article_date, outlet, headline, source, context)
       VALUES (@sheetId, @quoteId, @quoteId, @position, @status, @note, @addedAt, @quote, @speaker, @role, @date,
               @outlet, @headline, @source, @context)`,
    )
    this.deleteItemStmt = db.prepare<[number]>('DELETE FROM sheet_items WHERE id = ?')
    this.closeGap = db.prepare<[number, number]>(
      'UPDATE sheet_items SET position = position - 1 WHERE sheet_id = ? AND position > ?',
    )
    this.shiftUp = db.prepare<[number, number, number]>(
      'UPDATE sheet_items SET position = position + 1 WHERE sheet_id = ? AND position >= ? AND position < ?',
    )
    this.shiftDown = db.prepare<[number, number, number]>(
      'UPDATE sheet_items SET position = position - 1 WHERE sheet_id = ? AND position > ? AND position <= ?',
    )
    this.setPositionStmt = db.prepare<[number, number]>('UPDATE sheet_items SET position = ? WHERE id = ?')
    this.setVerdictStmt = db.prepare<[string, string | null, string | null, number]>(
      'UPDATE sheet_items SET status = ?, verified_by = ?, verified_at = ? WHERE id = ?',
    )
    this.setNoteStmt = db.prepare<[string, number]>('UPDATE sheet_items SET note = ? WHERE id = ?')
  }

  sheet(name: string): SheetRecord | null {
    return this.byName.get(name) ?? null
  }

  sheets(): SheetRecord[] {
    return this.all.all()
  }

  insertSheet(name: string, now: string): void {
    this.insertSheetStmt.run(name, now, now)
  }

  rename(id: number, name: string, now: string): void {
    this.renameStmt.run(name, now, id)
  }

  touch(id: number, now: string): void {
    this.touchStmt.run(now, id)
  }

  deleteSheet(id: number): void {
    this.deleteSheetStmt.run(id)
  }

  quoteSource(quoteId: number): QuoteSource | null {
    return this.quoteSourceStmt.get(quoteId) ?? null
  }

  items(sheetId: number): ItemRecord[] {
    return this.itemsStmt.all(sheetId).map(toItem)
  }

  item(sheetId: number, quoteId: number): ItemRecord | null {
    const raw = this.findItemStmt.get(sheetId, quoteId, quoteId)
    return raw ? toItem(raw) : null
  }

  /** Appends the item at the end of the sheet. */
  insertItem(sheetId: number, item: Omit<NewItem, 'position'>): void {
    const position = this.lastPosition.get(sheetId)!.n + 1
    this.insertItemStmt.run({ sheetId, position, ...item })
  }

  /** Deletes the item and closes the gap it leaves in the order. */
  deleteItem(sheetId: number, item: ItemRecord): void {
    this.deleteItemStmt.run(item.id)
    this.closeGap.run(sheetId, item.position)
  }

  /** Moves the item to `to` (1-based, within the sheet), shifting the items in between by one. */
  move(sheetId: number, item: ItemRecord, to: number): void {
    if (to < item.position) this.shiftUp.run(sheetId, to, item.position)
    else if (to > item.position) this.shiftDown.run(sheetId, item.position, to)
    this.setPositionStmt.run(to, item.id)
  }

  setVerdict(itemId: number, status: SheetStatus, by: string | null, at: string | null): void {
    this.setVerdictStmt.run(status, by, at, itemId)
  }

  setNote(itemId: number, note: string): void {
    this.setNoteStmt.run(note, itemId)
  }
}

function toItem(raw: RawItem): ItemRecord {
  return { ...raw, quoteAvailable: raw.quoteAvailable === 1 }
}
