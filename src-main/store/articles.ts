// The articles table and what hangs off it: one article, its speakers, names and quotes are
// written in a single transaction, so a failure leaves nothing half-written.
import type { Db } from './open.ts'
import type { AnalyzedText, ReadArticle } from '../shared/model.ts'

export interface NewArticle {
  sha256: string
  source: string
  read: ReadArticle
  analyzed: AnalyzedText
  importedAt?: string
}

export interface StoredArticleSummary {
  id: number
  quotes: number
}

export class ArticlesTable {
  private readonly db: Db
  private readonly bySha
  private readonly insertArticleStmt
  private readonly insertSpeaker
  private readonly insertName
  private readonly insertQuote
  readonly insert: (article: NewArticle) => StoredArticleSummary

  constructor(db: Db) {
    this.db = db
    this.bySha = db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE sha256 = ?')
    this.insertArticleStmt = db.prepare(
      `INSERT INTO articles (sha256, source, format, encoding, title, byline, outlet, dateline, date, date_rule,
                             text, dropped, imported_at)
       VALUES (@sha256, @source, @format, @encoding, @title, @byline, @outlet, @dateline, @date, @dateRule,
               @text, @dropped, @importedAt)`,
    )
    this.insertSpeaker = db.prepare(
      'INSERT INTO speakers (article_id, name, is_descriptor, title) VALUES (?, ?, ?, ?)',
    )
    this.insertName = db.prepare('INSERT OR IGNORE INTO speaker_names (speaker_id, name) VALUES (?, ?)')
    this.insertQuote = db.prepare(
      `INSERT INTO quotes (article_id, start, end, text, kind, quote_rule, speaker_id, mention, mention_start,
                           mention_end, rule, confidence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    this.insert = db.transaction((article: NewArticle) => this.write(article))
  }

  idBySha(sha256: string): number | null {
    return this.bySha.get(sha256)?.id ?? null
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
  }

  private write({ sha256, source, read, analyzed, importedAt }: NewArticle): StoredArticleSummary {
    const { meta } = read
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
    return { id: articleId, quotes: analyzed.quotes.filter((q) => q.kind !== 'candidate').length }
  }
}
