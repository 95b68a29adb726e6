// EPUB: the OPF package named by META-INF/container.xml, its spine in reading order, each chapter's
// XHTML read as a document body. The book's title, creator, publisher and date are the hints.
import { paragraphDraft, isoDay } from './draft.ts'
import { ReadError } from './errors.ts'
import { htmlBody } from './htmlBody.ts'
import { emptyHints, type Draft, type Hints } from './types.ts'
import { attr, child, children, descendants, parseXml, squash, textOf } from './xml.ts'
import { entryText, unzip } from './zip.ts'

export interface EpubChapter {
  /** 1-based position among the chapters that have text. */
  index: number
  href: string
  title: string | null
  paragraphs: string[]
}

export interface EpubBook {
  hints: Hints
  chapters: EpubChapter[]
}

const TEXTUAL = /\.(?:xml|opf|ncx|x?html?|xht)$/i
const MAX_CHAPTERS = 5000

function resolveHref(base: string, href: string): string {
  let path = href.split('#')[0]
  try {
    path = decodeURIComponent(path)
  } catch {
    // keep it as written
  }
  const parts = (path.startsWith('/') ? path.slice(1) : base + path).split('/')
  const out: string[] = []
  for (const p of parts) {
    if (p === '..') out.pop()
    else if (p !== '.' && p !== '') out.push(p)
  }
  return out.join('/')
}

export function readEpubBook(bytes: Uint8Array, fileName: string): EpubBook {
  const files = unzip(bytes, fileName, 'EPUB', (n) => TEXTUAL.test(n))
  const container = entryText(files, 'META-INF/container.xml')
  let opfPath: string | null = null
  if (container !== null) {
    const rootfile = descendants(parseXml(container, fileName), 'rootfile')[0] ?? null
    opfPath = attr(rootfile, 'full-path')
  }
  opfPath ??= Object.keys(files).find((n) => n.toLowerCase().endsWith('.opf')) ?? null
  const opfText = opfPath === null ? null : entryText(files, opfPath)
  if (opfText === null) throw new ReadError('corrupt', `${fileName} is not an EPUB: no package (.opf) file.`)
  const base = opfPath!.includes('/') ? opfPath!.slice(0, opfPath!.lastIndexOf('/') + 1) : ''
  const opf = parseXml(opfText, fileName)
  const root = opf.documentElement

  const hints = emptyHints()
  const metadata = child(root, 'metadata')
  if (metadata) {
    const first = (name: string) => squash(textOf(descendants(metadata, name)[0] ?? null)) || null
    hints.headline = first('title')
    hints.byline = first('creator')
    hints.outlet = first('publisher')
    const date = isoDay(first('date'))
    if (date) hints.date = { date, rule: 'epub-meta' }
  }

  const manifest = new Map<string, string>()
  const manifestEl = child(root, 'manifest')
  for (const item of manifestEl ? children(manifestEl, 'item') : []) {
    const id = attr(item, 'id')
    const href = attr(item, 'href')
    if (id && href) manifest.set(id, resolveHref(base, href))
  }
  const spine = child(root, 'spine')
  const hrefs: string[] = []
  for (const ref of spine ? children(spine, 'itemref') : []) {
    if (attr(ref, 'linear') === 'no') continue
    const href = manifest.get(attr(ref, 'idref') ?? '')
    if (href && !hrefs.includes(href)) hrefs.push(href)
    if (hrefs.length >= MAX_CHAPTERS) break
  }
  if (hrefs.length === 0) throw new ReadError('no-text', `${fileName} has no chapters in its spine.`)

  const chapters: EpubChapter[] = []
  for (const href of hrefs) {
    const xhtml = entryText(files, href)
    if (xhtml === null) continue
    const body = htmlBody(xhtml)
    if (body.paragraphs.length === 0) continue
    chapters.push({ index: chapters.length + 1, href, title: body.heading ?? body.title, paragraphs: body.paragraphs })
  }
  if (chapters.length === 0) throw new ReadError('no-text', `${fileName} has no text in any chapter (only images?).`)
  return { hints, chapters }
}

/** The whole book as one article: the book's title, then every chapter in order. */
export function bookDraft(book: EpubBook): Draft {
  const paragraphs = book.chapters.flatMap((c) => c.paragraphs)
  const headline = book.hints.headline
  return paragraphDraft(headline, headline && paragraphs[0] !== headline ? [headline, ...paragraphs] : paragraphs, { ...book.hints })
}

/** One chapter as an article: its own heading as the headline, the book's author, publisher and date. */
export function chapterDraft(book: EpubBook, chapter: EpubChapter): Draft {
  const headline = chapter.paragraphs[0] === chapter.title ? chapter.title : null
  return paragraphDraft(headline, chapter.paragraphs, { ...book.hints, headline: chapter.title ?? book.hints.headline })
}
