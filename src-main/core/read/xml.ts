// XML (ODT content, EPUB package files, RSS/Atom feeds) parsed with linkedom. Elements are matched by
// local name, so `dc:title`, `title` and `atom:title` are all "title", whatever prefix a file uses.
import { DOMParser } from 'linkedom'
import { ReadError } from './errors.ts'

const ELEMENT = 1
const TEXT = 3
const CDATA = 4

export function parseXml(xml: string, fileName: string): Document {
  // A DOCTYPE can declare entities; none of these formats needs one, and dropping it keeps the
  // parser from expanding anything the file defines.
  const safe = xml.replace(/<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>/gi, '')
  try {
    const doc = new DOMParser().parseFromString(safe, 'text/xml') as unknown as Document
    if (!doc.documentElement) throw new Error('no root element')
    return doc
  } catch (error) {
    if (error instanceof ReadError) throw error
    throw new ReadError('corrupt', `${fileName} is not well-formed XML: ${(error as Error).message}`)
  }
}

export function localName(el: Element): string {
  const name = el.tagName ?? ''
  const colon = name.indexOf(':')
  return (colon === -1 ? name : name.slice(colon + 1)).toLowerCase()
}

export function childElements(el: Element | Document): Element[] {
  const out: Element[] = []
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT) out.push(c as Element)
  return out
}

export function child(el: Element | Document, name: string): Element | null {
  for (const c of childElements(el)) if (localName(c) === name) return c
  return null
}

export function children(el: Element | Document, name: string): Element[] {
  return childElements(el).filter((c) => localName(c) === name)
}

/** Every descendant element with this local name, in document order (iterative: no deep recursion). */
export function descendants(root: Element | Document, name: string): Element[] {
  const out: Element[] = []
  const stack: Element[] = childElements(root).reverse()
  while (stack.length) {
    const el = stack.pop()!
    if (localName(el) === name) out.push(el)
    const kids = childElements(el)
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i])
  }
  return out
}

/** Text and CDATA content, whitespace kept. */
export function textOf(el: Element | null): string {
  if (!el) return ''
  let out = ''
  const stack: Node[] = [el]
  while (stack.length) {
    const node = stack.pop()!
    if (node.nodeType === TEXT || node.nodeType === CDATA) out += node.nodeValue ?? ''
    else if (node.nodeType === ELEMENT) {
      const kids: Node[] = []
      for (let c = node.firstChild; c; c = c.nextSibling) kids.push(c)
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i])
    }
  }
  return out
}

export const squash = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim()

export function attr(el: Element | null, name: string): string | null {
  if (!el) return null
  const direct = el.getAttribute(name)
  if (direct !== null) return direct
  // A prefixed attribute (opf:role, xlink:href) found by its local name.
  for (const a of Array.from(el.attributes ?? [])) {
    const n = a.name.includes(':') ? a.name.slice(a.name.indexOf(':') + 1) : a.name
    if (n.toLowerCase() === name.toLowerCase()) return a.value
  }
  return null
}

const NAME_END = /[\s/>]/

/**
 * A linear check that tags open and close in order (names matched, quotes closed, comments, CDATA
 * and processing instructions skipped). Office software never writes anything else; libraries that
 * repair broken XML as they parse can take time with the square of its size, so broken XML is refused
 * before it reaches them.
 */
export function isWellFormedXml(xml: string): boolean {
  const stack: string[] = []
  let i = xml.indexOf('<')
  let sawRoot = false
  while (i !== -1 && i < xml.length) {
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4)
      if (end === -1) return false
      i = xml.indexOf('<', end + 3)
      continue
    }
    if (xml.startsWith('<![CDATA[', i)) {
      const end = xml.indexOf(']]>', i + 9)
      if (end === -1 || stack.length === 0) return false
      i = xml.indexOf('<', end + 3)
      continue
    }
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i + 2)
      if (end === -1) return false
      i = xml.indexOf('<', end + 2)
      continue
    }
    if (xml.startsWith('<!', i)) {
      if (sawRoot) return false
      const end = xml.indexOf('>', i + 2)
      if (end === -1) return false
      i = xml.indexOf('<', end + 1)
      continue
    }
    const closing = xml[i + 1] === '/'
    let j = i + (closing ? 2 : 1)
    const nameStart = j
    while (j < xml.length && !NAME_END.test(xml[j])) j++
    const name = xml.slice(nameStart, j)
    if (!name) return false
    // Attributes: skip to the tag's '>' outside quotes.
    let quote = ''
    for (; j < xml.length; j++) {
      const c = xml[j]
      if (quote) {
        if (c === quote) quote = ''
        else if (c === '<') return false
      } else if (c === '"' || c === "'") quote = c
      else if (c === '>') break
      else if (c === '<') return false
    }
    if (j >= xml.length) return false
    const selfClosing = xml[j - 1] === '/'
    if (closing) {
      if (stack.pop() !== name) return false
    } else {
      if (sawRoot && stack.length === 0) return false // a second root element
      if (!selfClosing) stack.push(name)
    }
    if (!closing) sawRoot = true
    i = xml.indexOf('<', j + 1)
  }
  return sawRoot && stack.length === 0
}
