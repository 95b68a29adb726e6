// Quote sheets: create, rename and delete sheets; add, remove and re-order quotes on them; record a
// verdict (status, who, when) and a note per quote. Every write is one transaction, so a failed
// command changes nothing, and each write also stamps the sheet's updated_at.
import type { Db } from '../store/open.ts'
import { SHEET_STATUSES, SheetsTable, type ItemRecord, type SheetRecord, type SheetStatus } from '../store/sheets.ts'
import { citationLine } from './citation.ts'
import { contextSentence } from './contextSentence.ts'
import { CodedError } from '../shared/errors.ts'

export { SHEET_STATUSES, type SheetStatus, type SheetRecord }

export interface SheetRow extends Omit<ItemRecord, 'id' | 'addedAt'> {
  citation: string
}

export interface SheetWithRows extends SheetRecord {
  rows: SheetRow[]
}

/** A request the library cannot carry out: no such sheet or quote, a name taken, a bad position. */
export class SheetError extends CodedError {
  declare readonly code: 'not-found' | 'exists' | 'invalid'
  constructor(code: SheetError['code'], message: string) {
    super(code, message)
  }
}

export const MAX_NAME_LENGTH = 200
export const MAX_NOTE_LENGTH = 10_000

export function isSheetStatus(word: string): word is SheetStatus {
  return (SHEET_STATUSES as readonly string[]).includes(word)
}

/** A sheet name is shown in terminals, file names and documents: one printable line. */
function checkName(name: string): string {
  const trimmed = name.trim()
  if (!trimmed) throw new SheetError('invalid', 'A sheet name cannot be empty')
  if (trimmed.length > MAX_NAME_LENGTH) throw new SheetError('invalid', `A sheet name has at most ${MAX_NAME_LENGTH} characters`)
  if (/\p{Cc}/u.test(trimmed)) throw new SheetError('invalid', 'A sheet name cannot hold line breaks or control characters')
  return trimmed
}

function checkNote(note: string): string {
  if (note.length > MAX_NOTE_LENGTH) throw new SheetError('invalid', `A note has at most ${MAX_NOTE_LENGTH} characters`)
  // Keep line breaks and tabs (notes are prose); other control characters only corrupt exports.
  return note.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
}

export interface VerdictOptions {
  /** Who checked it; recorded with the time for any status but 'unverified'. */
  by?: string | null
  note?: string
}

export class SheetService {
  private readonly db: Db
  private readonly table: SheetsTable
  private readonly now: () => Date

  constructor(db: Db, now: () => Date = () => new Date()) {
    this.db = db
    this.table = new SheetsTable(db)
    this.now = now
  }

  private stamp(): string {
    return this.now().toISOString()
  }

  private require(name: string): SheetRecord {
    const sheet = this.table.sheet(name.trim())
    if (!sheet) throw new SheetError('not-found', `There is no sheet named "${name}"`)
    return sheet
  }

  private requireItem(sheet: SheetRecord, quoteId: number): ItemRecord {
    const item = this.table.item(sheet.id, quoteId)
    if (!item) throw new SheetError('not-found', `Quote ${quoteId} is not on the sheet "${sheet.name}"`)
    return item
  }

  /** Runs `write` on the named sheet inside one transaction and stamps the sheet as changed. */
  private change<T>(name: string, write: (sheet: SheetRecord, now: string) => T): T {
    return this.db.transaction(() => {
      const sheet = this.require(name)
      const now = this.stamp()
      const result = write(sheet, now)
      this.table.touch(sheet.id, now)
      return result
    })()
  }

  create(name: string): SheetRecord {
    const clean = checkName(name)
    return this.db.transaction(() => {
      if (this.table.sheet(clean)) throw new SheetError('exists', `A sheet named "${clean}" already exists`)
      this.table.insertSheet(clean, this.stamp())
      return this.table.sheet(clean)!
    })()
  }

  rename(name: string, newName: string): SheetRecord {
    const clean = checkName(newName)
    return this.change(name, (sheet, now) => {
      const other = this.table.sheet(clean)
      if (other && other.id !== sheet.id) throw new SheetError('exists', `A sheet named "${clean}" already exists`)
      this.table.rename(sheet.id, clean, now)
      return { ...sheet, name: clean, updatedAt: now }
    })
  }

  delete(name: string): void {
    this.db.transaction(() => this.table.deleteSheet(this.require(name).id))()
  }

  list(): SheetRecord[] {
    return this.table.sheets()
  }

  get(name: string): SheetWithRows {
    return this.db.transaction(() => {
      const sheet = this.require(name)
      const rows = this.table.items(sheet.id).map(({ id: _id, addedAt: _addedAt, ...item }) => ({
        ...item,
        citation: citationLine(item),
      }))
      return { ...sheet, rows }
    })()
  }

  /** Appends the quotes in the order given; all or none (one unknown id adds nothing). */
  add(name: string, quoteIds: number[]): void {
    this.change(name, (sheet, now) => {
      for (const quoteId of quoteIds) {
        const q = this.table.quoteSource(quoteId)
        if (!q) throw new SheetError('not-found', `There is no quote ${quoteId} in the library`)
        if (this.table.item(sheet.id, quoteId)?.quoteAvailable) {
          throw new SheetError('exists', `Quote ${quoteId} is already on the sheet "${sheet.name}"`)
        }
        this.table.insertItem(sheet.id, {
          quoteId, status: 'unverified', note: '', addedAt: now, quote: q.text, speaker: q.speaker, role: q.role,
          date: q.date, outlet: q.outlet, headline: q.headline, source: q.source,
          context: contextSentence(q.articleText, q.start, q.end),
        })
      }
    })
  }

  remove(name: string, quoteId: number): void {
    this.change(name, (sheet) => this.table.deleteItem(sheet.id, this.requireItem(sheet, quoteId)))
  }

  /** Moves a quote to a 1-based position; the quotes in between shift by one. */
  move(name: string, quoteId: number, position: number): void {
    this.change(name, (sheet) => {
      const item = this.requireItem(sheet, quoteId)
      if (!Number.isInteger(position) || position < 1 || position > sheet.items) {
        throw new SheetError('invalid', `A position on "${sheet.name}" is a whole number from 1 to ${sheet.items}`)
      }
      this.table.move(sheet.id, item, position)
    })
  }

  /**
   * Records a verdict. Any status but 'unverified' stamps who and when; going back to 'unverified'
   * clears both, so a sheet never claims a check that was withdrawn.
   */
  setStatus(name: string, quoteId: number, status: SheetStatus, options: VerdictOptions = {}): void {
    if (!isSheetStatus(status)) {
      throw new SheetError('invalid', `A status is one of ${SHEET_STATUSES.join(', ')}; not "${String(status)}"`)
    }
    const by = options.by?.trim() || null
    if (by && (by.length > MAX_NAME_LENGTH || /\p{Cc}/u.test(by))) {
      throw new SheetError('invalid', `A verifier's name is one line of at most ${MAX_NAME_LENGTH} characters`)
    }
    const note = options.note === undefined ? undefined : checkNote(options.note)
    this.change(name, (sheet, now) => {
      const item = this.requireItem(sheet, quoteId)
      if (status === 'unverified') this.table.setVerdict(item.id, status, null, null)
      else this.table.setVerdict(item.id, status, by, now)
      if (note !== undefined) this.table.setNote(item.id, note)
    })
  }

  setNote(name: string, quoteId: number, note: string): void {
    const clean = checkNote(note)
    this.change(name, (sheet) => this.table.setNote(this.requireItem(sheet, quoteId).id, clean))
  }
}
