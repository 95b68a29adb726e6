import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync, type Dirent } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLibrary, type Db } from '../store/open.ts'
import { importPaths, MAX_ARTICLE_BYTES } from './importer.ts'
import { readdirSync, statSync } from 'node:fs'

const SEEDS = new URL('../../seeds/', import.meta.url).pathname
const ARTICLE = 'Mayor vows action\n\n"We will fix the bridge this year," Mayor Jane Roe said on Monday.\n'

let dir: string
let db: Db
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-import-'))
  db = openLibrary(join(dir, 'library.sqlite'))
})
afterEach(() => {
  db.close()
  chmodSync(dir, 0o700)
  rmSync(dir, { recursive: true, force: true })
})

const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, 'in', name)
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, content)
  return path
}

describe('importPaths', () => {
  it('imports folders recursively, stores provenance, and adds nothing the second time', () => {
    mkdirSync(join(dir, 'in', 'nested'), { recursive: true })
    copyFileSync(join(SEEDS, 'yonhap-2016-blinken-visits-seoul.txt'), join(dir, 'in', 'a.txt'))
    copyFileSync(join(SEEDS, 'yonhap-2023-blinken-to-discuss-threats.txt'), join(dir, 'in', 'nested', 'b.txt'))
    file('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))
    const first = importPaths(db, [join(dir, 'in')])
    expect(first).toMatchObject({ added: 2, duplicates: 0, failed: 0, skipped: 1 })
    const row = db.prepare('SELECT source, sha256, imported_at FROM articles ORDER BY source').get() as Record<string, string>
    expect(row.source).toBe(join(dir, 'in', 'a.txt'))
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(Date.parse(row.imported_at)).not.toBeNaN()
    const quotesBefore = count('quotes')
    const second = importPaths(db, [join(dir, 'in')])
    expect(second).toMatchObject({ added: 0, duplicates: 2, failed: 0 })
    expect(count('articles')).toBe(2)
    expect(count('quotes')).toBe(quotesBefore)
  })

  it('treats the same bytes under another name as a duplicate', () => {
    const a = file('a.txt', ARTICLE)
    const b = file('copy of a.txt', ARTICLE)
    expect(importPaths(db, [a, b])).toMatchObject({ added: 1, duplicates: 1 })
  })

  it('names each bad file with its reason and imports the rest of the batch', () => {
    const good = file('good.txt', ARTICLE)
    const empty = file('empty.txt', '')
    const binary = file('picture.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...new Array(200).fill(0)]))
    const missing = join(dir, 'in', 'never-existed.txt')
    const wrongKind = file('notes.pdfx', 'x')
    const summary = importPaths(db, [empty, binary, good, missing, wrongKind])
    expect(summary.added).toBe(1)
    expect(summary.failed).toBe(4)
    const byPath = new Map(summary.failures.map((f) => [f.path, f.message]))
    expect(byPath.get(empty)).toMatch(/empty/i)
    expect(byPath.get(binary)).toMatch(/binary|not text/i)
    expect(byPath.get(missing)).toMatch(/no such file/i)
    expect(byPath.get(wrongKind)).toMatch(/not a supported article format/)
    for (const message of byPath.values()) expect(message).not.toMatch(/\n/)
    expect(count('articles')).toBe(1)
  })

  it('imports invalid UTF-8 safely or names it, never crashing the batch', () => {
    const bad = file('bad-utf8.txt', new Uint8Array([...Buffer.from('"Broken bytes \u201cstay\u201d out," she said. '), 0xc3, 0x28, 0xa0, 0xa1, 0x20, 0x41]))
    const good = file('good.txt', ARTICLE)
    const summary = importPaths(db, [bad, good])
    expect(summary.added + summary.failed).toBe(2)
    expect(summary.added).toBeGreaterThanOrEqual(1)
    if (summary.failed) expect(summary.failures[0].path).toBe(bad)
  })

  it('refuses a 50 MB text file with a clear reason, before reading it', () => {
    const big = join(dir, 'huge.txt')
    writeFileSync(big, 'All work and no play. '.repeat(Math.ceil((50 * 1024 * 1024) / 22)))
    const summary = importPaths(db, [big, file('good.txt', ARTICLE)])
    expect(MAX_ARTICLE_BYTES).toBeLessThan(50 * 1024 * 1024)
    expect(summary.failures).toEqual([{ path: big, message: expect.stringMatching(/too large for one article \(50\.0 MB/) }])
    expect(summary.added).toBe(1)
  })

  it('keeps scripts out of an imported HTML page', () => {
    const page = file('page.html', `<!doctype html><html><head><title>Council votes</title>
      <script>window.stolen = document.cookie</script></head><body>
      <nav>Home | World | MOST POPULAR</nav>
      <article><h1>Council votes</h1><p>"The budget passes tonight," council chair Ann Lee said.</p>
      <img src="x" onerror="alert(1)"><p>The vote was close.</p><script>alert("hi")</script></article></body></html>`)
    expect(importPaths(db, [page])).toMatchObject({ added: 1, failed: 0 })
    const { text } = db.prepare('SELECT text FROM articles').get() as { text: string }
    expect(text).toContain('The budget passes tonight')
    expect(text).not.toMatch(/stolen|alert|onerror|<script/)
  })

  it('names a file that disappears mid-import and goes on', () => {
    const a = file('a.txt', ARTICLE)
    const b = file('b.txt', ARTICLE.replace('bridge', 'tunnel'))
    const c = file('c.txt', ARTICLE.replace('bridge', 'road'))
    const summary = importPaths(db, [join(dir, 'in')], { beforeFile: (path) => path === b && unlinkSync(b) })
    expect(summary).toMatchObject({ added: 2, failed: 1 })
    expect(summary.failures[0]).toEqual({ path: b, message: expect.stringMatching(/no such file/) })
    const sources = db.prepare('SELECT source FROM articles ORDER BY source').all()
    expect(sources).toEqual([{ source: a }, { source: c }])
  })

  it('names an unreadable folder and imports the readable ones', () => {
    const ok = file('ok/a.txt', ARTICLE)
    const locked = join(dir, 'in', 'locked')
    mkdirSync(locked)
    writeFileSync(join(locked, 'secret.txt'), ARTICLE.replace('bridge', 'dam'))
    // Root ignores permission bits, so the refusal is simulated at the file-system boundary.
    const denied = Object.assign(new Error(`EACCES: permission denied, scandir '${locked}'`), { code: 'EACCES' })
    const summary = importPaths(db, [join(dir, 'in')], {
      fs: {
        stat: (p) => statSync(p),
        readdir: (p): Dirent[] => {
          if (p === locked) throw denied
          return readdirSync(p, { withFileTypes: true })
        },
      },
    })
    expect(summary.failures).toEqual([{ path: locked, message: 'cannot read folder: permission denied' }])
    expect(summary.added).toBe(1)
    expect(db.prepare('SELECT source FROM articles').get()).toEqual({ source: ok })
  })

  it('reports progress for every file', () => {
    const seen: string[] = []
    importPaths(db, [file('a.txt', ARTICLE), file('b.txt', '')], {
      onProgress: (p) => seen.push(`${p.done}/${p.total} ${p.outcome}`),
    })
    expect(seen).toEqual(['1/2 added', '2/2 failed'])
  })
})
