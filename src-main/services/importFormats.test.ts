// Importing the document formats, feeds (several articles from one file), URLs, snapshots of the
// original bytes, and versions of a changed article.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openLibrary, type Db } from '../store/open.ts'
import { originalOfArticle, originalOfQuote, versionsOf } from '../store/snapshots.ts'
import { importPaths, sha256 } from './importer.ts'
import { fetchPage, FetchError } from './fetchPage.ts'
import { readDocumentSync } from './readBridge.ts'
import { diffVersions, formatWordDiff } from './versionDiff.ts'
import {
  articleDocx, articleOdt, articlePdf, SAMPLE, sampleEml, sampleEpub, sampleRss, scannedPdf,
} from '../../scripts/sampleDocs.ts'

let dir: string
let db: Db
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-formats-'))
  db = openLibrary(join(dir, 'library.sqlite'))
})
afterEach(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, 'in', name)
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, content)
  return path
}
const rows = (sql: string, ...args: unknown[]) => db.prepare(sql).all(...args) as Record<string, unknown>[]

const items = [
  { ...SAMPLE, link: 'https://news.example.org/bridge' },
  { headline: 'Council votes on the bridge plan', date: '2024-03-05', paragraphs: ['"It is long overdue," said council member Tom Reyes on Tuesday.'], link: 'https://news.example.org/vote' },
  { headline: 'Weather', paragraphs: [], link: 'https://news.example.org/empty' },
]

describe('importing documents', () => {
  it('imports PDF, DOCX, ODT, e-mail and EPUB files from a folder, with their quotes', async () => {
    file('a.pdf', articlePdf(SAMPLE))
    file('b.docx', await articleDocx({ ...SAMPLE, headline: 'Docx: ' + SAMPLE.headline }))
    file('c.odt', articleOdt({ ...SAMPLE, headline: 'Odt: ' + SAMPLE.headline }))
    file('d.eml', sampleEml({ ...SAMPLE, headline: 'Mail: ' + SAMPLE.headline }))
    file('e.epub', sampleEpub({ title: 'A book about bridges', chapters: [{ ...SAMPLE, headline: 'Chapter one: the bridge' }, { headline: 'Chapter two', paragraphs: ['"We are ready," the engineer said on Friday.'] }] }))
    const summary = importPaths(db, [join(dir, 'in')])
    expect(summary).toMatchObject({ added: 6, failed: 0, duplicates: 0 })
    const formats = rows('SELECT format, count(*) AS n FROM articles GROUP BY format ORDER BY format')
    expect(formats).toEqual([
      { format: 'docx', n: 1 }, { format: 'eml', n: 1 }, { format: 'epub', n: 2 }, { format: 'odt', n: 1 }, { format: 'pdf', n: 1 },
    ])
    const speakers = rows(`SELECT DISTINCT s.name FROM quotes q JOIN speakers s ON s.id = q.speaker_id JOIN articles a ON a.id = q.article_id WHERE a.format = 'pdf'`)
    expect(speakers.map((s) => s.name)).toContain('Ana Lopez')
    expect(rows("SELECT source FROM articles WHERE format = 'epub' ORDER BY id").map((r) => r.source)).toEqual([
      join(dir, 'in', 'e.epub') + '#chapter-1', join(dir, 'in', 'e.epub') + '#chapter-2',
    ])
    // Importing again adds nothing, chapters included.
    expect(importPaths(db, [join(dir, 'in')])).toMatchObject({ added: 0, duplicates: 6, failed: 0 })
  })

  it('imports an EPUB as one book on request', () => {
    const path = file('b.epub', sampleEpub({ title: 'A book about bridges', chapters: [SAMPLE, { headline: 'Two', paragraphs: ['"Yes," he said on Friday.'] }] }))
    expect(importPaths(db, [path], { epub: 'book' })).toMatchObject({ added: 1 })
    expect(rows('SELECT title, source FROM articles')).toEqual([{ title: 'A book about bridges', source: path }])
  })

  it('names a scanned PDF and a damaged DOCX as failures and goes on', () => {
    const scan = file('scan.pdf', scannedPdf())
    const bad = file('bad.docx', 'not a zip at all')
    const good = file('good.txt', 'Mayor vows action\n\n"We will fix it," Mayor Jane Roe said on Monday.\n')
    const summary = importPaths(db, [scan, bad, good])
    expect(summary).toMatchObject({ added: 1, failed: 2 })
    expect(summary.failures[0]).toMatchObject({ path: scan, message: expect.stringMatching(/scanned PDF/) })
    expect(summary.failures[1]).toMatchObject({ path: bad, message: expect.stringMatching(/not a Word document/) })
  })
})

