// verbatim import (new formats, --epub, URLs), verbatim original and verbatim versions, run as a user
// runs them: a child process on real files.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openLibrary } from './store/open.ts'
import { articlePdf, SAMPLE, sampleEpub, sampleRss } from '../scripts/sampleDocs.ts'

const ROOT = new URL('..', import.meta.url).pathname
const BIN = join(ROOT, 'bin', 'verbatim.mjs')
const dir = mkdtempSync(join(tmpdir(), 'verbatim-cli-import-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// A timeout, so a CLI that failed to exit (a thread left running) fails the test instead of hanging it.
const verbatim = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 })
function verbatimAsync(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args])
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('close', (status) => resolve({ status, stdout, stderr }))
  })
}

describe('verbatim import of documents, feeds and URLs', () => {
  const db = join(dir, 'lib.sqlite')

  it('imports a PDF and writes back its original bytes from a quote', () => {
    const pdf = articlePdf(SAMPLE)
    const path = join(dir, 'story.pdf')
    writeFileSync(path, pdf)
    const imported = verbatim('--db', db, 'import', path)
    expect(imported.stderr).toMatch(/1 added, 0 duplicates skipped, 0 failed/)
    expect(imported.status).toBe(0)
    const quotes = JSON.parse(verbatim('--db', db, 'quotes', '--json').stdout) as { id: number }[]
    const where = verbatim('--db', db, 'original', String(quotes[0].id))
    expect(where.stdout).toContain(`source:      ${path}`)
    expect(where.stdout).toMatch(/sha256:\s+[0-9a-f]{64}/)
    const out = join(dir, 'copy.pdf')
    const written = verbatim('--db', db, 'original', String(quotes[0].id), '--out', out)
    expect(written.status).toBe(0)
    expect(Buffer.compare(readFileSync(out), Buffer.from(pdf))).toBe(0)
    expect(verbatim('--db', db, 'original', '99999').status).toBe(1)
    expect(verbatim('--db', db, 'original', 'abc').status).toBe(2)
  })

  it('imports a feed as several articles and an EPUB by chapter or as a book', () => {
    const feed = join(dir, 'feed.rss')
    writeFileSync(feed, sampleRss('Riverton Daily', [
      { ...SAMPLE, headline: 'Feed: bridge', link: 'https://news.example.org/1' },
      { headline: 'Feed: vote', paragraphs: ['"Done," the clerk said on Tuesday.'], link: 'https://news.example.org/2' },
    ]))
    expect(verbatim('--db', db, 'import', feed).stderr).toMatch(/2 added/)
    const book = join(dir, 'book.epub')
    writeFileSync(book, sampleEpub({ title: 'Riverton: a history', chapters: [{ ...SAMPLE, headline: 'Epub one' }, { headline: 'Epub two', paragraphs: ['"Yes," he said on Friday.'] }] }))
    expect(verbatim('--db', db, 'import', '--epub', 'book', book).stderr).toMatch(/1 added/)
    expect(verbatim('--db', db, 'import', book).stderr).toMatch(/2 added/)
    const wrong = verbatim('--db', db, 'import', '--epub', 'pages', book)
    expect(wrong.status).toBe(2)
    expect(wrong.stderr).toMatch(/--epub is "chapters".*or "book"/)
  })

  it('shows what changed between versions of a re-imported article', () => {
    const path = join(dir, 'changing.txt')
    writeFileSync(path, 'Council backs the ferry plan\n\n"We will open the ferry in May," the mayor said on Monday.\n')
    verbatim('--db', db, 'import', path)
    writeFileSync(path, 'Council backs the ferry plan\n\n"We will open the ferry in June," the mayor said on Monday.\n')
    const second = verbatim('--db', db, 'import', path)
    expect(second.stderr).toMatch(/1 of the added are new versions/)
    const library = openLibrary(db)
    const id = (library.prepare('SELECT min(id) AS id FROM articles WHERE source = ?').get(path) as { id: number }).id
    library.close()
    const versions = verbatim('--db', db, 'versions', String(id))
    expect(versions.status).toBe(0)
    expect(versions.stdout).toMatch(/Version 2 of 2/)
    expect(versions.stdout).toContain('[-May-]{+June+}')
    expect(verbatim('--db', db, 'versions', String(id), '--lines').stdout).toMatch(/^- "We will open the ferry in May/m)
  })

  it('fetches a URL, and fails fast with one line when the server cannot be reached', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' })
      res.end(`<html><head><title>Ferry</title></head><body><article><h1>Ferry returns to Riverton</h1><p>${SAMPLE.paragraphs.join('</p><p>')}</p></article></body></html>`)
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ferry`
    const ok = await verbatimAsync('--db', db, 'import', url)
    server.close()
    expect(ok.stderr).toMatch(/1 added, 0 duplicates skipped, 0 failed/)
    const started = Date.now()
    const refused = await verbatimAsync('--db', db, 'import', url)
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain(`failed: ${url}: the server refused the connection`)
    expect(Date.now() - started).toBeLessThan(10_000)
  })
})
