import { ReadError } from './errors.ts'

// Magic numbers of the formats most often renamed to .txt by accident; checked before the byte
// statistics because a PDF or an SVG-less zip can start with several KB of printable bytes.
const MAGIC: { name: string; bytes: number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'zip archive (or .docx/.xlsx)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'old Word/Excel document', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'RTF document', bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] },
]

const SAMPLE = 8192
/** Share of C0 control bytes (other than tab, newlines, form feed, escape) above which it's not text. */
const MAX_CONTROL_RATIO = 0.02

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  if (bytes.length < magic.length) return false
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false
  return true
}

/**
 * UTF-16 without a BOM is full of NULs too; tell it apart by where they sit (ASCII text in UTF-16LE
 * has a NUL in every odd byte). Returns the encoding or null.
 */
export function sniffBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1
  if (n < 4) return null
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  const pairs = n / 2
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.02) return 'utf-16le'
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.02) return 'utf-16be'
  return null
}

/** Throws ReadError('binary') when the first few KB are not text in any single-byte-compatible encoding. */
export function assertNotBinary(bytes: Uint8Array, fileName: string): void {
  for (const m of MAGIC) {
    if (startsWith(bytes, m.bytes)) {
      throw new ReadError('binary', `${fileName} is binary (a ${m.name}), not a text article.`)
    }
  }
  const n = Math.min(bytes.length, SAMPLE)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]
    if (b === 0) {
      throw new ReadError('binary', `${fileName} contains binary data (NUL bytes), not text.`)
    }
    // 9 tab, 10 LF, 12 FF, 13 CR, 27 ESC are seen in real text files; the rest are not.
    if ((b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) || b === 127) control++
  }
  if (control > n * MAX_CONTROL_RATIO) {
    throw new ReadError('binary', `${fileName} looks like binary data (control characters), not text.`)
  }
}
