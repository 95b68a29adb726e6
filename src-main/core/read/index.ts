// The READ stage: the bytes of one file → the article text as stored, its metadata, and a record of
// everything left out. Pure: the caller reads the file and passes its bytes and name.
//
// Plain text keeps its own lines and separators (a clean file passes through unchanged, so offsets
// computed on it elsewhere still hold); HTML and Markdown become paragraphs with a blank line between.
//
// Rule names in `dropped`: navigation, social-links, end-marker, copyright, caption, image, credit,
// byline, timestamp, kicker, trailing-junk (all formats); sidebar, site-chrome, not-article (HTML:
// readability left it out); markdown-link-definition; invalid-utf-8 (a count, not text).
// dateRule: dateline | html-meta | html-time | front-matter | dateline+year-from:"Oct. 12, 2023" |
// dateline+year-from:copyright 2023 | dateline+year-from-file-name | timestamp-line | copyright 2023 |
// date-from-file-name | year-from-file-name | undated.
import type { ReadArticle, SourceFormat } from '../../shared/model.ts'
import { cleanDraft } from './clean.ts'
import { decodeBytes } from './decode.ts'
import { readDocx } from './docx.ts'
import { readEml } from './eml.ts'
import { bookDraft, chapterDraft, readEpubBook } from './epub.ts'
import { ReadError } from './errors.ts'
import { LOOKS_FEED, readFeedItems } from './feed.ts'
import { readHtml } from './html.ts'
import { readMarkdown } from './markdown.ts'
import { buildMeta } from './metadata.ts'
import { readOdt } from './odt.ts'
import { readPdf } from './pdf.ts'
import { readPlainText } from './plainText.ts'
import type { Draft } from './types.ts'

export { ReadError }

export type EpubMode = 'chapters' | 'book'

export interface ReadOptions {
  /** An EPUB as one article per chapter (the default) or one article for the whole book. */
  epub?: EpubMode
}

const FORMATS: Record<string, SourceFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  pdf: 'pdf',
  docx: 'docx',
  odt: 'odt',
  epub: 'epub',
  rss: 'feed',
  atom: 'feed',
  xml: 'feed',
  eml: 'eml',
}

/** Formats whose library only reads asynchronously: readArticles, not readArticle. */
export const ASYNC_FORMATS: ReadonlySet<SourceFormat> = new Set(['pdf', 'docx', 'eml'])

/** Every file extension Verbatim reads, with the dot. */
export const EXTENSIONS = Object.keys(FORMATS).map((e) => '.' + e)

const LOOKS_HTML = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)?<(?:!doctype html|html)[\s>]/i

export function formatOf(fileName: string): SourceFormat | null {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName)
  return m ? (FORMATS[m[1].toLowerCase()] ?? null) : null
}

function draftOf(text: string, format: SourceFormat): Draft {
  if (format === 'html') return readHtml(text)
  if (format === 'md') return readMarkdown(text)
  return readPlainText(text)
}

/** Draft → the article as stored: boilerplate cleaned, metadata found. */
function finish(draft: Draft, fileName: string, format: SourceFormat, encoding: string, replaced = 0): ReadArticle {
  const cleaned = cleanDraft(draft)
  if (cleaned.text === '') {
    throw new ReadError('no-text', `${fileName} has no article text once navigation and boilerplate are removed.`)
  }
  const dropped = cleaned.dropped
  if (replaced > 0) {
    dropped.unshift({ text: `${replaced} invalid UTF-8 byte sequence(s) replaced with U+FFFD`, rule: 'invalid-utf-8' })
  }
  return { text: cleaned.text, format, encoding, meta: buildMeta(cleaned, draft.hints, fileName), dropped }
}

function unsupported(fileName: string): ReadError {
  return new ReadError(
    'unsupported-format',
    `${fileName} is not a supported article format (use .txt, .md, .html, .pdf, .docx, .odt, .epub, .rss/.atom/.xml feeds or .eml).`,
  )
}

function readText(bytes: Uint8Array, fileName: string, format: SourceFormat): ReadArticle {
  const htmlBytes = format === 'html' || LOOKS_HTML.test(new TextDecoder('latin1').decode(bytes.subarray(0, 1024)))
  const decoded = decodeBytes(bytes, fileName, htmlBytes)
  if (decoded.text.trim() === '') throw new ReadError('empty', `${fileName} is empty (only blank space).`)
  // A saved web page renamed .txt is still a web page; reading it as text would keep every tag.
  const actual = format !== 'html' && LOOKS_HTML.test(decoded.text.slice(0, 1024)) ? 'html' : format
  return finish(draftOf(decoded.text, actual), fileName, actual, decoded.encoding, decoded.replaced)
}

