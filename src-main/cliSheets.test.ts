// `verbatim sheet …` and `verbatim export` as a user runs them: the real bin/verbatim.mjs in a
// child process, on a library file written with the fixture articles.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLibrary } from './store/open.ts'
import { storeFixtures, TRICKY_QUOTES } from './services/sheetFixtures.ts'

const ROOT = new URL('..', import.meta.url).pathname
const BIN = join(ROOT, 'bin', 'verbatim.mjs')
const dir = mkdtempSync(join(tmpdir(), 'verbatim-cli-sheets-'))
const db = join(dir, 'library.sqlite')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const verbatim = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, '--db', db, ...args], { encoding: 'utf8' })

let ids: number[]
beforeAll(() => {
  const lib = openLibrary(db)
  storeFixtures(lib)
  lib.close()
  const listed = verbatim('quotes', '--json')
  expect(listed.status).toBe(0)
  // In fixture order (`quotes` lists undated articles first): marks, multiline, script, korean, formula.
  const byText = new Map((JSON.parse(listed.stdout) as { id: number; text: string }[]).map((q) => [q.text, q.id]))
  ids = Object.values(TRICKY_QUOTES).map((text) => byText.get(text)!)
})

describe('verbatim sheet and export', () => {
  it('creates a sheet, adds quotes, records a verdict, re-orders and exports a CSV that parses back', () => {
    expect(new Set(ids).size).toBe(5)
    expect(ids.every(Number.isInteger)).toBe(true)
    expect(verbatim('sheet', 'create', 'Seoul trip').status).toBe(0)
    const added = verbatim('sheet', 'add', 'Seoul trip', String(ids[0]), String(ids[3]), String(ids[2]))
    expect(added.status).toBe(0)
    expect(added.stderr).toBe('Added 3 quotes to "Seoul trip".\n')
    const status = verbatim('sheet', 'status', 'Seoul trip', String(ids[3]), 'verified', '--by', 'Jane Doe', '--note', 'On tape')
    expect(status.status).toBe(0)
    expect(verbatim('sheet', 'note', 'Seoul trip', String(ids[2]), 'Check with the embassy').status).toBe(0)
    expect(verbatim('sheet', 'move', 'Seoul trip', String(ids[2]), '1').status).toBe(0)

    const shown = JSON.parse(verbatim('sheet', 'list', 'Seoul trip', '--json').stdout) as {
      name: string
      rows: { quoteId: number; status: string; verifiedBy: string | null; verifiedAt: string | null; note: string }[]
    }
    expect(shown.name).toBe('Seoul trip')
    expect(shown.rows.map((r) => r.quoteId)).toEqual([ids[2], ids[0], ids[3]])
    expect(shown.rows[2]).toMatchObject({ status: 'verified', verifiedBy: 'Jane Doe', note: 'On tape' })
    expect(Date.parse(shown.rows[2].verifiedAt!)).toBeGreaterThan(Date.now() - 60_000)
    expect(shown.rows[0].note).toBe('Check with the embassy')

    const out = join(dir, 'seoul.csv')
    const exported = verbatim('export', '--sheet', 'Seoul trip', '--format', 'csv', '--out', out)
    expect(exported.status).toBe(0)
    expect(exported.stderr).toBe(`Wrote 3 quotes from "Seoul trip" to ${out}.\n`)
    const bytes = readFileSync(out)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const records = parse(bytes.toString('utf8'), { bom: true }) as string[][]
    expect(records.map((r) => [r[1], r[9]])).toEqual([
      ['Quote', 'Status'],
      [TRICKY_QUOTES.script, 'Unverified'],
      [TRICKY_QUOTES.marks, 'Unverified'],
      [TRICKY_QUOTES.korean, 'Verified'],
    ])
    expect(records[3][10]).toBe('Jane Doe')

    const listed = verbatim('sheet', 'list')
    expect(listed.stdout).toMatch(/^Seoul trip {2}\(3 quotes, changed /)
  })

  it('removes a quote and deletes a sheet', () => {
    verbatim('sheet', 'create', 'Scratch')
    verbatim('sheet', 'add', 'Scratch', String(ids[1]), String(ids[4]))
    expect(verbatim('sheet', 'remove', 'Scratch', String(ids[1])).status).toBe(0)
    const rows = (JSON.parse(verbatim('sheet', 'list', 'Scratch', '--json').stdout) as { rows: { quoteId: number; position: number }[] }).rows
    expect(rows).toEqual([expect.objectContaining({ quoteId: ids[4], position: 1 })])
    expect(verbatim('sheet', 'delete', 'Scratch').status).toBe(0)
    const missing = verbatim('sheet', 'list', 'Scratch')
    expect(missing.status).toBe(1)
    expect(missing.stderr).toBe('verbatim: There is no sheet named "Scratch"\n')
  })

  it('exits 1 when the library cannot do it and 2 when the command line is wrong, writing no file', () => {
    const unknownQuote = verbatim('sheet', 'add', 'Seoul trip', '99999')
    expect(unknownQuote.status).toBe(1)
    expect(unknownQuote.stderr).toBe('verbatim: There is no quote 99999 in the library\n')
    expect(verbatim('sheet', 'add', 'Seoul trip', 'abc').status).toBe(2)
    const badStatus = verbatim('sheet', 'status', 'Seoul trip', String(ids[0]), 'true')
    expect(badStatus.status).toBe(2)
    expect(badStatus.stderr).toMatch(/^verbatim: A status is one of unverified, verified, disputed, misattributed/)
    expect(verbatim('sheet', 'move', 'Seoul trip', String(ids[0]), '0').status).toBe(2)
    expect(verbatim('sheet', 'move', 'Seoul trip', String(ids[0]), '9').status).toBe(1)
    expect(verbatim('sheet', 'create').status).toBe(2)

    const outDir = join(dir, 'exports')
    mkdirSync(join(outDir, 'a-folder'), { recursive: true })
    const badFormat = verbatim('export', '--sheet', 'Seoul trip', '--format', 'pdf', '--out', join(outDir, 'x.pdf'))
    expect(badFormat.status).toBe(2)
    expect(badFormat.stderr).toMatch(/^verbatim: --format is one of csv, md, docx, html, json, claimreview/)
    expect(verbatim('export', '--sheet', 'Seoul trip', '--format', 'csv', '--out', join(outDir, 'a-folder')).status).toBe(2)
    expect(verbatim('export', '--sheet', 'Nope', '--format', 'csv', '--out', join(outDir, 'nope.csv')).status).toBe(1)
    expect(readdirSync(outDir)).toEqual(['a-folder'])
  })

  it('writes every format', () => {
    for (const format of ['md', 'docx', 'html', 'json', 'claimreview']) {
      const out = join(dir, `all.${format}`)
      const result = verbatim('export', '--sheet', 'Seoul trip', '--format', format, '--out', out)
      expect(result.status, result.stderr).toBe(0)
      expect(readFileSync(out).length).toBeGreaterThan(100)
    }
  })
})
