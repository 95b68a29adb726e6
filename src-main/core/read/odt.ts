// OpenDocument text (.odt): content.xml from the zip, read with linkedom. Headings and paragraphs
// in document order (inside lists, sections and tables too); footnotes and comments are recorded as
// dropped; title, author and date come from meta.xml.
import { paragraphDraft } from './draft.ts'
import { ReadError } from './errors.ts'
import type { Draft, Dropped } from './types.ts'
import { child, childElements, localName, parseXml, squash, textOf } from './xml.ts'
import { officeMetaHints } from './officeMeta.ts'
import { entryText, unzip } from './zip.ts'

const MAX_DEPTH = 400
const ELEMENT = 1
const TEXT = 3

function paragraphText(el: Element, dropped: Dropped[]): string {
  let out = ''
  const stack: Node[] = [el]
  while (stack.length) {
    const node = stack.pop()!
    if (node.nodeType === TEXT) {
      out += node.nodeValue ?? ''
      continue
    }
    if (node.nodeType !== ELEMENT) continue
    const e = node as Element
    const name = localName(e)
    if (node !== el) {
      if (name === 'note') {
        const note = squash(textOf(child(e, 'note-body')))
        if (note) dropped.push({ text: note, rule: 'footnote' })
        continue
      }
      if (name === 'annotation') {
        const note = squash(textOf(e))
        if (note) dropped.push({ text: note, rule: 'comment' })
        continue
      }
      if (name === 's') {
        out += ' '.repeat(Math.min(Number(e.getAttribute('text:c') ?? 1) || 1, 100))
        continue
      }
      if (name === 'tab' || name === 'line-break') {
        out += ' '
        continue
      }
    }
    const kids: Node[] = []
    for (let c = node.firstChild; c; c = c.nextSibling) kids.push(c)
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i])
  }
  return squash(out)
}

export function readOdt(bytes: Uint8Array, fileName: string): Draft {
  const files = unzip(bytes, fileName, 'OpenDocument text', (n) => n === 'content.xml' || n === 'meta.xml' || n === 'mimetype')
  const mimetype = entryText(files, 'mimetype')?.trim()
  if (mimetype && mimetype !== 'application/vnd.oasis.opendocument.text') {
    throw new ReadError('unsupported-format', `${fileName} is an OpenDocument file but not a text document (${mimetype.slice(0, 80)}).`)
  }
  const content = entryText(files, 'content.xml')
  if (content === null) throw new ReadError('corrupt', `${fileName} is not an OpenDocument text: it has no content.xml.`)
  const doc = parseXml(content, fileName)
  const body = child(doc.documentElement, 'body')
  const text = body ? child(body, 'text') : null
  if (!text) throw new ReadError('no-text', `${fileName} has no text body.`)

  const dropped: Dropped[] = []
  const paragraphs: string[] = []
  let heading: string | null = null
  const stack: { el: Element; depth: number }[] = childElements(text).reverse().map((el) => ({ el, depth: 1 }))
  while (stack.length) {
    const { el, depth } = stack.pop()!
    const name = localName(el)
    if (name === 'p' || name === 'h') {
      const p = paragraphText(el, dropped)
      if (!p) continue
      if (name === 'h' && heading === null && paragraphs.length === 0) heading = p
      paragraphs.push(p)
      continue
    }
    if (name === 'tracked-changes' || name === 'sequence-decls' || name === 'variable-decls' || depth > MAX_DEPTH) continue
    const kids = childElements(el)
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ el: kids[i], depth: depth + 1 })
  }

  const hints = officeMetaHints(entryText(files, 'meta.xml'), fileName, ['creator', 'initial-creator'])
  return paragraphDraft(heading ?? (hints.headline && paragraphs[0] === hints.headline ? hints.headline : null), paragraphs, hints, dropped)
}
