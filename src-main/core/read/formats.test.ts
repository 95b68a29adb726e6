// The document formats, each read from a fixture generated here (scripts/sampleDocs.ts).
import { describe, expect, it } from 'vitest'
import { zipSync, strToU8 } from 'fflate'
import { readArticle, readArticles, readArticlesSync, ReadError } from './index.ts'
import {
  articleDocx, articleOdt, articlePdf, SAMPLE, sampleAtom, sampleEml, sampleEpub, samplePdf, sampleRss, scannedPdf,
} from '../../../scripts/sampleDocs.ts'

const QUOTE = '"We will fix the bridge this year, whatever it costs," Mayor Ana Lopez told reporters at city hall.'
const enc = new TextEncoder()

async function readError(bytes: Uint8Array, name: string): Promise<ReadError> {
  try {
    await readArticles(bytes, name)
  } catch (error) {
    expect(error).toBeInstanceOf(ReadError)
    return error as ReadError
  }
  throw new Error(`${name} was read`)
}

describe('PDF', () => {
  it('reads the text layer into paragraphs, with the headline and metadata', async () => {
    const [a] = await readArticles(articlePdf(SAMPLE), 'story.pdf')
    expect(a.format).toBe('pdf')
    expect(a.meta.headline).toBe(SAMPLE.headline)
    expect(a.text).toContain(QUOTE)
    expect(a.text.split('\n\n')).toEqual([SAMPLE.headline, ...SAMPLE.paragraphs])
    expect(a.meta.date).toBeNull() // a dateline without a year, and the file's own date is not the article's
  })

  it('reads every page', async () => {
    const [a] = await readArticles(samplePdf([['First page words here.'], ['"Second page," she said.']]), 'two.pdf')
    expect(a.text).toContain('First page words here.')
    expect(a.text).toContain('"Second page," she said.')
  })

  it('says a PDF with no text layer is a scan', async () => {
    const e = await readError(scannedPdf(), 'scan.pdf')
    expect(e.code).toBe('scanned-pdf')
    expect(e.message).toMatch(/scanned PDF.*no text layer/)
  })

  it('refuses a damaged PDF with a ReadError', async () => {
    expect((await readError(enc.encode('%PDF-1.4\nnot really'), 'bad.pdf')).code).toBe('corrupt')
    expect((await readError(articlePdf(SAMPLE).slice(0, 300), 'cut.pdf')).code).toMatch(/corrupt|scanned-pdf/)
  })
})

describe('DOCX', () => {
  it('reads headings and paragraphs through mammoth', async () => {
    const [a] = await readArticles(await articleDocx(SAMPLE), 'story.docx')
    expect(a.format).toBe('docx')
    expect(a.meta.headline).toBe(SAMPLE.headline)
    expect(a.text.split('\n\n')).toEqual([SAMPLE.headline, ...SAMPLE.paragraphs])
  })

  it('refuses a zip that is not a Word document, and a zip bomb, before mammoth sees them', async () => {
    expect((await readError(zipSync({ 'a.txt': strToU8('hello') }), 'x.docx')).code).toBe('corrupt')
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(80 * 1024 * 1024) })
    expect((await readError(bomb, 'bomb.docx')).code).toBe('too-large')
    expect((await readError(enc.encode('plain text'), 'not.docx')).code).toBe('corrupt')
  })
})

describe('ODT', () => {
  it('reads content.xml and meta.xml', () => {
    const [a] = readArticlesSync(articleOdt(SAMPLE), 'story.odt')
    expect(a.format).toBe('odt')
    expect(a.meta.headline).toBe(SAMPLE.headline)
    expect(a.meta.byline).toBe('Jane Doe')
    expect(a.text.split('\n\n')).toEqual([SAMPLE.headline, ...SAMPLE.paragraphs])
  })

  it('keeps footnotes out of the text and records them', () => {
    const content = '<office:document-content xmlns:office="o" xmlns:text="t"><office:body><office:text>' +
      '<text:p>"It works,"<text:s text:c="1"/>she said.<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>A footnote.</text:p></text:note-body></text:note></text:p>' +
      '</office:text></office:body></office:document-content>'
    const [a] = readArticlesSync(zipSync({ 'content.xml': strToU8(content) }), 'n.odt')
    expect(a.text).toBe('"It works," she said.')
    expect(a.dropped).toContainEqual({ text: 'A footnote.', rule: 'footnote' })
  })
})

describe('EPUB', () => {
  const book = {
    title: 'Bridges of Riverton', author: 'Jane Doe', publisher: 'River Press', date: '2023-05-01',
    chapters: [SAMPLE, { headline: 'The vote', paragraphs: ['"It passed," the clerk said after the count on Tuesday night.'] }],
  }

  it('gives one article per chapter of the spine, skipping the image-only cover', async () => {
    const articles = await readArticles(sampleEpub(book), 'book.epub')
    expect(articles.map((a) => a.part?.id)).toEqual(['chapter-1', 'chapter-2'])
    expect(articles.map((a) => a.meta.headline)).toEqual([SAMPLE.headline, 'The vote'])
    expect(articles[1].meta.byline).toBe('Jane Doe')
    expect(articles[1].meta.outlet).toBe('River Press')
    expect(articles[1].text).toContain('"It passed," the clerk said')
  })

  it('gives the whole book as one article on request', () => {
    const [whole, ...rest] = readArticlesSync(sampleEpub(book), 'book.epub', { epub: 'book' })
    expect(rest).toEqual([])
    expect(whole.part).toBeUndefined()
    expect(whole.meta.headline).toBe('Bridges of Riverton')
    expect(whole.text).toContain(QUOTE)
    expect(whole.text).toContain('"It passed,"')
  })

  it('refuses an EPUB without a package file', async () => {
    expect((await readError(zipSync({ 'mimetype': strToU8('application/epub+zip') }), 'x.epub')).code).toBe('corrupt')
  })
})

