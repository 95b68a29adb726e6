import { describe, expect, it } from 'vitest'
import { decodeBytes } from './decode.ts'
import { ReadError } from './errors.ts'

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0))

describe('decodeBytes', () => {
  it('reads UTF-8 without a BOM', () => {
    const d = decodeBytes(new TextEncoder().encode('He said “héllo” — 한국'), 'a.txt', false)
    expect(d).toEqual({ text: 'He said “héllo” — 한국', encoding: 'utf-8', replaced: 0 })
  })

  it('strips the UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('café')])
    expect(decodeBytes(bytes, 'a.txt', false).text).toBe('café')
  })

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('“Quote,” he said. 한국', 'utf16le')])
    expect(decodeBytes(le, 'a.txt', false)).toMatchObject({ text: '“Quote,” he said. 한국', encoding: 'utf-16le' })
    const swapped = Buffer.from('Hi “there”', 'utf16le').swap16()
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), swapped])
    expect(decodeBytes(be, 'a.txt', false)).toMatchObject({ text: 'Hi “there”', encoding: 'utf-16be' })
  })

  it('reads UTF-16 LE without a BOM instead of calling it binary', () => {
    const le = Buffer.from('Plain words in UTF-16, no byte order mark at all.', 'utf16le')
    expect(decodeBytes(le, 'a.txt', false).encoding).toBe('utf-16le')
  })

  it('reads Windows-1252 curly quotes and accents', () => {
    const bytes = new Uint8Array([
      ...ascii('The minister said '), 0x93, ...ascii('we will act'), 0x94, ...ascii(' at the caf'), 0xe9, ...ascii(' on Monday.'),
    ])
    const d = decodeBytes(bytes, 'a.txt', false)
    expect(d.encoding).toBe('windows-1252')
    expect(d.text).toBe('The minister said “we will act” at the café on Monday.')
  })

  it('reads EUC-KR Korean', () => {
    // "한국어 문장입니다." hand-encoded: 한 C7D1, 국 B1B9, 어 BEEE, 문 B9AE, 장 C0E5, 입 C0D4, 니 B4CF, 다 B4D9
    const bytes = new Uint8Array([0xc7, 0xd1, 0xb1, 0xb9, 0xbe, 0xee, 0x20, 0xb9, 0xae, 0xc0, 0xe5, 0xc0, 0xd4, 0xb4, 0xcf, 0xb4, 0xd9, 0x2e])
    expect(decodeBytes(bytes, 'a.txt', false)).toMatchObject({ text: '한국어 문장입니다.', encoding: 'euc-kr' })
  })

  it('honours a <meta charset> that the bytes agree with', () => {
    const bytes = new Uint8Array([...ascii('<html><head><meta charset="windows-1252"></head><body><p>'), 0x93, ...ascii('Hi'), 0x94, ...ascii('</p></body></html>')])
    expect(decodeBytes(bytes, 'a.html', true)).toMatchObject({ encoding: 'windows-1252' })
    expect(decodeBytes(bytes, 'a.html', true).text).toContain('“Hi”')
  })

  it('honours <meta charset="euc-kr"> on a Korean page', () => {
    const han = [0xc7, 0xd1, 0xb1, 0xb9] // 한국
    const bytes = new Uint8Array([...ascii('<meta http-equiv="Content-Type" content="text/html; charset=euc-kr"><p>'), ...han, ...ascii('</p>')])
    expect(decodeBytes(bytes, 'a.html', true)).toMatchObject({ encoding: 'euc-kr', text: expect.stringContaining('<p>한국</p>') })
  })

  it('ignores a <meta charset> the bytes contradict (valid UTF-8 wins)', () => {
    const bytes = new TextEncoder().encode('<meta charset="euc-kr"><p>“Hi” 한국</p>')
    expect(decodeBytes(bytes, 'a.html', true)).toMatchObject({ encoding: 'utf-8', text: '<meta charset="euc-kr"><p>“Hi” 한국</p>' })
  })

  it('decodes damaged UTF-8 with replacement characters and counts them', () => {
    const good = new TextEncoder().encode('He said “yes” and “no” — twice. ')
    const bytes = new Uint8Array([...good, 0xe2, 0x80, ...ascii(' end.')]) // a cut-off “
    const d = decodeBytes(bytes, 'a.txt', false)
    expect(d.encoding).toBe('utf-8')
    expect(d.replaced).toBe(1)
    expect(d.text).toContain('\uFFFD')
  })

  it('keeps good curly quotes when broken bytes outnumber them', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('She said “no” twice. '), 0xc3, 0x28, 0xa0, 0xa1, 0x20, 0x41])
    const d = decodeBytes(bytes, 'a.txt', false)
    expect(d.encoding).toBe('utf-8')
    expect(d.text.startsWith('She said “no” twice. ')).toBe(true)
    expect(d.replaced).toBe(3)
  })

  it('keeps UTF-8 when the damage sits past a long ASCII start', () => {
    const bytes = new Uint8Array([...ascii('plain words. '.repeat(10_000)), 0xff, ...new TextEncoder().encode(' “quoted” 한국')])
    const d = decodeBytes(bytes, 'a.txt', false)
    expect(d.encoding).toBe('utf-8')
    expect(d.text.endsWith('\uFFFD “quoted” 한국')).toBe(true)
  })

  it('rejects binary content', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
    expect(() => decodeBytes(png, 'photo.txt', false)).toThrow(ReadError)
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0])
    expect(() => decodeBytes(zip, 'a.txt', false)).toThrow(/zip/)
    const controls = new Uint8Array(4000).map((_, i) => (i % 7 === 0 ? 0x01 : 0x41))
    expect(() => decodeBytes(controls, 'a.txt', false)).toThrow(/control/)
  })
})
