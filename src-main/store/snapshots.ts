// Provenance: the original bytes an article was read from (stored compressed when that pays: text
// and HTML shrink to a third, and a smaller library imports faster), and an article's versions.
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import type { Db } from './open.ts'

/** Text-like bytes deflate well; PDFs, Word files and e-books are compressed already and stay as they are. */
export function packSnapshot(bytes: Uint8Array): { bytes: Buffer; compression: 'deflate' | null } {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.byteLength < 256) return { bytes: raw, compression: null }
  const packed = deflateRawSync(raw, { level: 1 })
  return packed.byteLength < bytes.byteLength * 0.9 ? { bytes: packed, compression: 'deflate' } : { bytes: raw, compression: null }
}

export function unpackSnapshot(bytes: Buffer, compression: string | null): Uint8Array {
  return new Uint8Array(compression === 'deflate' ? inflateRawSync(bytes) : bytes)
}

export interface Original {
  articleId: number
  title: string | null
  source: string
  link: string | null
  format: string
  importedAt: string
  /** Null for an article imported before Verbatim kept originals. */
  snapshot: { sha256: string; bytes: Uint8Array; size: number; fileName: string; mediaType: string | null; capturedAt: string } | null
}

interface OriginalRow {
  id: number
  title: string | null
  source: string
  link: string | null
  format: string
  imported_at: string
  sha256: string | null
  bytes: Buffer | null
  compression: string | null
  size: number | null
  file_name: string | null
  media_type: string | null
  captured_at: string | null
}

const SELECT_ORIGINAL = `SELECT a.id, a.title, a.source, a.link, a.format, a.imported_at,
       s.sha256, s.bytes, s.compression, s.size, s.file_name, s.media_type, s.captured_at
  FROM articles a LEFT JOIN snapshots s ON s.id = a.snapshot_id`

function toOriginal(r: OriginalRow): Original {
  return {
    articleId: r.id,
    title: r.title,
    source: r.source,
    link: r.link,
    format: r.format,
    importedAt: r.imported_at,
    snapshot: r.sha256 === null
      ? null
      : { sha256: r.sha256, bytes: unpackSnapshot(r.bytes!, r.compression), size: r.size!, fileName: r.file_name!, mediaType: r.media_type, capturedAt: r.captured_at! },
  }
}

export function originalOfArticle(db: Db, articleId: number): Original | null {
  const row = db.prepare<[number], OriginalRow>(`${SELECT_ORIGINAL} WHERE a.id = ?`).get(articleId)
  return row ? toOriginal(row) : null
}

export function originalOfQuote(db: Db, quoteId: number): Original | null {
  const row = db
    .prepare<[number], OriginalRow>(`${SELECT_ORIGINAL} WHERE a.id = (SELECT article_id FROM quotes WHERE id = ?)`)
    .get(quoteId)
  return row ? toOriginal(row) : null
}

export interface ArticleVersion {
  id: number
  title: string | null
  source: string
  link: string | null
  importedAt: string
  capturedAt: string | null
  sha256: string
  text: string
  previousVersionId: number | null
}

interface VersionRow {
  id: number
  title: string | null
  source: string
  link: string | null
  imported_at: string
  captured_at: string | null
  sha256: string
  text: string
  previous_version_id: number | null
}

/** Every version of the article's chain, oldest first; null when there is no such article. */
export function versionsOf(db: Db, articleId: number): ArticleVersion[] | null {
  const one = db.prepare<[number], VersionRow>(
    `SELECT a.id, a.title, a.source, a.link, a.imported_at, s.captured_at, a.sha256, a.text, a.previous_version_id
       FROM articles a LEFT JOIN snapshots s ON s.id = a.snapshot_id WHERE a.id = ?`,
  )
  const next = db.prepare<[number], { id: number }>('SELECT id FROM articles WHERE previous_version_id = ? ORDER BY id LIMIT 1')
  const start = one.get(articleId)
  if (!start) return null
  const chain: VersionRow[] = [start]
  const seen = new Set([start.id])
  for (let r = start; r.previous_version_id !== null && !seen.has(r.previous_version_id); ) {
    const prev = one.get(r.previous_version_id)
    if (!prev) break
    seen.add(prev.id)
    chain.unshift(prev)
    r = prev
  }
  for (let id = next.get(start.id)?.id; id !== undefined && !seen.has(id); id = next.get(id)?.id) {
    const row = one.get(id)!
    seen.add(id)
    chain.push(row)
  }
  return chain.map((r) => ({
    id: r.id, title: r.title, source: r.source, link: r.link, importedAt: r.imported_at, capturedAt: r.captured_at,
    sha256: r.sha256, text: r.text, previousVersionId: r.previous_version_id,
  }))
}
