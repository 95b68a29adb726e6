// Placeholder until the read stage lands.
import type { ReadArticle } from '../../shared/model.ts'

export class ReadError extends Error {
  readonly code: string
  constructor(code: string, message: string) {
    super(message)
    this.code = code
    this.name = 'ReadError'
  }
}

export function readArticle(bytes: Uint8Array, _fileName: string): ReadArticle {
  const text = new TextDecoder('utf-8').decode(bytes)
  return {
    text,
    format: 'txt',
    encoding: 'utf-8',
    meta: { headline: null, byline: null, outlet: null, dateline: null, date: null, dateRule: 'undated' },
    dropped: [],
  }
}
