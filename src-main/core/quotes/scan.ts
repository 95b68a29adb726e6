// Finds quotation spans (content between marks, marks excluded) paragraph by paragraph.
// Double quotes and guillemets are paired by a small state machine whose open/close decision uses the
// characters around a mark first and the mark's shape second, because straight quotes have no shape
// and real text mixes “ with " and even types “ for a closing mark. Single marks are paired in a
// separate pass that rejects apostrophes (don't, Korea's, '90s, rock 'n' roll).
import type { Span } from '../../shared/model.ts'

export type MarkFamily = 'double' | 'single' | 'guillemet' | 'apostrophes'

export interface RawQuote {
  start: number
  end: number
  /** Offset of the opening mark. */
  open: number
  /** Offset of the closing mark, or -1 when the quote runs on into the next paragraph. */
  close: number
  /** Offset just after the closing mark (or the paragraph end when there is none). */
  closeEnd: number
  family: MarkFamily
  para: number
  /** The quotation goes on in the next paragraph (its closing mark is left out there). */
  continues: boolean
  /** This piece re-opens a quotation left open at the end of the previous paragraph. */
  continued: boolean
}

const OPEN_CTX = new Set([' ', '\t', '(', '[', '{', '—', '–', '-', '/', '\u00a0', ':', ',', '‘', "'", '“', '«'])
const CLOSE_CTX = new Set([' ', '\t', ',', '.', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '/', '\u00a0', '’', "'", '”', '»', '…'])
const DOUBLE_MARK = /["“”„«»]/g

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c)
}

/** +1 opening, -1 closing, 0 undecidable from context. */
function contextDirection(text: string, i: number, s: number, e: number): number {
  const prev = i > s ? text[i - 1] : ' '
  const next = i + 1 < e ? text[i + 1] : ' '
  const openCtx = OPEN_CTX.has(prev) && !CLOSE_CTX.has(next) ? 1 : 0
  const closeCtx = CLOSE_CTX.has(next) && !OPEN_CTX.has(prev) ? 1 : 0
  if (openCtx && !closeCtx) return 1
  if (closeCtx && !openCtx) return -1
  if (isWordChar(prev) && !isWordChar(next)) return -1
  if (!isWordChar(prev) && isWordChar(next)) return 1
  return 0
}

function scanDoubles(text: string, paras: Span[], out: RawQuote[]): void {
  let carried = false // previous paragraph left a quotation open
  for (let pi = 0; pi < paras.length; pi++) {
    const { start: s, end: e } = paras[pi]
    let open = -1
    let openFamily: MarkFamily = 'double'
    let openStraight = false
    let inner = -1 // a nested quotation of the other mark shape is open
    let continued = false
    // A carried quotation continues only if this paragraph re-opens it with its first character.
    const first = text[s]
    if (carried && (first === '"' || first === '“' || first === '«' || first === '„')) {
      open = s
      openFamily = first === '«' ? 'guillemet' : 'double'
      openStraight = first === '"'
      continued = true
    }
    // Jump from mark to mark with a global regex rather than testing every character.
    DOUBLE_MARK.lastIndex = open === s ? s + 1 : s
    for (let m = DOUBLE_MARK.exec(text); m !== null && m.index < e; m = DOUBLE_MARK.exec(text)) {
      const i = m.index
      const c = text[i]
      const family: MarkFamily = c === '«' || c === '»' ? 'guillemet' : 'double'
      let dir = contextDirection(text, i, s, e)
      // Context cannot tell; a mislaid shape (“odd,“ said Vale / ” … and so,” he said) is common, so
      // a mark opening its paragraph opens, and inside an open quotation a mark before a space, or
      // right after the punctuation ending a sentence (“… so.“[Source]), closes.
      if (dir === 0 && open < 0 && i === s) dir = 1
      else if (dir === 0 && open >= 0 && i + 1 < e && /\s/.test(text[i + 1]) && !/\s/.test(text[i - 1])) dir = -1
      else if (dir === 0 && open >= 0 && /[.!?]/.test(text[i - 1]) && !isWordChar(text[i + 1])) dir = -1
      if (dir === 0) dir = c === '“' || c === '«' || c === '„' ? 1 : c === '”' || c === '»' ? -1 : open < 0 ? 1 : -1
      if (open < 0) {
        // attr="value" in leftover markup is not a quotation, and …"> closes such a value: it opens nothing.
        if (dir > 0 && text[i + 1] === '>') continue
        if (dir > 0 && text[i - 1] === '=') { const c2 = text.indexOf(c === '“' ? '”' : c, i + 1); if (c2 > 0 && c2 < e) DOUBLE_MARK.lastIndex = c2 + 1; continue }
        if (dir > 0) { open = i; openFamily = family; openStraight = c === '"'; inner = -1; continued = false }
        continue
      }
      if (family !== openFamily) continue // a « inside “…” or the reverse is nested, not a close
      // A quotation opened with a straight mark may hold a curly pair, and one opened with a curly
      // mark a straight pair ("… on “Night Desk.” And …"): an opening of the other shape, by its
      // context, nests until a close of that shape (kept as a nested span), and a close of that shape never ends
      // the outer one.
      if (family === 'double') {
        const straight = c === '"'
        if (straight !== openStraight) {
          if (inner >= 0) {
            if (dir < 0 || c === '”') {
              if (i > inner + 1) out.push({ start: inner + 1, end: i, open: inner, close: i, closeEnd: i + 1, family, para: pi, continues: false, continued: false })
              inner = -1
            }
            continue
          }
          if (i > open + 1 && contextDirection(text, i, s, e) > 0 && c !== '”' && hasCloseOfShape(text, i + 1, e, straight)) { inner = i; continue }
        } else inner = -1
      }
      if (dir < 0 || c === '”' || c === '»') {
        if (i > open + 1) {
          out.push({ start: open + 1, end: i, open, close: i, closeEnd: i + 1, family, para: pi, continues: false, continued })
        }
        open = -1
        continued = false
      } else if (i === open + 1) {
        open = i // doubled opening mark (“"): keep the later one
      } else if (c === '“' && /[.!?] $/.test(text.slice(i - 2, i)) && /\p{Lu}/u.test(text[i + 1] ?? '')) {
        // A new sentence opening with “ while one is open: the earlier quotation lost its closing mark.
        out.push({ start: open + 1, end: i - 1, open, close: -1, closeEnd: i - 1, family, para: pi, continues: false, continued })
        open = i
        continued = false
      }
    }
    carried = false
    if (open >= 0 && open + 1 < e) {
      const next = paras[pi + 1]
      const nc = next ? text[next.start] : ''
      const reopens = nc === '"' || nc === '“' || nc === '«' || nc === '„'
      // An unclosed quotation: either it continues in the next paragraph, or the closing mark is
      // missing (a typo); both keep the rest of the paragraph as the quote.
      out.push({ start: open + 1, end: e, open, close: -1, closeEnd: e, family: openFamily, para: pi, continues: reopens, continued })
      carried = reopens
    }
  }
}

