import { describe, expect, it } from 'vitest'
import { ReadError, readArticle } from './index.ts'

const enc = (s: string) => new TextEncoder().encode(s)
const codeOf = (fn: () => unknown): string | null => {
  try {
    fn()
    return null
  } catch (e) {
    expect(e).toBeInstanceOf(ReadError)
    expect((e as Error).message).not.toContain('\n')
    return (e as ReadError).code
  }
}

describe('readArticle errors', () => {
  it('rejects an empty or blank file', () => {
    expect(codeOf(() => readArticle(new Uint8Array(), 'a.txt'))).toBe('empty')
    expect(codeOf(() => readArticle(enc(' \n\n\t '), 'a.txt'))).toBe('empty')
  })

  it('rejects binary files renamed .txt', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
    expect(codeOf(() => readArticle(png, 'photo.txt'))).toBe('binary')
    expect(() => readArticle(png, 'photo.txt')).toThrow('photo.txt is binary (a PNG image), not a text article.')
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0])
    expect(codeOf(() => readArticle(zip, 'archive.txt'))).toBe('binary')
    const junk = new Uint8Array(3000).map((_, i) => (i * 7919) % 256)
    expect(codeOf(() => readArticle(junk, 'random.txt'))).toBe('binary')
  })

  it('rejects a file with nothing but boilerplate', () => {
    expect(codeOf(() => readArticle(enc('Back To Top\nMOST POPULAR\nsubscribe\n(END)'), 'a.txt'))).toBe('no-text')
  })

  it('rejects unsupported extensions', () => {
    expect(codeOf(() => readArticle(enc('hello'), 'a.rtf'))).toBe('unsupported-format')
    expect(codeOf(() => readArticle(enc('hello'), 'README'))).toBe('unsupported-format')
  })

  it('never throws anything but ReadError on arbitrary bytes', () => {
    let seed = 42
    for (let n = 0; n < 200; n++) {
      const len = (n * 37) % 700
      const bytes = new Uint8Array(len).map(() => {
        seed = (seed * 1103515245 + 12345) % 2147483648
        // Mostly text-like bytes so the decoders, not only the binary check, get exercised.
        return seed % 5 === 0 ? 0x80 + (seed % 128) : 0x20 + (seed % 95)
      })
      for (const name of ['x.txt', 'x.md', 'x.html']) {
        try {
          readArticle(bytes, name)
        } catch (e) {
          expect(e).toBeInstanceOf(ReadError)
        }
      }
    }
  })
})

describe('readArticle encodings end to end', () => {
  it('reports the encoding it used and keeps the words', () => {
    const body = 'Headline\n\nThe minister said '
    const bytes = new Uint8Array([...enc(body), 0x93, ...enc('no'), 0x94, ...enc('.')])
    const r = readArticle(bytes, 'a.txt')
    expect(r.encoding).toBe('windows-1252')
    expect(r.text).toBe('Headline\n\nThe minister said “no”.')
  })

  it('records invalid UTF-8 that was replaced', () => {
    const bytes = new Uint8Array([...enc('Headline\n\n“Yes,” he said — “twice.” '), 0xe2, 0x80, ...enc(' more.')])
    const r = readArticle(bytes, 'a.txt')
    expect(r.encoding).toBe('utf-8')
    expect(r.dropped[0].rule).toBe('invalid-utf-8')
  })
})

describe('large input', () => {
  it('reads a 50 MB text file in linear time', () => {
    const para = 'The committee met again on Tuesday and said "progress was made," according to a statement. '.repeat(5)
    const paras: string[] = ['A very long report']
    let size = 0
    while (size < 50 * 1024 * 1024) {
      paras.push(para)
      size += para.length + 2
    }
    const bytes = enc(paras.join('\n\n'))
    const t0 = performance.now()
    const r = readArticle(bytes, 'big.txt')
    const ms = performance.now() - t0
    expect(r.meta.headline).toBe('A very long report')
    expect(r.text.length).toBeGreaterThan(50 * 1024 * 1024 - 1000)
    console.log(`50 MB txt: ${ms.toFixed(0)} ms`)
  })

  it('reads a 50 MB file that is one single line', () => {
    const bytes = enc('word '.repeat(10 * 1024 * 1024))
    const r = readArticle(bytes, 'one-line.txt')
    expect(r.text.length).toBe(50 * 1024 * 1024) // line-end spaces are kept verbatim
  })
})
