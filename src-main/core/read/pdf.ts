// PDF: the text layer, read with PDF.js (the unpdf build, which runs in Node with no worker and no
// download). Lines come from the text items' positions; a vertical gap wider than a line starts a
// new paragraph. A PDF with pages but no text is a scan: ReadError('scanned-pdf') says so. The
// file's creation date is when it was saved or printed, not when the article ran: it is not used.
import { getDocumentProxy } from 'unpdf'
import { ReadError } from './errors.ts'
import { emptyHints, type Draft } from './types.ts'

const MAX_PAGES = 2000
const MAX_CHARS = 20_000_000

interface Item {
  str: string
  hasEOL?: boolean
  transform?: number[]
  height?: number
}

function pageLines(items: Item[], lines: string[]): void {
  let line = ''
  let lastY: number | null = null
  let lastHeight = 0
  let gapBefore = false
  // Lines of one paragraph are joined: a PDF breaks lines where the page ends, not where the
  // writer did. A line ending in a hyphen joins without a space ("well-" + "known").
  let open = false
  const flush = () => {
    const t = line.replace(/[\s\u00a0]+/g, ' ').trim()
    if (t) {
      if (gapBefore && open) {
        lines.push('')
        open = false
      }
      if (open) {
        const last = lines[lines.length - 1]
        lines[lines.length - 1] = /\p{L}-$/u.test(last) ? last + t : `${last} ${t}`
      } else lines.push(t)
      open = true
    }
    line = ''
    gapBefore = false
  }
  for (const item of items) {
    if (typeof item.str !== 'string') continue
    const y = Array.isArray(item.transform) && Number.isFinite(item.transform[5]) ? item.transform[5] : null
    const h = Number.isFinite(item.height) && item.height! > 0 ? item.height! : lastHeight
    if (y !== null && lastY !== null && Math.abs(lastY - y) > 0.5 * Math.max(h, 1)) {
      const gap = Math.abs(lastY - y)
      flush()
      // A line advance is about 1.2 × the font size; well beyond that is a blank line between paragraphs.
      if (gap > 1.6 * Math.max(h, lastHeight, 1)) gapBefore = true
    }
    line += item.str
    if (item.hasEOL) line += ' '
    if (y !== null) lastY = y
    if (h) lastHeight = h
  }
  flush()
}

/**
 * A PDF saved with incremental updates redefines a few objects once per save. One that defines the
 * same object hundreds of times is damaged or built to stall a reader: PDF.js checks every copy by
 * parsing to its end, which takes time with the square of the file's size. Refused up front.
 */
const MAX_REDEFINITIONS = 100

function assertSaneObjects(bytes: Uint8Array, fileName: string): void {
  const text = new TextDecoder('latin1').decode(bytes)
  const seen = new Map<string, number>()
  for (const m of text.matchAll(/(\d{1,10})\s+\d{1,5}\s+obj\b/g)) {
    const n = (seen.get(m[1]) ?? 0) + 1
    if (n > MAX_REDEFINITIONS) {
      throw new ReadError('corrupt', `${fileName} is a damaged PDF: it defines object ${m[1]} over ${MAX_REDEFINITIONS} times.`)
    }
    seen.set(m[1], n)
  }
}

export async function readPdf(bytes: Uint8Array, fileName: string): Promise<Draft> {
  assertSaneObjects(bytes, fileName)
  let doc: Awaited<ReturnType<typeof getDocumentProxy>>
  try {
    // PDF.js takes the buffer over (detaches it); it gets a copy so the caller keeps its bytes.
    doc = await getDocumentProxy(new Uint8Array(bytes), {
      verbosity: 0,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
    })
  } catch (error) {
    const name = (error as Error)?.name
    if (name === 'PasswordException') throw new ReadError('encrypted-pdf', `${fileName} is a password-protected PDF; open it, save an unprotected copy and import that.`)
    throw new ReadError('corrupt', `${fileName} is not a readable PDF (${(error as Error)?.message ?? String(error)}).`)
  }
  try {
    const hints = emptyHints()
    try {
      const meta = (await doc.getMetadata()) as unknown as { info?: Record<string, unknown> }
      const info = meta.info ?? {}
      const title = typeof info.Title === 'string' ? info.Title.replace(/\s+/g, ' ').trim() : ''
      const author = typeof info.Author === 'string' ? info.Author.replace(/\s+/g, ' ').trim() : ''
      if (title) hints.headline = title
      if (author) hints.byline = author
    } catch {
      // damaged metadata leaves the text readable
    }
    const lines: string[] = []
    const pages = Math.min(doc.numPages, MAX_PAGES)
    let chars = 0
    for (let n = 1; n <= pages; n++) {
      let items: Item[]
      try {
        const page = await doc.getPage(n)
        items = (await page.getTextContent()).items as Item[]
        page.cleanup()
      } catch {
        continue // one damaged page does not lose the others
      }
      if (lines.length && lines[lines.length - 1] !== '') lines.push('')
      pageLines(items, lines)
      for (const item of items) chars += typeof item.str === 'string' ? item.str.length : 0
      if (chars > MAX_CHARS) throw new ReadError('too-large', `${fileName} has more text than one article can hold.`)
    }
    if (!lines.some((l) => l.trim() !== '')) {
      throw new ReadError('scanned-pdf', `${fileName} is a scanned PDF: its ${doc.numPages} page(s) are images with no text layer. Run OCR on it (e.g. ocrmypdf) and import the result.`)
    }
    return { lines, hints, dropped: [], headlineFixed: false }
  } finally {
    void doc.loadingTask.destroy().catch(() => {})
  }
}
