// Zip containers (DOCX, ODT, EPUB) opened with fflate, bounded: an entry may not claim more than
// MAX_ENTRY bytes, nor all entries together more than MAX_TOTAL, so a zip bomb is refused before
// anything is inflated (fflate inflates into a buffer of the declared size and never grows it).
import { unzipSync, zipSync, type Unzipped } from 'fflate'
import { ReadError } from './errors.ts'

const MAX_ENTRY = 64 * 1024 * 1024
const MAX_TOTAL = 256 * 1024 * 1024
const MAX_ENTRIES = 20_000

export const isZip = (bytes: Uint8Array) =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04

/** The entries `want` accepts (by name), inflated; ReadError('corrupt') for anything that is not a sound zip. */
export function unzip(bytes: Uint8Array, fileName: string, kind: string, want: (name: string) => boolean): Unzipped {
  if (!isZip(bytes)) throw new ReadError('corrupt', `${fileName} is not a ${kind} (not a zip container).`)
  let total = 0
  let entries = 0
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (++entries > MAX_ENTRIES) throw new ReadError('too-large', `${fileName} has too many parts to be a ${kind}.`)
        if (!want(file.name)) return false
        total += file.originalSize
        if (file.originalSize > MAX_ENTRY || total > MAX_TOTAL) {
          throw new ReadError('too-large', `${fileName} unpacks to more than a ${kind} article can hold (a zip bomb?).`)
        }
        if (file.compression !== 0 && file.compression !== 8) {
          throw new ReadError('corrupt', `${fileName} uses a zip compression Verbatim cannot read (method ${file.compression}).`)
        }
        return true
      },
    })
  } catch (error) {
    if (error instanceof ReadError) throw error
    throw new ReadError('corrupt', `${fileName} is a damaged ${kind}: ${(error as Error).message}`)
  }
}

/** The same entries stored again uncompressed: a clean, bounded zip for libraries that unzip by themselves. */
export function rezip(files: Unzipped): Uint8Array {
  return zipSync(files, { level: 0 })
}

const utf8 = new TextDecoder('utf-8')
export function entryText(files: Unzipped, name: string): string | null {
  const bytes = files[name]
  return bytes ? utf8.decode(bytes) : null
}
