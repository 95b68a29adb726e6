// Small, valid documents of every format Verbatim reads, generated from text: the fixtures of the
// reader tests, the seeds the fuzzer mutates, and the bench's mixed folder. Nothing comes from a
// real article or file.
import { zipSync, strToU8 } from 'fflate'
import { Document, HeadingLevel, Packer, Paragraph } from 'docx'

export interface SampleArticle {
  headline: string
  paragraphs: string[]
  byline?: string
  date?: string // ISO
}

const enc = new TextEncoder()
const xmlEscape = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** A PDF 1.4 with a Helvetica text layer, one page per entry; pages: lines ('' = blank line). */
export function samplePdf(pages: string[][], info: { title?: string; author?: string } = {}): Uint8Array {
  const objs: string[] = []
  const pageObj = (i: number) => 5 + i * 2
  objs[1] = '<< /Type /Catalog /Pages 2 0 R >>'
  objs[2] = `<< /Type /Pages /Kids [${pages.map((_, i) => `${pageObj(i)} 0 R`).join(' ')}] /Count ${pages.length} >>`
  objs[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
  const str = (s: string) => '(' + s.replace(/[\\()]/g, (c) => '\\' + c).replace(/[^\x20-\x7e]/g, '?') + ')'
  objs[4] = `<< ${info.title ? `/Title ${str(info.title)} ` : ''}${info.author ? `/Author ${str(info.author)} ` : ''}/CreationDate (D:20240302120000Z) >>`
  pages.forEach((lines, i) => {
    const stream = 'BT /F1 11 Tf 14 TL 56 760 Td ' + lines.map((l) => (l ? `${str(l)} Tj T*` : 'T*')).join(' ') + ' ET'
    objs[pageObj(i)] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageObj(i) + 1} 0 R >>`
    objs[pageObj(i) + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`
  })
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  for (let n = 1; n < objs.length; n++) {
    offsets[n] = out.length
    out += `${n} 0 obj\n${objs[n]}\nendobj\n`
  }
  const xref = out.length
  out += `xref\n0 ${objs.length}\n0000000000 65535 f \n` + offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  out += `trailer\n<< /Size ${objs.length} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return enc.encode(out)
}

/** Words wrapped to lines of about `width` characters, for a PDF page. */
export function wrap(text: string, width = 90): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

export function articlePdf(a: SampleArticle): Uint8Array {
  const lines = [a.headline, '']
  for (const p of a.paragraphs) lines.push(...wrap(p), '')
  const pages: string[][] = []
  for (let i = 0; i < lines.length; i += 48) pages.push(lines.slice(i, i + 48))
  return samplePdf(pages, { title: a.headline, author: a.byline })
}

/** A PDF whose one page has no text at all: what a scan without OCR looks like to a reader. */
export function scannedPdf(): Uint8Array {
  return samplePdf([[]])
}

export async function articleDocx(a: SampleArticle): Promise<Uint8Array> {
  const doc = new Document({
    creator: a.byline ?? 'Verbatim test',
    title: a.headline,
    sections: [{ children: [new Paragraph({ text: a.headline, heading: HeadingLevel.HEADING_1 }), ...a.paragraphs.map((p) => new Paragraph(p))] }],
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

export function articleOdt(a: SampleArticle): Uint8Array {
  const ns = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
  const content = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${ns} office:version="1.3"><office:body><office:text>` +
    `<text:h text:outline-level="1">${xmlEscape(a.headline)}</text:h>` +
    a.paragraphs.map((p) => `<text:p>${xmlEscape(p)}</text:p>`).join('') +
    '</office:text></office:body></office:document-content>'
  const meta = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta ${ns}><office:meta><dc:title>${xmlEscape(a.headline)}</dc:title>` +
    (a.byline ? `<dc:creator>${xmlEscape(a.byline)}</dc:creator>` : '') + (a.date ? `<dc:date>${a.date}T10:00:00</dc:date>` : '') + '</office:meta></office:document-meta>'
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
    'content.xml': strToU8(content),
    'meta.xml': strToU8(meta),
    'META-INF/manifest.xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'),
  })
}

export function sampleEpub(book: { title: string; author?: string; publisher?: string; date?: string; chapters: SampleArticle[] }): Uint8Array {
  const files: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8('<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>'),
  }
  const manifest = ['<item id="cover" href="cover.xhtml" media-type="application/xhtml+xml"/>']
  const spine = ['<itemref idref="cover"/>']
  files['OEBPS/cover.xhtml'] = strToU8('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Cover</title></head><body><img src="cover.jpg" alt=""/></body></html>')
  book.chapters.forEach((c, i) => {
    const name = `text/ch${i + 1}.xhtml`
    manifest.push(`<item id="ch${i + 1}" href="${name}" media-type="application/xhtml+xml"/>`)
    spine.push(`<itemref idref="ch${i + 1}"/>`)
    files[`OEBPS/${name}`] = strToU8(`<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><head><title>${xmlEscape(c.headline)}</title></head><body><h1>${xmlEscape(c.headline)}</h1>${c.paragraphs.map((p) => `<p>${xmlEscape(p)}</p>`).join('')}</body></html>`)
  })
  files['OEBPS/content.opf'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">urn:uuid:0</dc:identifier><dc:title>${xmlEscape(book.title)}</dc:title>` +
    (book.author ? `<dc:creator>${xmlEscape(book.author)}</dc:creator>` : '') + (book.publisher ? `<dc:publisher>${xmlEscape(book.publisher)}</dc:publisher>` : '') + (book.date ? `<dc:date>${book.date}</dc:date>` : '') +
    `</metadata><manifest>${manifest.join('')}</manifest><spine>${spine.join('')}</spine></package>`)
  return zipSync(files)
}

