import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Db } from '../../store/open.ts'
import { fixtureLibrary } from '../sheetFixtures.ts'
import { SheetService, type SheetWithRows } from '../sheets.ts'
import { exportSheet, ExportPathError, resolveExportPath } from './index.ts'
import { writeFileAtomic } from './writeAtomic.ts'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-export-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

let db: Db
let sheet: SheetWithRows
beforeAll(() => {
  const library = fixtureLibrary()
  db = library.db
  const service = new SheetService(db)
  service.create('S')
  service.add('S', library.quoteIds)
  sheet = service.get('S')
})
afterAll(() => db.close())

describe('resolveExportPath', () => {
  it('gives the file inside the folder for a plain name, Unicode included', () => {
    expect(resolveExportPath('/home/jane/exports', 'sheet.csv')).toBe('/home/jane/exports/sheet.csv')
    expect(resolveExportPath('/home/jane/exports', 'Blinken 서울 café.docx')).toBe('/home/jane/exports/Blinken 서울 café.docx')
    expect(resolveExportPath('/home/jane/exports', '..hidden.csv')).toBe('/home/jane/exports/..hidden.csv')
  })

  it.each([
    ['..', /names a folder/],
    ['.', /names a folder/],
    ['', /needs a file name/],
    ['   ', /needs a file name/],
    ['../escape.csv', /path separator/],
    ['sub/file.csv', /path separator/],
    ['..\\escape.csv', /path separator/],
    ['/etc/passwd', /path separator/],
    ['C:evil.csv', /colon/],
    ['x.csv:stream', /colon/],
    ['bad\0.csv', /NUL/],
    ['line\nbreak.csv', /control character/],
    ['x'.repeat(256), /too long/],
  ])('refuses %j', (name, reason) => {
    expect(() => resolveExportPath('/home/jane/exports', name)).toThrow(ExportPathError)
    expect(() => resolveExportPath('/home/jane/exports', name)).toThrow(reason)
  })
})

describe('exportSheet', () => {
  it('writes the file and replaces an existing one whole, leaving no temporary file', async () => {
    const out = join(dir, 'sheet.json')
    writeFileSync(out, 'old content')
    expect(await exportSheet(sheet, 'json', out)).toBe(out)
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(sheet.rows)
    expect(readdirSync(dir)).toEqual(['sheet.json'])
  })

  it('refuses a folder, a missing folder and a path ending in a separator, writing nothing', async () => {
    mkdirSync(join(dir, 'taken'))
    await expect(exportSheet(sheet, 'csv', join(dir, 'taken'))).rejects.toThrow(/is not a file/)
    await expect(exportSheet(sheet, 'csv', join(dir, 'missing', 'x.csv'))).rejects.toThrow(/does not exist/)
    await expect(exportSheet(sheet, 'csv', dir + '/')).rejects.toThrow(/names a folder/)
    await expect(exportSheet(sheet, 'csv', join(dir, 'a\0.csv'))).rejects.toThrow(/NUL/)
    expect(readdirSync(dir)).toEqual(['taken'])
  })

  it('leaves an existing file as it was when rendering fails', async () => {
    const out = join(dir, 'reviews.jsonld')
    writeFileSync(out, 'previous export')
    const broken = { ...sheet, rows: [{ ...sheet.rows[0], date: 'sometime last week' }] }
    await expect(exportSheet(broken, 'claimreview', out)).rejects.toThrow()
    expect(readFileSync(out, 'utf8')).toBe('previous export')
    expect(readdirSync(dir)).toEqual(['reviews.jsonld'])
  })
})

describe('writeFileAtomic', () => {
  it('removes its temporary file when the final rename fails', () => {
    const target = join(dir, 'busy')
    mkdirSync(target)
    writeFileSync(join(target, 'inside'), 'x') // a non-empty folder cannot be replaced by a file
    expect(() => writeFileAtomic(target, 'data')).toThrow()
    expect(readdirSync(dir)).toEqual(['busy'])
  })

  it('writes bytes and text exactly', () => {
    writeFileAtomic(join(dir, 'a.bin'), new Uint8Array([0, 255, 10]))
    writeFileAtomic(join(dir, 'b.txt'), '서울\r\n')
    expect([...readFileSync(join(dir, 'a.bin'))]).toEqual([0, 255, 10])
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('서울\r\n')
    expect(readdirSync(dir).sort()).toEqual(['a.bin', 'b.txt'])
  })
})
