import chardet from 'chardet'
import { assertNotBinary, sniffBomlessUtf16 } from './binary.ts'

export interface Decoded {
  text: string
  /** WHATWG name of the encoding used ('utf-8', 'utf-16le', 'windows-1252', 'euc-kr', …). */
  encoding: string
  /** Set when invalid UTF-8 was decoded with U+FFFD replacement characters. */
  replaced: number
}

const SNIFF_BYTES = 65536
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

/** The WHATWG canonical name of a label, or null when TextDecoder doesn't know it. */
function canonical(label: string): string | null {
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding
  } catch {
    return null
  }
}

/** `<meta charset>` or the http-equiv form, read from the ASCII bytes of the head. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
  const m = /<meta[^>]{0,300}?charset\s*=\s*["']?\s*([\w.:-]{2,40})/i.exec(head)
  return m ? canonical(m[1]) : null
}

interface Utf8Stats {
  valid: number
  invalid: number
}

/**
 * Counts well-formed and broken multi-byte UTF-8 sequences, to tell damaged UTF-8 from another
 * encoding. Scans the whole file: one bad byte deep in an otherwise ASCII start must not turn a
 * UTF-8 file into windows-1252. Only reached when strict UTF-8 decoding has already failed.
 */
function utf8Stats(bytes: Uint8Array): Utf8Stats {
  const n = bytes.length
  let valid = 0
  let invalid = 0
  let i = 0
  while (i < n) {
    const b = bytes[i]
    if (b < 0x80) {
      i++
      continue
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0
    let ok = len > 0 && i + len <= n
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80
    if (ok) {
      valid++
      i += len
    } else {
      invalid++
      i++
    }
  }
  return { valid, invalid }
}

/**
 * Strict EUC-KR shape: every high byte pairs as lead 0xA1–0xFE + trail 0xA1–0xFE, mostly in the
 * Hangul block (lead 0xB0–0xC8). chardet misses short Korean texts, so this check goes first.
 */
function looksEucKr(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES)
  let pairs = 0
  let hangul = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]
    if (b < 0x80) continue
    if (i + 1 >= n) break // a pair cut by the sample boundary says nothing
    const t = bytes[i + 1]
    if (b < 0xa1 || b > 0xfe || t < 0xa1 || t > 0xfe) return false
    pairs++
    if (b >= 0xb0 && b <= 0xc8) hangul++
    i++
  }
  return pairs >= 2 && hangul >= pairs * 0.6
}

// chardet names ISO-8859-1 where browsers (and TextDecoder) use its superset windows-1252.
const CHARDET_ALIASES: Record<string, string> = { 'ISO-8859-1': 'windows-1252' }

function chardetGuess(bytes: Uint8Array): { encoding: string; text: string } | null {
  for (const m of chardet.analyse(bytes.subarray(0, SNIFF_BYTES))) {
    if (m.confidence < 30) break
    const label = canonical(CHARDET_ALIASES[m.name] ?? m.name)
    if (!label || label === 'utf-8' || label.startsWith('utf-16') || label.startsWith('utf-32')) continue
    const text = tryDecode(bytes, label)
    if (text !== null) return { encoding: label, text }
  }
  return null
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', skip: number): Decoded {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(skip))
  return { text, encoding, replaced: countReplacements(text) }
}

function highByteRatio(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SNIFF_BYTES)
  let high = 0
  for (let i = 0; i < n; i++) if (bytes[i] >= 0x80) high++
  return n === 0 ? 0 : high / n
}

function countReplacements(text: string): number {
  let n = 0
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++
  return n
}

/**
 * Bytes → string. Order: BOM, binary check, valid UTF-8 (the cheap common case: no chardet),
 * a consistent `<meta charset>` (HTML only), EUC-KR shape, damaged UTF-8, chardet, windows-1252.
 * Never throws except ReadError('binary').
 */
export function decodeBytes(bytes: Uint8Array, fileName: string, isHtml: boolean): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3)
    const text = tryDecode(body, 'utf-8')
    if (text !== null) return { text, encoding: 'utf-8', replaced: 0 }
    const lossy = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body)
    return { text: lossy, encoding: 'utf-8', replaced: countReplacements(lossy) }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le', 2)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be', 2)
  const bomless16 = sniffBomlessUtf16(bytes)
  if (bomless16) return decodeUtf16(bytes, bomless16, 0)

  assertNotBinary(bytes, fileName)

  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8', replaced: 0 }
  } catch {
    // not valid UTF-8: fall through to the guesses
  }

  if (isHtml) {
    const declared = declaredCharset(bytes)
    if (declared && declared !== 'utf-8' && !declared.startsWith('utf-16')) {
      const text = tryDecode(bytes, declared)
      // A Latin declaration on bytes shaped like Korean is the page lying (common on old portals).
      const contradicted = declared === 'windows-1252' && looksEucKr(bytes)
      if (text !== null && !contradicted) return { text, encoding: declared, replaced: 0 }
    }
  }

  if (looksEucKr(bytes)) {
    const text = tryDecode(bytes, 'euc-kr')
    if (text !== null) return { text, encoding: 'euc-kr', replaced: 0 }
  }

  // Well-formed multi-byte sequences almost never arise by chance in a single-byte encoding ("â€œ"
  // is mojibake, not prose), so a few of them outweigh several broken bytes.
  const stats = utf8Stats(bytes)
  if (stats.valid > 0 && stats.valid * 4 >= stats.invalid) {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    return { text, encoding: 'utf-8', replaced: countReplacements(text) }
  }

  const guess = chardetGuess(bytes)
  if (guess) return { ...guess, replaced: 0 }

  // windows-1252 maps every byte, so it never fails; it is only plausible when high bytes are the
  // occasional accented letter or curly quote among ASCII, not the bulk of the file.
  if (highByteRatio(bytes) < 0.3) {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', replaced: 0 }
  }
  const lossy = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  return { text: lossy, encoding: 'utf-8', replaced: countReplacements(lossy) }
}
