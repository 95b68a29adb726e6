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
import { ReadError } from './errors.ts'
import { readHtml } from './html.ts'
import { readMarkdown } from './markdown.ts'
import { buildMeta } from './metadata.ts'
import { readPlainText } from './plainText.ts'
import type { Draft } from './types.ts'

export { ReadError }

const FORMATS: Record<string, SourceFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
}

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

export function readArticle(bytes: Uint8Array, fileName: string): ReadArticle {
  const format = formatOf(fileName)
  if (!format) {
    throw new ReadError('unsupported-format', `${fileName} is not a supported article format (use .txt, .md or .html).`)
  }
  if (bytes.length === 0) throw new ReadError('empty', `${fileName} is empty.`)
  const htmlBytes = format === 'html' || LOOKS_HTML.test(new TextDecoder('latin1').decode(bytes.subarray(0, 1024)))
  const decoded = decodeBytes(bytes, fileName, htmlBytes)
  if (decoded.text.trim() === '') throw new ReadError('empty', `${fileName} is empty (only blank space).`)

  // A saved web page renamed .txt is still a web page; reading it as text would keep every tag.
  const actual = format !== 'html' && LOOKS_HTML.test(decoded.text.slice(0, 1024)) ? 'html' : format
  const draft = draftOf(decoded.text, actual)
  const cleaned = cleanDraft(draft)
  if (cleaned.text === '') {
    throw new ReadError('no-text', `${fileName} has no article text once navigation and boilerplate are removed.`)
  }
  const dropped = cleaned.dropped
  if (decoded.replaced > 0) {
    dropped.unshift({
      text: `${decoded.replaced} invalid UTF-8 byte sequence(s) replaced with U+FFFD`,
      rule: 'invalid-utf-8',
    })
  }
  return {
    text: cleaned.text,
    format: actual,
    encoding: decoded.encoding,
    meta: buildMeta(cleaned, draft.hints, fileName),
    dropped,
  }
}
