// Word (.docx): mammoth turns the document into clean HTML (headings, paragraphs, lists, tables),
// which is read as a document body. The zip is unpacked with bounds first and handed to mammoth
// re-stored, so a zip bomb never reaches it. Title and author come from docProps/core.xml.
import mammoth from 'mammoth'
import { paragraphDraft } from './draft.ts'
import { ReadError } from './errors.ts'
import { htmlBody } from './htmlBody.ts'
import type { Draft } from './types.ts'
import { isWellFormedXml } from './xml.ts'
import { officeMetaHints } from './officeMeta.ts'
import { entryText, rezip, unzip } from './zip.ts'

// What mammoth reads, and no more: themes, fonts, settings and media stay in the zip. mammoth's XML
// parser (xmldom) slows down with the square of an element's children, so each part has a ceiling
// far above what Word writes: a bloated part is a damaged or hostile file, refused.
const PARTS: { name: RegExp; max: number }[] = [
  { name: /^word\/document\d*\.xml$/, max: 48 * 1024 * 1024 },
  { name: /^word\/(?:footnotes|endnotes|comments)\.xml$/, max: 16 * 1024 * 1024 },
  { name: /^word\/(?:styles|numbering)\.xml$/, max: 4 * 1024 * 1024 },
  { name: /^(?:\[Content_Types\]\.xml|_rels\/\.rels|word\/_rels\/[^/]+\.rels|docProps\/core\.xml)$/, max: 256 * 1024 },
]

const utf8 = new TextDecoder('utf-8')

export async function readDocx(bytes: Uint8Array, fileName: string): Promise<Draft> {
  const files = unzip(bytes, fileName, 'Word document', (n) => PARTS.some((p) => p.name.test(n)))
  for (const [name, data] of Object.entries(files)) {
    const part = PARTS.find((p) => p.name.test(name))
    if (part && data.length > part.max) {
      throw new ReadError('corrupt', `${fileName} is a damaged Word document: its part ${name} is far larger than Word writes.`)
    }
    if (!isWellFormedXml(utf8.decode(data))) {
      throw new ReadError('corrupt', `${fileName} is a damaged Word document: its part ${name} is not well-formed XML.`)
    }
  }
  if (!files['word/document.xml']) {
    throw new ReadError('corrupt', `${fileName} is not a Word document: it has no word/document.xml.`)
  }
  const hints = officeMetaHints(entryText(files, 'docProps/core.xml'), fileName)
  const clean = rezip(files)
  let html: string
  try {
    // mammoth's Node build takes a Buffer (a global, not an import: core stays free of Node modules).
    const buffer = Buffer.from(clean.buffer, clean.byteOffset, clean.byteLength)
    html = (await mammoth.convertToHtml({ buffer }, { ignoreEmptyParagraphs: true })).value
  } catch (error) {
    throw new ReadError('corrupt', `${fileName} is a damaged Word document (${(error as Error)?.message ?? String(error)}).`)
  }
  const body = htmlBody(html)
  const headline = body.heading ?? (hints.headline && body.paragraphs[0] === hints.headline ? hints.headline : null)
  return paragraphDraft(headline, body.paragraphs, hints)
}
