// Every export format read back through a reader of that format, on quotes that break naive
// writers: quotation marks, commas, line breaks, pipes, markup, a formula, Korean and accents.
import { parse } from 'csv-parse/sync'
import { parseHTML } from 'linkedom'
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../store/open.ts'
import { fixtureLibrary, TRICKY_QUOTES } from '../sheetFixtures.ts'
import { SheetService, type SheetWithRows } from '../sheets.ts'
import { claimReviewListSchema, claimReviewSchema } from './claimReviewSchema.ts'
import { renderClaimReview } from './claimReview.ts'
import { renderCsv } from './csv.ts'
import { renderDocx } from './docx.ts'
import { FIELDS } from './fields.ts'
import { renderHtml } from './html.ts'
import { renderJson } from './json.ts'
import { renderMarkdown } from './markdown.ts'

const NAME = 'Blinken <visit> | "check", 서울'
let db: Db
let sheet: SheetWithRows
beforeAll(() => {
  const library = fixtureLibrary()
  db = library.db
  const service = new SheetService(db, () => new Date('2024-03-01T09:00:00.000Z'))
  service.create(NAME)
  service.add(NAME, library.quoteIds)
  const [marks, multiline, script, korean] = library.quoteIds
  service.setStatus(NAME, marks, 'verified', { by: 'Jane Doe', note: 'Tape at 12:03,\n"confirmed" | ok' })
  service.setStatus(NAME, multiline, 'disputed')
  service.setStatus(NAME, script, 'misattributed', { by: 'Kim Min-ji' })
  service.setNote(NAME, korean, '<img src=x onerror=alert(2)>')
  sheet = service.get(NAME)
})
afterAll(() => db.close())

const quotes = () => sheet.rows.map((r) => r.quote)

describe('CSV export', () => {
  it('is UTF-8 with a BOM and CRLF records, and parses back to every field', () => {
    const csv = renderCsv(sheet)
    expect(csv.startsWith('\ufeff#,Quote,Speaker,')).toBe(true)
    const records = parse(csv, { bom: true, record_delimiter: '\r\n' }) as string[][]
    expect(records[0]).toEqual(FIELDS.map((f) => f.label))
    expect(records).toHaveLength(sheet.rows.length + 1)
    // Each record ends in CRLF; the line break inside a quote stays a bare LF, inside quotation marks.
    expect(csv.match(/\r\n/g)).toHaveLength(sheet.rows.length + 1)
    records.slice(1).forEach((record, i) => {
      const row = sheet.rows[i]
      expect(record).toEqual(FIELDS.map((f) => {
        const value = f.value(row)
        return /^[=+\-@]/.test(value) ? `'${value}` : value
      }))
    })
    expect(records.slice(1).map((r) => r[1])).toEqual([
      TRICKY_QUOTES.marks, TRICKY_QUOTES.multiline, TRICKY_QUOTES.script, TRICKY_QUOTES.korean, `'${TRICKY_QUOTES.formula}`,
    ])
    expect(records[4][2]).toBe('강경화')
    expect(records[4][4]).toBe('') // no date
    expect(records[1][9]).toBe('Verified')
  })
})

/** Splits a Markdown table row on unescaped pipes and undoes the cell escaping. */
function markdownCells(line: string): string[] {
  const cells = line.slice(2, -2).split(/(?<!\\) \| /)
  return cells.map((c) =>
    c.replace(/<br>/g, '\n').replace(/\\(.)/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  )
}

describe('Markdown export', () => {
  it('keeps one table row per quote whose cells read back to the fields, with no raw markup', () => {
    const md = renderMarkdown(sheet)
    const lines = md.trimEnd().split('\n')
    expect(lines[0]).toBe('# Blinken &lt;visit&gt; \\| "check", 서울')
    const rows = lines.filter((l) => l.startsWith('| ')).slice(2) // after the header and its rule
    expect(rows).toHaveLength(sheet.rows.length)
    rows.forEach((line, i) => {
      expect(line.split(/(?<!\\)\|/)).toHaveLength(FIELDS.length + 2)
      expect(markdownCells(line)).toEqual(FIELDS.map((f) => f.value(sheet.rows[i])))
    })
    expect(md).not.toMatch(/<script|<img|<b>/i)
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })
})

describe('DOCX export', () => {
  it('is a Word file whose text holds the sheet name and every field of every quote', async () => {
    const bytes = await renderDocx(sheet)
    expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe('PK')
    const { value: text, messages } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) })
    expect(messages.filter((m) => m.type === 'error')).toEqual([])
    expect(text).toContain(NAME)
    for (const row of sheet.rows) {
      for (const f of FIELDS.slice(1)) {
        for (const line of f.value(row).split('\n')) expect(text).toContain(line)
      }
    }
    // Line breaks in a quote are breaks in Word, not run together (raw text drops breaks; HTML keeps them).
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })
    expect(html.replace(/<\/?em>/g, '')).toContain('First line<br />second line | with a pipe')
    expect(text).toContain('<script>alert(1)</script> is not a plan')
  })
})

