// Fetching a web page to import it (verbatim import https://…). One bounded request: a timeout over
// the whole exchange (connect, headers, body) and a size cap, so an offline machine or a server that
// never answers gives a one-line error quickly instead of a hang. The bytes are kept as fetched.
import { CodedError } from '../shared/errors.ts'
import type { FetchedPage } from './importer.ts'
import { MAX_ARTICLE_BYTES } from './importer.ts'

export const FETCH_TIMEOUT_MS = 15_000

export class FetchError extends CodedError {}

export const isUrl = (arg: string) => /^https?:\/\//i.test(arg)

// Content types → the extension that picks the reader.
const BY_TYPE: Record<string, string> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
  'application/rss+xml': 'rss',
  'application/atom+xml': 'atom',
  'application/xml': 'xml',
  'text/xml': 'xml',
  'text/plain': 'txt',
  'text/markdown': 'md',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/epub+zip': 'epub',
  'message/rfc822': 'eml',
}

function fileNameFor(url: URL, mediaType: string | null): string {
  const last = decodeURIComponent(url.pathname.split('/').pop() ?? '').replace(/[^\w.-]+/g, '_').slice(-80) || 'page'
  const ext = (mediaType && BY_TYPE[mediaType]) ?? (/\.([a-z0-9]{2,8})$/i.exec(last)?.[1] ?? 'html')
  const stem = last.replace(/\.[a-z0-9]{2,8}$/i, '') || 'page'
  return `${stem}.${ext}`
}

function networkReason(error: unknown, timeoutMs: number): FetchError {
  const e = error as Error & { cause?: { code?: string; message?: string } }
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') {
    return new FetchError('timeout', `no answer within ${Math.round(timeoutMs / 1000)} s (is the machine offline?)`)
  }
  const code = e?.cause?.code ?? (e as { code?: string })?.code
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new FetchError('offline', 'cannot look up the server name (is the machine offline?)')
    case 'ECONNREFUSED':
      return new FetchError('refused', 'the server refused the connection')
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return new FetchError('offline', 'the network is unreachable (is the machine offline?)')
    case 'ECONNRESET':
      return new FetchError('reset', 'the connection was cut')
    case 'UND_ERR_CONNECT_TIMEOUT':
      return new FetchError('timeout', 'could not connect in time (is the machine offline?)')
    default:
      return new FetchError('network', `could not be fetched: ${e?.cause?.message ?? e?.message ?? String(error)}`)
  }
}

export interface FetchOptions {
  timeoutMs?: number
  maxBytes?: number
}

export async function fetchPage(address: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS
  const maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES
  let url: URL
  try {
    url = new URL(address)
  } catch {
    throw new FetchError('bad-url', 'is not a valid URL')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError('bad-url', 'only http:// and https:// addresses can be imported')
  const signal = AbortSignal.timeout(timeoutMs)
  let response: Response
  try {
    response = await fetch(url, {
      signal,
      redirect: 'follow',
      headers: {
        'user-agent': 'Verbatim (news quote library; one page on request)',
        accept: 'text/html,application/xhtml+xml,application/pdf,application/rss+xml,application/atom+xml,text/plain;q=0.9,*/*;q=0.5',
      },
    })
  } catch (error) {
    throw networkReason(error, timeoutMs)
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => {})
    throw new FetchError('http-status', `the server answered ${response.status} ${response.statusText}`.trim())
  }
  const declared = Number(response.headers.get('content-length') ?? NaN)
  if (declared > maxBytes) {
    void response.body?.cancel().catch(() => {})
    throw new FetchError('too-large', `the page is too large for one article (${(declared / 1024 / 1024).toFixed(1)} MB)`)
  }
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    const reader = response.body!.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) {
        void reader.cancel().catch(() => {})
        throw new FetchError('too-large', `the page is too large for one article (over ${(maxBytes / 1024 / 1024).toFixed(0)} MB)`)
      }
      chunks.push(value)
    }
  } catch (error) {
    if (error instanceof FetchError) throw error
    throw networkReason(error, timeoutMs)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const c of chunks) {
    bytes.set(c, offset)
    offset += c.byteLength
  }
  const mediaType = response.headers.get('content-type')?.split(';')[0].trim().toLowerCase() || null
  const finalUrl = response.url || url.href
  return { url: address, finalUrl, fileName: fileNameFor(new URL(finalUrl), mediaType), bytes, mediaType, fetchedAt: new Date().toISOString() }
}
