// The articles table and what hangs off it: one article, its speakers, names and quotes are
// written in a single transaction, so a failure leaves nothing half-written.
import type { Db } from './open.ts'
import { packSnapshot } from './snapshots.ts'
import type { AnalyzedText, ReadArticle } from '../shared/model.ts'

export interface Snapshot {
  sha256: string
  bytes: Uint8Array
  fileName: string
  mediaType?: string | null
  capturedAt: string
}

export interface NewArticle {
  sha256: string
  source: string
  read: ReadArticle
  analyzed: AnalyzedText
  importedAt?: string
  /** The original bytes it was read from, stored once per SHA-256 in the same transaction. */
  snapshot?: Snapshot
  /** A feed item's or fetched page's URL. */
  link?: string | null
}

/** Headlines shorter than this are too generic ("Live updates") to say two articles are versions. */
const MIN_VERSION_HEADLINE = 15

export interface StoredArticleSummary {
  id: number
  quotes: number
  /** The article this one is a newer version of, if any. */
  previousVersionId: number | null
}

export class ArticlesTable {
  readonly db: Db
  private readonly bySha
  private readonly insertArticleStmt
  private readonly insertSpeaker
  private readonly insertName
  private readonly insertQuote
  private readonly insertSnapshot
  private readonly snapshotBySha
  private readonly latestByLink
  private readonly latestBySource
  private readonly latestByTitle
  readonly insert: (article: NewArticle) => StoredArticleSummary

  /** afterWrite runs inside each article's transaction, after the article is written. */
  constructor(db: Db, afterWrite?: (articleId: number) => void) {
    this.db = db
    this.bySha = db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE sha256 = ?')
    this.insertArticleStmt = db.prepare(
      `INSERT INTO articles (sha256, source, format, encoding, title, byline, outlet, dateline, date, date_rule,
                             text, dropped, imported_at, snapshot_id, link, previous_version_id)
       VALUES (@sha256, @source, @format, @encoding, @title, @byline, @outlet, @dateline, @date, @dateRule,
               @text, @dropped, @importedAt, @snapshotId, @link, @previousVersionId)`,
    )
    this.insertSnapshot = db.prepare(
      `INSERT INTO snapshots (sha256, bytes, compression, size, file_name, media_type, captured_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (sha256) DO NOTHING RETURNING id`,
    )
    this.snapshotBySha = db.prepare<[string], { id: number }>('SELECT id FROM snapshots WHERE sha256 = ?')
    this.latestByLink = db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE link = ? ORDER BY id DESC LIMIT 1')
    this.latestBySource = db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE source = ? ORDER BY id DESC LIMIT 1')
    this.latestByTitle = db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE title = ? ORDER BY id DESC LIMIT 1')
    this.insertSpeaker = db.prepare(
      'INSERT INTO speakers (article_id, name, is_descriptor, title) VALUES (?, ?, ?, ?)',
    )
    this.insertName = db.prepare('INSERT OR IGNORE INTO speaker_names (speaker_id, name) VALUES (?, ?)')
    this.insertQuote = db.prepare(
      `INSERT INTO quotes (article_id, start, end, text, kind, quote_rule, speaker_id, mention, mention_start,
                           mention_end, rule, confidence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    this.insert = db.transaction((article: NewArticle) => {
      const stored = this.write(article)
      // In the same transaction: what hangs off a new article elsewhere (its speakers' people links).
      afterWrite?.(stored.id)
      return stored
    })
  }

  idBySha(sha256: string): number | null {
    return this.bySha.get(sha256)?.id ?? null
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
  }

  private snapshotId(snapshot: Snapshot | undefined): number | null {
    if (!snapshot) return null
    const { sha256, bytes, fileName, mediaType, capturedAt } = snapshot
    const existing = this.snapshotBySha.get(sha256)
    if (existing) return existing.id
    const packed = packSnapshot(bytes)
    const inserted = this.insertSnapshot.get(sha256, packed.bytes, packed.compression, bytes.byteLength, fileName, mediaType ?? null, capturedAt) as { id: number } | undefined
    return inserted?.id ?? this.snapshotBySha.get(sha256)!.id
  }

  /**
   * The latest stored article this one is a new version of: the same link, else the same source,
   * else the same (specific enough) headline. Its bytes differ (the same bytes are a duplicate, never
   * stored twice), though its text may not (a page saved again with other scripts around it).
   */
  private previousVersion(source: string, link: string | null, title: string | null): number | null {
    const candidate =
      (link ? this.latestByLink.get(link) : undefined) ??
      this.latestBySource.get(source) ??
      (title && title.length >= MIN_VERSION_HEADLINE ? this.latestByTitle.get(title) : undefined)
    return candidate ? candidate.id : null
  }

  private write({ sha256, source, read, analyzed, importedAt, snapshot, link }: NewArticle): StoredArticleSummary {
    const { meta } = read
    const snapshotId = this.snapshotId(snapshot)
    const previousVersionId = this.previousVersion(source, link ?? null, meta.headline)
    const articleId = Number(
      this.insertArticleStmt.run({
        sha256,
        source,
        format: read.format,
        encoding: read.encoding,
        title: meta.headline,
        byline: meta.byline,
        outlet: meta.outlet,
        dateline: meta.dateline,
        date: meta.date,
        dateRule: meta.dateRule,
        text: read.text,
        dropped: JSON.stringify(read.dropped),
        importedAt: importedAt ?? new Date().toISOString(),
        snapshotId,
        link: link ?? null,
        previousVersionId,
      }).lastInsertRowid,
    )
    const speakerIds = analyzed.speakers.map((speaker) => {
      const id = Number(
        this.insertSpeaker.run(articleId, speaker.name, speaker.isDescriptor ? 1 : 0, speaker.title).lastInsertRowid,
      )
      for (const name of new Set([speaker.name, ...speaker.names])) this.insertName.run(id, name)
      return id
    })
    for (const quote of analyzed.quotes) {
      if (read.text.slice(quote.start, quote.end) !== quote.text) {
        throw new Error(`Quote offsets ${quote.start}-${quote.end} do not point at its text in the stored article`)
      }
      const { speaker, mention, rule, confidence } = quote.attribution
      if (speaker !== null && speakerIds[speaker] === undefined) {
        throw new Error(`Quote at ${quote.start} names speaker #${speaker}, which the article does not have`)
      }
      this.insertQuote.run(
        articleId,
        quote.start,
        quote.end,
        quote.text,
        quote.kind,
        quote.rule,
        speaker === null ? null : speakerIds[speaker],
        mention?.text ?? null,
        mention?.start ?? null,
        mention?.end ?? null,
        rule,
        confidence,
      )
    }
    return { id: articleId, quotes: analyzed.quotes.filter((q) => q.kind !== 'candidate').length, previousVersionId }
  }
}