describe('feeds', () => {
  const items = [
    { ...SAMPLE, link: 'https://news.example.org/bridge' },
    { headline: 'Council votes', date: '2024-03-05', paragraphs: ['"It is long overdue," said council member Tom Reyes on Tuesday.'], link: 'https://news.example.org/vote' },
  ]

  it('reads each RSS item as an article with its link, date and the channel as outlet', () => {
    const articles = readArticlesSync(enc.encode(sampleRss('Riverton Daily', items)), 'feed.rss')
    expect(articles).toHaveLength(2)
    expect(articles[1].part).toMatchObject({ id: 'item-2', link: 'https://news.example.org/vote' })
    expect(articles[1].meta).toMatchObject({ headline: 'Council votes', date: '2024-03-05', dateRule: 'feed-date' })
    expect(articles[0].text).toContain(QUOTE)
    expect(articles[0].meta.byline).toBe('Jane Doe')
  })

  it('reads Atom entries, and a .xml file that is a feed', () => {
    const articles = readArticlesSync(enc.encode(sampleAtom('Riverton Daily', items)), 'feed.xml')
    expect(articles.map((a) => a.part?.link)).toEqual(['https://news.example.org/bridge', 'https://news.example.org/vote'])
    expect(articles[1].meta.date).toBe('2024-03-05')
    expect(articles[1].text).toContain('"It is long overdue,"')
  })

  it('refuses XML that is not a feed, and a feed with no text', () => {
    expect(() => readArticlesSync(enc.encode('<?xml version="1.0"?><svg></svg>'), 'x.xml')).toThrow(/not an RSS or Atom feed/)
    expect(() => readArticlesSync(enc.encode('<rss><channel><title>t</title></channel></rss>'), 'x.rss')).toThrow(ReadError)
  })

  it('never expands entities a feed declares', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><item><title>T</title><description>&b;&b; "Words here," she said.</description></item></channel></rss>'
    const [a] = readArticlesSync(enc.encode(bomb), 'bomb.rss')
    expect(a.text.length).toBeLessThan(200)
  })
})

describe('e-mail', () => {
  it('reads a plain-text message: subject, sender, date, body', async () => {
    const [a] = await readArticles(enc.encode(sampleEml(SAMPLE)), 'mail.eml')
    expect(a.format).toBe('eml')
    expect(a.meta.headline).toBe(SAMPLE.headline)
    expect(a.meta.byline).toBe('Jane Doe')
    expect(a.text).toContain(QUOTE)
  })

  it('prefers the HTML part of a multipart message', async () => {
    const [a] = await readArticles(enc.encode(sampleEml(SAMPLE, { html: true })), 'mail.eml')
    expect(a.text.split('\n\n')).toEqual([SAMPLE.headline, ...SAMPLE.paragraphs])
  })
})

describe('readArticle', () => {
  it('reads the synchronous formats and points to readArticles for the others', () => {
    expect(readArticle(articleOdt(SAMPLE), 'a.odt').format).toBe('odt')
    expect(() => readArticle(articlePdf(SAMPLE), 'a.pdf')).toThrow(/readArticles/)
  })
})

describe('hostile input found by the fuzzer', () => {
  it('reads HTML nested thousands of levels deep without overflowing the stack or taking long', async () => {
    const deep = '<html><body>' + '<div><span>'.repeat(6000) + '"Deep," she said on Monday in a long enough sentence to be the article text.' + '</span></div>'.repeat(10) + '</body></html>'
    const started = Date.now()
    const [a] = await readArticles(enc.encode(deep), 'deep.html')
    expect(a.text).toContain('"Deep," she said')
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('refuses a PDF that redefines one object hundreds of times', async () => {
    const pdf = new TextDecoder('latin1').decode(articlePdf(SAMPLE))
    const bloated = pdf.replace('4 0 obj', '4 0 obj\n<< /Title (unclosed\nendobj\n'.repeat(150) + '4 0 obj')
    expect((await readError(new TextEncoder().encode(bloated), 'bloated.pdf')).message).toMatch(/defines object 4 over 100 times/)
  })

  it('refuses a Word file whose parts are not well-formed XML', async () => {
    const { unzipSync } = await import('fflate')
    const files = unzipSync(await articleDocx(SAMPLE))
    files['word/styles.xml'] = strToU8('<w:styles><w:style>' + '<w:b>'.repeat(1000) + '</w:styles>')
    expect((await readError(zipSync(files), 'broken.docx')).message).toMatch(/styles\.xml is not well-formed XML/)
  })
})

describe('isWellFormedXml', async () => {
  const { isWellFormedXml } = await import('./xml.ts')
  it('accepts what office software writes and refuses broken nesting', () => {
    expect(isWellFormedXml('<?xml version="1.0"?><!-- c --><a x="1 > 0"><b/><c>t<![CDATA[<x>]]></c></a>')).toBe(true)
    expect(isWellFormedXml('<a><b></a></b>')).toBe(false)
    expect(isWellFormedXml('<a><b>')).toBe(false)
    expect(isWellFormedXml('<a x="1></a>')).toBe(false)
    expect(isWellFormedXml('<a/><b/>')).toBe(false)
    expect(isWellFormedXml('no markup')).toBe(false)
  })
})