describe('feeds', () => {
  it('stores each item with text as its own article, with its link and date', () => {
    const path = file('feed.xml', sampleRss('Riverton Daily', items))
    const summary = importPaths(db, [path])
    expect(summary).toMatchObject({ added: 2, failed: 0 })
    expect(rows('SELECT source, link, title, date, outlet FROM articles ORDER BY id')).toEqual([
      { source: path + '#item-1', link: 'https://news.example.org/bridge', title: SAMPLE.headline, date: '2024-03-02', outlet: 'Riverton Daily' },
      { source: path + '#item-2', link: 'https://news.example.org/vote', title: 'Council votes on the bridge plan', date: '2024-03-05', outlet: 'Riverton Daily' },
    ])
    // Both items keep the feed file as their original, stored once.
    expect(rows('SELECT count(*) AS n FROM snapshots')).toEqual([{ n: 1 }])
  })

  it('adds only the new items of a later copy of the feed, and links a changed item as a new version', () => {
    importPaths(db, [file('monday.rss', sampleRss('Riverton Daily', items.slice(0, 2)))])
    const changed = { ...items[1], paragraphs: ['"It is long overdue and over budget," said council member Tom Reyes on Tuesday.'] }
    const fresh = { headline: 'Ferry returns', paragraphs: ['"Welcome back," the captain said on Wednesday.'], link: 'https://news.example.org/ferry' }
    const summary = importPaths(db, [file('tuesday.rss', sampleRss('Riverton Daily', [items[0], changed, fresh]))])
    expect(summary).toMatchObject({ added: 2, duplicates: 1, versions: 1 })
    const [v1, v2] = rows("SELECT id, previous_version_id FROM articles WHERE link = 'https://news.example.org/vote' ORDER BY id")
    expect(v2.previous_version_id).toBe(v1.id)
  })
})

describe('snapshots', () => {
  it('keeps the original bytes of every import with their SHA-256 and capture time', async () => {
    const bytes = await articleDocx(SAMPLE)
    const path = file('story.docx', bytes)
    importPaths(db, [path])
    const quote = rows('SELECT id FROM quotes LIMIT 1')[0]
    const original = originalOfQuote(db, quote.id as number)!
    expect(original.source).toBe(path)
    expect(original.snapshot).toMatchObject({ sha256: sha256(bytes), size: bytes.length, fileName: 'story.docx' })
    expect(Buffer.from(original.snapshot!.bytes).equals(Buffer.from(bytes))).toBe(true)
    expect(Date.parse(original.snapshot!.capturedAt)).not.toBeNaN()
    expect(originalOfQuote(db, 999_999)).toBeNull()
  })
})