describe('HTML export', () => {
  it('is a standalone page with a restrictive CSP where every value is inert text', () => {
    const html = renderHtml(sheet)
    expect(html).not.toMatch(/<script|<img|<b>/i)
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;')
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[^']+'; [^"]*script-src 'none'/)
    expect(html).not.toMatch(/https?:\/\/(?!evil\.example)/) // nothing to fetch
    const { document } = parseHTML(html)
    expect(document.querySelectorAll('script, img, iframe, object, a, link').length).toBe(0)
    expect(document.querySelector('h1')!.textContent).toBe(NAME)
    expect(document.querySelector('title')!.textContent).toBe(NAME)
    const blockquotes = [...document.querySelectorAll('blockquote')].map((b) => b.textContent)
    expect(blockquotes).toEqual(sheet.rows.map((r) => `${r.position}. “${r.quote}”`))
    const notes = [...document.querySelectorAll('dt')].filter((dt) => dt.textContent === 'Note')
    expect(notes.map((dt) => dt.nextElementSibling!.textContent)).toEqual(sheet.rows.map((r) => r.note))
  })
})

describe('JSON export', () => {
  it('is the rows as an array', () => {
    const parsed = JSON.parse(renderJson(sheet)) as unknown[]
    expect(parsed).toEqual(sheet.rows)
    expect(parsed).toHaveLength(5)
  })
})

describe('ClaimReview export', () => {
  it('writes one schema.org ClaimReview per quote with the status as its verdict', () => {
    const jsonld = renderClaimReview(sheet)
    expect(jsonld).not.toContain('<') // safe to paste into a <script type="application/ld+json">
    const reviews = claimReviewListSchema.parse(JSON.parse(jsonld))
    expect(reviews.map((r) => r.claimReviewed)).toEqual(quotes())
    expect(reviews.map((r) => r.reviewRating.alternateName)).toEqual([
      'Verified', 'Disputed', 'Misattributed', 'Unverified', 'Unverified',
    ])
    expect(reviews.map((r) => r.author.name)).toEqual(['Jane Doe', 'Verbatim user', 'Kim Min-ji', 'Verbatim user', 'Verbatim user'])
    expect(reviews[0]).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      datePublished: '2024-03-01T09:00:00.000Z',
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Daniel Kritenbrink', jobTitle: 'Assistant Secretary of State' },
        datePublished: '2023-11-02',
        appearance: {
          '@type': 'NewsArticle', headline: 'Blinken to discuss <b>threats</b> | "allies"', name: 'article-0.txt',
          publisher: { '@type': 'Organization', name: 'Yonhap' },
        },
      },
    })
    // No date, outlet or headline: those keys are left out, not written empty.
    expect(reviews[3].itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Person', name: '강경화', jobTitle: 'Ministre des Affaires étrangères' },
      appearance: { '@type': 'NewsArticle', name: 'article-1.txt' },
    })
    expect(reviews[3].datePublished).toBeUndefined()
  })

  it('names a web source by its url, and the schema rejects what is not a ClaimReview', () => {
    const web = { ...sheet, rows: [{ ...sheet.rows[0], source: 'https://en.yna.co.kr/view/AEN20231103000251315' }] }
    const [review] = claimReviewListSchema.parse(JSON.parse(renderClaimReview(web)))
    expect(review.itemReviewed.appearance).toMatchObject({ url: 'https://en.yna.co.kr/view/AEN20231103000251315' })
    expect(claimReviewSchema.safeParse({ ...review, '@type': 'Review' }).success).toBe(false)
    expect(claimReviewSchema.safeParse({ ...review, reviewRating: { '@type': 'Rating', alternateName: 'True' } }).success).toBe(false)
    expect(() => renderClaimReview({ ...sheet, rows: [{ ...sheet.rows[0], date: 'last week' }] })).toThrow()
  })
})