export function sampleRss(channel: string, items: (SampleArticle & { link: string })[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${xmlEscape(channel)}</title><link>https://news.example.org/</link>` +
    items.map((it) => `<item><title>${xmlEscape(it.headline)}</title><link>${xmlEscape(it.link)}</link>` +
      (it.date ? `<pubDate>${new Date(it.date + 'T09:30:00Z').toUTCString()}</pubDate>` : '') + (it.byline ? `<dc:creator>${xmlEscape(it.byline)}</dc:creator>` : '') +
      `<content:encoded><![CDATA[${it.paragraphs.map((p) => `<p>${p}</p>`).join('')}]]></content:encoded></item>`).join('\n') +
    '</channel></rss>\n'
}

export function sampleAtom(title: string, entries: (SampleArticle & { link: string })[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>${xmlEscape(title)}</title><id>urn:x</id>` +
    entries.map((e) => `<entry><title>${xmlEscape(e.headline)}</title><link rel="alternate" href="${xmlEscape(e.link)}"/><id>${xmlEscape(e.link)}</id>` +
      (e.date ? `<published>${e.date}T09:30:00Z</published>` : '') + (e.byline ? `<author><name>${xmlEscape(e.byline)}</name></author>` : '') +
      `<content type="html">${xmlEscape(e.paragraphs.map((p) => `<p>${p}</p>`).join(''))}</content></entry>`).join('\n') + '</feed>\n'
}

export function sampleEml(a: SampleArticle, options: { html?: boolean; from?: string } = {}): string {
  const date = a.date ? new Date(a.date + 'T08:00:00Z').toUTCString().replace('GMT', '+0000') : 'Tue, 03 Mar 2026 08:00:00 +0000'
  const head = `From: ${options.from ?? `${a.byline ?? 'Newsroom'} <desk@news.example.org>`}\r\nTo: reader@example.org\r\nSubject: ${a.headline}\r\nDate: ${date}\r\nMessage-ID: <1@news.example.org>\r\nMIME-Version: 1.0\r\n`
  if (!options.html) return head + 'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n' + a.paragraphs.join('\r\n\r\n') + '\r\n'
  const boundary = 'b-verbatim-1'
  return head + `Content-Type: multipart/alternative; boundary="${boundary}"\r\n\r\n--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${a.paragraphs.join('\r\n\r\n')}\r\n` +
    `--${boundary}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body>${a.paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>\r\n--${boundary}--\r\n`
}

export const SAMPLE: SampleArticle = {
  headline: 'Mayor vows to fix the river bridge this year',
  byline: 'Jane Doe',
  date: '2024-03-02',
  paragraphs: [
    'RIVERTON, March 2 -- The city will repair the old river bridge before winter, officials said on Saturday.',
    '"We will fix the bridge this year, whatever it costs," Mayor Ana Lopez told reporters at city hall.',
    'The council approved the plan by seven votes to two. "It is long overdue," said council member Tom Reyes.',
  ],
}