function xmlText(bytes: Uint8Array, fileName: string): { text: string; encoding: string } {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200))
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]{2,40})["']/.exec(head)?.[1]
  if (declared && !/^utf-?8$/i.test(declared)) {
    try {
      const decoder = new TextDecoder(declared.toLowerCase())
      return { text: decoder.decode(bytes), encoding: decoder.encoding }
    } catch {
      // an unknown label: guess like any text
    }
  }
  const decoded = decodeBytes(bytes, fileName, false)
  return { text: decoded.text, encoding: decoded.encoding }
}

function readFeed(bytes: Uint8Array, fileName: string): ReadArticle[] {
  const { text, encoding } = xmlText(bytes, fileName)
  if (!LOOKS_FEED.test(text.slice(0, 4096))) {
    throw new ReadError('unsupported-format', `${fileName} is not an RSS or Atom feed.`)
  }
  const out: ReadArticle[] = []
  for (const item of readFeedItems(text, fileName)) {
    let article: ReadArticle
    try {
      article = finish(item.draft, fileName, 'feed', encoding)
    } catch (error) {
      if (error instanceof ReadError) continue // an item with no text (a title alone) is no article
      throw error
    }
    const identity = ['feed-item', item.guid ?? '', item.link ?? '', article.meta.headline ?? '', article.text].join('\u0000')
    out.push({ ...article, part: { id: `item-${item.index}`, link: item.link, identity } })
  }
  if (out.length === 0) throw new ReadError('no-text', `${fileName} is a feed with no items that have text.`)
  return out
}

function readEpub(bytes: Uint8Array, fileName: string, mode: EpubMode): ReadArticle[] {
  const book = readEpubBook(bytes, fileName)
  if (mode === 'book') return [finish(bookDraft(book), fileName, 'epub', 'utf-8')]
  const out: ReadArticle[] = []
  for (const chapter of book.chapters) {
    try {
      const article = finish(chapterDraft(book, chapter), fileName, 'epub', 'utf-8')
      out.push({ ...article, part: { id: `chapter-${chapter.index}`, link: null, identity: null } })
    } catch (error) {
      if (!(error instanceof ReadError)) throw error
    }
  }
  if (out.length === 0) throw new ReadError('no-text', `${fileName} has no chapter with article text.`)
  return out
}

/** The formats read without waiting: text, Markdown, HTML, ODT, EPUB and feeds. */
export function readArticlesSync(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): ReadArticle[] {
  const format = formatOf(fileName)
  if (!format) throw unsupported(fileName)
  if (bytes.length === 0) throw new ReadError('empty', `${fileName} is empty.`)
  switch (format) {
    case 'odt':
      return [finish(readOdt(bytes, fileName), fileName, 'odt', 'utf-8')]
    case 'epub':
      return readEpub(bytes, fileName, options.epub ?? 'chapters')
    case 'feed':
      return readFeed(bytes, fileName)
    case 'pdf':
    case 'docx':
    case 'eml':
      throw new ReadError('needs-async', `${fileName}: ${format} files are read with readArticles (asynchronous).`)
    default:
      return [readText(bytes, fileName, format)]
  }
}

/** Every format; a feed or an EPUB read by chapter gives several articles, each with its `part`. */
export async function readArticles(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<ReadArticle[]> {
  const format = formatOf(fileName)
  if (!format) throw unsupported(fileName)
  if (bytes.length === 0) throw new ReadError('empty', `${fileName} is empty.`)
  if (format === 'pdf') return [finish(await readPdf(bytes, fileName), fileName, 'pdf', 'utf-8')]
  if (format === 'docx') return [finish(await readDocx(bytes, fileName), fileName, 'docx', 'utf-8')]
  if (format === 'eml') return [finish(await readEml(bytes, fileName), fileName, 'eml', 'utf-8')]
  return readArticlesSync(bytes, fileName, options)
}

/**
 * One article from a file in a synchronous format (the first item of a feed, an EPUB as a whole
 * book). ReadError('needs-async') for PDF, DOCX and e-mail: use readArticles.
 */
export function readArticle(bytes: Uint8Array, fileName: string): ReadArticle {
  return readArticlesSync(bytes, fileName, { epub: 'book' })[0]
}