describe('versions', () => {
  const v1 = 'Mayor vows to fix the river bridge\n\n"We will fix the bridge this year," Mayor Ana Lopez said on Monday.\n'
  const v2 = 'Mayor vows to fix the river bridge\n\n"We will fix the bridge next year," Mayor Ana Lopez said on Monday.\n'

  it('keeps both versions of a file re-imported with changes, linked, and shows the change as a word diff', () => {
    const path = file('story.txt', v1)
    importPaths(db, [path])
    writeFileSync(path, v2)
    expect(importPaths(db, [path])).toMatchObject({ added: 1, versions: 1 })
    const ids = rows('SELECT id FROM articles ORDER BY id').map((r) => r.id as number)
    const chain = versionsOf(db, ids[0])!
    expect(chain.map((v) => v.id)).toEqual(ids)
    expect(versionsOf(db, ids[1])!.map((v) => v.id)).toEqual(ids)
    const diff = diffVersions(chain[0].text, chain[1].text)
    expect(formatWordDiff(diff)).toContain('[-this-]{+next+}')
    expect(originalOfArticle(db, ids[0])!.snapshot!.bytes).toEqual(new TextEncoder().encode(v1))
  })

  it('links an article with the same headline from another file', () => {
    importPaths(db, [file('a.txt', v1)])
    importPaths(db, [file('b.txt', v2)])
    const [a, b] = rows('SELECT id, previous_version_id FROM articles ORDER BY id')
    expect(b.previous_version_id).toBe(a.id)
  })
})

describe('URLs', () => {
  let server: Server
  let base: string
  const page = `<!DOCTYPE html><html><head><title>Bridge</title><meta property="og:site_name" content="Riverton Daily"></head><body><article><h1>${SAMPLE.headline}</h1>${SAMPLE.paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/story') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        res.end(page)
      } else if (req.url === '/slow') {
        setTimeout(() => res.end('late'), 5000)
      } else {
        res.writeHead(404)
        res.end()
      }
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => {
    server.closeAllConnections()
    server.close()
  })

  it('fetches a page and imports it with the URL as source and the fetched bytes as the original', async () => {
    const fetched = await fetchPage(`${base}/story`)
    expect(fetched).toMatchObject({ fileName: 'story.html', mediaType: 'text/html' })
    expect(importPaths(db, [], { pages: [fetched] })).toMatchObject({ added: 1, failed: 0 })
    const [row] = rows('SELECT id, source, link, title FROM articles')
    expect(row).toMatchObject({ source: `${base}/story`, link: `${base}/story`, title: SAMPLE.headline })
    expect(new TextDecoder().decode(originalOfArticle(db, row.id as number)!.snapshot!.bytes)).toBe(page)
  })

  it('gives a one-line error for a missing page, a refused port and a server that never answers', async () => {
    await expect(fetchPage(`${base}/missing`)).rejects.toThrow(/404/)
    const closed = createServer()
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((r) => closed.close(() => r()))
    const started = Date.now()
    await expect(fetchPage(`http://127.0.0.1:${port}/`)).rejects.toThrow(/refused/)
    await expect(fetchPage(`${base}/slow`, { timeoutMs: 300 })).rejects.toThrow(/no answer within/)
    // An unroutable address: the timeout ends it whatever the network does.
    await expect(fetchPage('http://10.255.255.1:81/', { timeoutMs: 300 })).rejects.toBeInstanceOf(FetchError)
    expect(Date.now() - started).toBeLessThan(5000)
    await expect(fetchPage('ftp://example.org/x')).rejects.toThrow(/only http/)
  })
})

describe('reading in the worker', () => {
  it('reads the asynchronous formats synchronously, and gives up on a file past the time limit', async () => {
    expect(readDocumentSync(articlePdf(SAMPLE), 'a.pdf')[0].meta.headline).toBe(SAMPLE.headline)
    expect(() => readDocumentSync(scannedPdf(), 'scan.pdf')).toThrow(/scanned PDF/)
    const big = articlePdf({ headline: 'Long', paragraphs: Array.from({ length: 3000 }, (_, i) => `Paragraph ${i} says "something" here, said the man.`) })
    expect(() => readDocumentSync(big, 'big.pdf', {}, 1)).toThrow(/longer than/)
    expect(readDocumentSync(articlePdf(SAMPLE), 'again.pdf')).toHaveLength(1) // a fresh worker takes over
  })
})
