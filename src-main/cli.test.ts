// The command line as a user runs it: a real child process, real files, a real library.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { afterAll, describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)

const ROOT = new URL('..', import.meta.url).pathname
const BIN = join(ROOT, 'bin', 'verbatim.mjs')
const dir = mkdtempSync(join(tmpdir(), 'verbatim-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const verbatim = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })

interface JsonQuote {
  text: string
  speaker: string | null
  mention: string | null
  start: number
  end: number
  rule: string
  confidence: number
  article: { title: string | null; outlet: string | null; date: string | null; source: string }
}

describe('verbatim CLI', () => {
  const db = join(dir, 'seeds.sqlite')

  it('imports the demo seeds and lists every gold quote with its speaker', () => {
    const imported = verbatim('--db', db, 'import', join(ROOT, 'seeds'))
    expect(imported.status).toBe(0)
    expect(imported.stderr).toMatch(/2 added, 0 duplicates skipped, 0 failed, \d+ quotes found/)

    const listed = verbatim('--db', db, 'quotes', '--json')
    expect(listed.status).toBe(0)
    const quotes = JSON.parse(listed.stdout) as JsonQuote[]
    const gold = JSON.parse(readFileSync(join(ROOT, 'seeds', 'gold.json'), 'utf8')) as {
      articles: { file: string; headline: string; quotes: { text: string; speaker: string }[]; not_quotes: string[] }[]
    }
    const goldQuotes = gold.articles.flatMap((a) => a.quotes.map((q) => ({ ...q, file: a.file, headline: a.headline })))
    expect(goldQuotes).toHaveLength(14)
    for (const g of goldQuotes) {
      const found = quotes.find((q) => q.text === g.text && q.article.source.endsWith(g.file))
      expect(found, `quote "${g.text}"`).toBeDefined()
      expect(found!.speaker, `speaker of "${g.text}"`).toBe(g.speaker)
      expect(found!.article).toMatchObject({ title: g.headline, outlet: 'Yonhap' })
    }
    // Nothing from navigation, captions or copyright lines, and nothing the gold does not list.
    expect(quotes.map((q) => q.text).sort()).toEqual(goldQuotes.map((q) => q.text).sort())
    for (const q of quotes) {
      expect(q.rule).toMatch(/\S/)
      expect(q.confidence).toBeGreaterThan(0)
      expect(q.confidence).toBeLessThanOrEqual(1)
      expect(q.end).toBeGreaterThan(q.start)
    }
  })

  it('keeps every offset pointing into the stored article text', () => {
    const listed = JSON.parse(verbatim('--db', db, 'quotes', '--json').stdout) as JsonQuote[]
    const Database = require('better-sqlite3') as typeof import('better-sqlite3')
    const lib = new Database(db, { readonly: true })
    for (const q of listed) {
      const { text } = lib.prepare('SELECT text FROM articles WHERE source = ?').get(q.article.source) as { text: string }
      expect(text.slice(q.start, q.end)).toBe(q.text)
    }
    lib.close()
  })

  it('filters quotes by any part of a speaker name', () => {
    const sherman = JSON.parse(verbatim('--db', db, 'quotes', '--speaker', 'sherman', '--json').stdout) as JsonQuote[]
    expect(sherman.map((q) => q.text)).toEqual(['no daylight'])
    const nobody = verbatim('--db', db, 'quotes', '--speaker', 'Nobody At All')
    expect(nobody.status).toBe(0)
    expect(nobody.stderr).toMatch(/No quotes by "Nobody At All"/)
  })

  it('verifies a claim and prints the verdict as JSON with its evidence', () => {
    const result = verbatim('--db', db, 'verify', '--json', 'Blinken said there is "no daylight" between Seoul and Washington')
    expect(result.status).toBe(0)
    const v = JSON.parse(result.stdout)
    expect(v).toMatchObject({ verdict: 'misattributed', claimedSpeaker: 'Blinken', actualSpeaker: 'Wendy Sherman' })
    expect(v.evidence[0]).toMatchObject({
      text: 'no daylight',
      speaker: 'Wendy Sherman',
      article: { title: "Washington's No. 2 diplomat visits S. Korea", outlet: 'Yonhap' },
      diff: [{ op: 'same', text: 'no' }, { op: 'same', text: 'daylight' }],
    })
    expect(v.evidence[0].context).toMatch(/^Sherman stressed there is "no daylight" between Seoul and Washington/)
    expect(Object.keys(v.evidence[0])).toEqual(expect.arrayContaining(['text', 'speaker', 'role', 'article', 'context', 'start', 'end', 'diff']))
  })

  it('searches with a typo and marks the words found', () => {
    const result = verbatim('--db', db, 'search', 'ironclad comitment')
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/our \[ironclad\] \[commitment\] to the security/)
    expect(result.stdout).toContain('Daniel Kritenbrink')
    const json = JSON.parse(verbatim('--db', db, 'search', '--json', 'unshakable commitment').stdout)
    expect(json.hits.map((h: { text: string }) => h.text)).toEqual(expect.arrayContaining([expect.stringMatching(/unshakeable commitment/)]))
  })

  it('reviews the least certain first, and a correction survives reextract', () => {
    const queue = JSON.parse(verbatim('--db', db, 'review', '--json').stdout) as (JsonQuote & { id: number })[]
    expect(queue.length).toBeGreaterThan(0)
    expect(queue.map((q) => q.confidence)).toEqual([...queue.map((q) => q.confidence)].sort((a, b) => a - b))
    const target = queue[0]
    expect(verbatim('--db', db, 'correct', String(target.id), 'Rose Gottemoeller', '--by', 'desk').status).toBe(0)
    expect(verbatim('--db', db, 'reextract').stdout).toMatch(/Your decisions were kept/)
    const after = (JSON.parse(verbatim('--db', db, 'quotes', '--json').stdout) as (JsonQuote & { id: number })[]).find((q) => q.id === target.id)!
    expect(after).toMatchObject({ speaker: 'Rose Gottemoeller', rule: 'user-correct' })
    expect(verbatim('--db', db, 'undecide', String(target.id)).stdout).toMatch(/taken back/)
    expect(verbatim('--db', db, 'correct', 'abc', 'X').status).toBe(2)
    expect(verbatim('--db', db, 'accept', '999999').stderr).toMatch(/^verbatim: There is no quote #999999/)
  })

  it('knows one Blinken under all his names, with the role he held in each year, and one Kritenbrink', () => {
    const { people } = JSON.parse(verbatim('--db', db, 'speakers', '--json').stdout) as {
      people: { id: number; name: string; names: string[]; roles: { title: string; date: string | null }[]; quotes: number }[]
    }
    const blinken = people.filter((p) => p.names.some((n) => n.endsWith('Blinken')))
    expect(blinken).toHaveLength(1)
    // "Secretary Blinken" and "the secretary" are how Kritenbrink's quotes name him in 2023.
    expect(blinken[0].names).toEqual(expect.arrayContaining(['Tony Blinken', 'Antony Blinken', 'Blinken', 'Secretary Blinken', 'the secretary']))
    expect(blinken[0].roles).toEqual([
      expect.objectContaining({ title: 'U.S. Deputy Secretary of State', date: '2016' }),
      expect.objectContaining({ title: 'U.S. Secretary of State', date: '2023-11-02' }),
    ])
    expect(people.filter((p) => p.names.includes('Kritenbrink'))).toHaveLength(1)
    const cho = people.find((p) => p.name === 'Cho Tae-yong')!
    expect(cho.roles.map((r) => r.title)).toEqual(['South Korean counterpart', 'National Security Advisor'])
    // The same person under the other name is still the speaker a claim names.
    const v = JSON.parse(verbatim('--db', db, 'verify', '--json', 'Antony Blinken called it "the greatest source of regional instability"').stdout)
    expect(v).toMatchObject({ verdict: 'supported', actualSpeaker: 'Tony Blinken' })
    // A claim naming him by his role: Kritenbrink's words are not the secretary's.
    const role = JSON.parse(verbatim('--db', db, 'verify', '--json', 'the secretary spoke of an "ironclad commitment"').stdout)
    expect(role).toMatchObject({ verdict: 'misattributed', claimedSpeaker: 'the secretary', actualSpeaker: 'Daniel Kritenbrink' })
  })

  it('exits 1 and names the file when an import fails, 2 on a usage mistake', () => {
    const empty = join(dir, 'empty.txt')
    writeFileSync(empty, '')
    const failed = verbatim('--db', db, 'import', empty)
    expect(failed.status).toBe(1)
    expect(failed.stderr).toContain(`failed: ${empty}: `)
    expect(verbatim('--db', db, 'no-such-command').status).toBe(2)
  })

  it('refuses a library from a newer Verbatim with a one-line reason', () => {
    const newer = join(dir, 'newer.sqlite')
    const Database = require('better-sqlite3') as typeof import('better-sqlite3')
    const lib = new Database(newer)
    lib.pragma('user_version = 999')
    lib.close()
    const result = verbatim('--db', newer, 'quotes')
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/^verbatim: This library was written by a newer Verbatim/)
  })

  it('streams extract output whole through a pipe', async () => {
    const input = join(dir, 'records.jsonl')
    const n = 2000
    const record = (i: number) =>
      JSON.stringify({ id: `r${i}`, text: `Headline ${i}\n\n"We will build ${i} homes," Mayor Jane Roe said. "It is only the start," she added.` })
    writeFileSync(input, Array.from({ length: n }, (_, i) => record(i)).join('\n') + '\n')
    const child = spawn(process.execPath, [BIN, 'extract', '--jsonl', input])
    let out = ''
    child.stdout.setEncoding('utf8')
    // A slow reader: the pipe fills up and the writer must wait rather than drop output.
    child.stdout.on('data', (chunk: string) => {
      out += chunk
      child.stdout.pause()
      setTimeout(() => child.stdout.resume(), 1)
    })
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(code).toBe(0)
    const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; quotes: unknown[] })
    expect(lines).toHaveLength(n)
    expect(lines.at(-1)!.id).toBe(`r${n - 1}`)
    expect(lines[0].quotes[0]).toMatchObject({ text: 'We will build 0 homes,', speaker: 'Jane Roe' })
  })
})
