// Quote sheets: the list, the open sheet, its rows, adding quotes from anywhere, exports.
import type { ExportFormat, SheetRecord, SheetWithRows } from '../../../src-main/shared/api.ts'
import { call } from '../api.ts'
import { app, attempt } from './app.svelte.ts'

export const FORMAT_LABELS: Record<ExportFormat, string> = {
  docx: 'Word (DOCX)', csv: 'Spreadsheet (CSV)', md: 'Markdown', html: 'Web page (HTML)', json: 'JSON', claimreview: 'ClaimReview (JSON-LD)',
}
export type SheetStatusWord = 'unverified' | 'verified' | 'disputed' | 'misattributed'
export const STATUSES: SheetStatusWord[] = ['unverified', 'verified', 'disputed', 'misattributed']

class SheetsState {
  sheets = $state<SheetRecord[]>([])
  current = $state<SheetWithRows | null>(null)
  selectedRow = $state(0)
  /** The sheet "Add to sheet" puts quotes on unless the user picks another. */
  target = $state(localStorage.getItem('verbatim.sheet') ?? '')

  async load(): Promise<void> {
    await attempt(async () => {
      this.sheets = await call('sheets:list', {})
      if (!this.current && this.sheets.length) await this.open(this.sheets[0].name)
    })
  }

  async open(name: string): Promise<void> {
    const sheet = await attempt(() => call('sheets:get', { name }))
    if (sheet) {
      this.current = sheet
      this.sheets = this.sheets.map((s) => (s.id === sheet.id ? { ...s, items: sheet.rows.length } : s))
      this.selectedRow = Math.min(this.selectedRow, Math.max(0, sheet.rows.length - 1))
    }
  }

  async create(name: string): Promise<boolean> {
    const sheet = await attempt(() => call('sheets:create', { name }))
    if (!sheet) return false
    await Promise.all([this.load(), app.refresh()])
    await this.open(sheet.name)
    return true
  }

  async remove(name: string): Promise<void> {
    if (!(await attempt(() => call('sheets:delete', { name })))) return
    if (this.current?.name === name) this.current = null
    await Promise.all([this.load(), app.refresh()])
  }

  /** Adds quotes to a sheet, creating it when it does not exist yet. */
  async add(name: string, quoteIds: number[]): Promise<boolean> {
    const clean = name.trim()
    if (!clean) return false
    const exists = (await attempt(() => call('sheets:list', {})))?.some((s) => s.name.toLowerCase() === clean.toLowerCase())
    if (!exists && !(await attempt(() => call('sheets:create', { name: clean })))) return false
    const sheet = await attempt(() => call('sheets:add', { name: clean, quoteIds }))
    if (!sheet) return false
    this.target = sheet.name
    localStorage.setItem('verbatim.sheet', sheet.name)
    this.current = sheet
    await Promise.all([this.load(), app.refresh()])
    app.notify(`Added to “${sheet.name}” (${sheet.rows.length} on the sheet).`, { label: 'Open sheet', run: () => app.go('sheets') })
    return true
  }

  private async change(write: (name: string) => Promise<SheetWithRows>): Promise<void> {
    if (!this.current) return
    const name = this.current.name
    const sheet = await attempt(() => write(name))
    if (sheet) {
      this.current = sheet
      this.sheets = this.sheets.map((s) => (s.id === sheet.id ? { ...s, items: sheet.rows.length, updatedAt: sheet.updatedAt } : s))
    }
  }

  setStatus = (quoteId: number, status: SheetStatusWord) => this.change((name) => call('sheets:setStatus', { name, quoteId, status }))
  setNote = (quoteId: number, note: string) => this.change((name) => call('sheets:setNote', { name, quoteId, note }))
  move = (quoteId: number, position: number) => this.change((name) => call('sheets:move', { name, quoteId, position }))
  removeRow = (quoteId: number) => this.change((name) => call('sheets:remove', { name, quoteId }))

  async export(format: ExportFormat | 'pdf'): Promise<void> {
    if (!this.current) return
    const name = this.current.name
    const result = await attempt(() => (format === 'pdf' ? call('sheets:exportPdf', { name }) : call('sheets:export', { name, format })))
    if (result?.path) app.notify(`Exported “${name}” to ${result.path}`)
  }
}

export const sheets = new SheetsState()