/** A closing double mark of the given shape (straight or curly) follows before the paragraph end. */
function hasCloseOfShape(text: string, from: number, e: number, straight: boolean): boolean {
  for (let j = from; j < e; j++) {
    const c = text[j]
    if (straight ? c === '"' : c === '”' || c === '“') {
      if (c === '”' || contextDirection(text, j, from - 1, e) < 0) return true
    }
  }
  return false
}

// Words that start with an apostrophe rather than an opening single quote.
const ELISION = /^(?:n'|n’|em\b|tis\b|twas\b|til\b|cause\b|bout\b|round\b|cos\b|s\b|d\b|ll\b|re\b|ve\b|\d0s\b|\d\ds?\b)/i

function isSingleOpen(text: string, i: number, s: number, e: number): boolean {
  const c = text[i]
  if (c !== '‘' && c !== "'") return false
  if (c === "'" && (text[i + 1] === "'" || text[i - 1] === "'")) return false
  const prev = i > s ? text[i - 1] : ' '
  if (!(OPEN_CTX.has(prev) || prev === '"' || prev === '“' || prev === '(')) return false
  if (i + 1 >= e) return false
  const next = text[i + 1]
  if (!isWordChar(next) && next !== '"' && next !== '“' && next !== '.' && next !== '…') return false
  return !ELISION.test(text.slice(i + 1, i + 6))
}

function isSingleClose(text: string, i: number, e: number): boolean {
  const c = text[i]
  if (c !== '’' && c !== "'") return false
  if (c === "'" && (text[i + 1] === "'" || text[i - 1] === "'")) return false
  const prev = text[i - 1]
  if (prev === undefined || /\s/.test(prev)) return false
  const next = i + 1 < e ? text[i + 1] : ' '
  return !isWordChar(next)
}

function scanSingles(text: string, paras: Span[], out: RawQuote[]): void {
  for (let pi = 0; pi < paras.length; pi++) {
    const { start: s, end: e } = paras[pi]
    let i = s
    while (i < e) {
      if (!isSingleOpen(text, i, s, e)) { i++; continue }
      let close = -1
      for (let j = i + 2; j < e; j++) {
        if (isSingleOpen(text, j, s, e)) break // a second opening first: this one was an apostrophe
        if (!isSingleClose(text, j, e)) continue
        // "the voters' choice": a plural possessive, when a later close exists, is not the close.
        if (text[j - 1] === 's' && text[j + 1] === ' ' && isWordChar(text[j + 2]) && hasLaterClose(text, j + 1, e)) continue
        close = j
        break
      }
      if (close < 0) { i++; continue }
      out.push({ start: i + 1, end: close, open: i, close, closeEnd: close + 1, family: 'single', para: pi, continues: false, continued: false })
      i = close + 1
    }
  }
}

function hasLaterClose(text: string, from: number, e: number): boolean {
  for (let j = from; j < e; j++) if (isSingleClose(text, j, e)) return true
  return false
}

/**
 * Two apostrophes used as a double quotation mark (''like this'', an old typewriter and archive
 * convention). Paired within a paragraph, opening after a space, closing before one.
 */
function scanApostrophePairs(text: string, paras: Span[], out: RawQuote[]): void {
  for (let pi = 0; pi < paras.length; pi++) {
    const { start: s, end: e } = paras[pi]
    let open = -1
    let i = text.indexOf("''", s)
    while (i >= 0 && i + 1 < e) {
      const prev = i > s ? text[i - 1] : ' '
      const next = i + 2 < e ? text[i + 2] : ' '
      if (open < 0 && !isWordChar(prev)) open = i
      else if (open >= 0 && !isWordChar(next) && i > open + 2) {
        out.push({ start: open + 2, end: i, open, close: i, closeEnd: i + 2, family: 'apostrophes', para: pi, continues: false, continued: false })
        open = -1
      }
      i = text.indexOf("''", i + 2)
    }
  }
}

export function scanQuotes(text: string, paras: Span[]): RawQuote[] {
  const out: RawQuote[] = []
  scanDoubles(text, paras, out)
  if (text.includes("''")) scanApostrophePairs(text, paras, out)
  scanSingles(text, paras, out)
  out.sort((a, b) => a.start - b.start || b.end - a.end)
  return out
}
