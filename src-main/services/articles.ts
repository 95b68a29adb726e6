// The app's article list, reader and delete-with-undo. Deleting keeps a snapshot of every row that
// goes with the article (speakers, names, quotes, decisions, sheet links) so that undo puts back
// exactly what was there, with the same ids, in one transaction.
import type { Db } from '../store/open.ts'
import { quotesByIds, type QuoteRow } from '../store/quotes.ts'
import { NEEDS_REVIEW_BELOW } from '../shared/model.ts'

export const ARTICLE_SORTS = ['date', 'title', 'outlet', 'quotes', 'imported'] as const
export type ArticleSort = (typeof ARTICLE_SORTS)[number]

export interface ArticleSummary {
  id: number
  title: string | null
  outlet: string | null
  date: string | null
  source: string
  importedAt: string
  quotes: number
}

export interface ArticleDetail extends ArticleSummary {
  byline: string | null
  dateline: string | null
  dateRule: string
  format: string
  text: string
  /** Quotes (not candidates) in text order, with speaker, rule, confidence and any decision. */
  quoteRows: QuoteRow[]
}

export interface ArticleListOptions {
  filter?: string
  sort?: ArticleSort
  desc?: boolean
}

export interface LibraryCounts {
  articles: number
  quotes: number
  speakers: number
  /** Attributions no one has decided on (the Review queue). */
  review: number
  /** Of those, the ones below the needs-review confidence. */
  needsReview: number
  sheets: number
}

const ORDER: Record<ArticleSort, string> = {
  date: "coalesce(a.date, '')",
  title: "coalesce(a.title, a.source) COLLATE NOCASE",
  outlet: "coalesce(a.outlet, '') COLLATE NOCASE",
  quotes: 'quotes',
  imported: 'a.imported_at',
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c)

export function listArticles(db: Db, { filter, sort = 'date', desc = sort === 'date' || sort === 'imported' }: ArticleListOptions = {}): ArticleSummary[] {
  const where = filter?.trim() ? `WHERE (a.title LIKE @like ESCAPE '\\' OR a.outlet LIKE @like ESCAPE '\\' OR a.source LIKE @like ESCAPE '\\')` : ''
  return db
    .prepare<{ like: string }, ArticleSummary>(
      `SELECT a.id, a.title, a.outlet, a.date, a.source, a.imported_at AS importedAt,
              (SELECT count(*) FROM quotes q WHERE q.article_id = a.id AND q.kind <> 'candidate') AS quotes
         FROM articles a ${where}
        ORDER BY ${ORDER[sort]} ${desc ? 'DESC' : 'ASC'}, a.id`,
    )
    .all({ like: `%${escapeLike(filter?.trim() ?? '')}%` })
}

export function getArticle(db: Db, id: number): ArticleDetail | null {
  const row = db
    .prepare<[number], Omit<ArticleDetail, 'quoteRows' | 'quotes'>>(
      `SELECT id, title, outlet, date, source, imported_at AS importedAt, byline, dateline, date_rule AS dateRule,
              format, text FROM articles WHERE id = ?`,
    )
    .get(id)
  if (!row) return null
  const ids = db
    .prepare<[number], { id: number }>("SELECT id FROM quotes WHERE article_id = ? AND kind <> 'candidate' ORDER BY start, id")
    .all(id)
    .map((r) => r.id)
  const quoteRows = quotesByIds(db, ids)
  return { ...row, quotes: quoteRows.length, quoteRows }
}

export function libraryCounts(db: Db): LibraryCounts {
  return db
    .prepare<[number], LibraryCounts>(
      `SELECT (SELECT count(*) FROM articles) AS articles,
              (SELECT count(*) FROM quotes WHERE kind <> 'candidate') AS quotes,
              (SELECT count(DISTINCT person_id) FROM person_links) AS speakers,
              (SELECT count(*) FROM quotes q
                 LEFT JOIN decisions d ON d.article_id = q.article_id AND d.start = q.start AND d.end = q.end
                WHERE q.kind <> 'candidate' AND d.id IS NULL) AS review,
              (SELECT count(*) FROM quotes q
                 LEFT JOIN decisions d ON d.article_id = q.article_id AND d.start = q.start AND d.end = q.end
                WHERE q.kind <> 'candidate' AND d.id IS NULL AND q.confidence < ?) AS needsReview,
              (SELECT count(*) FROM sheets) AS sheets`,
    )
    .get(NEEDS_REVIEW_BELOW)!
}

type Row = Record<string, unknown>

/** Everything deleting these articles removes, so that undo can put it back. */
export interface DeletedArticles {
  articles: Row[]
  speakers: Row[]
  speakerNames: Row[]
  quotes: Row[]
  decisions: Row[]
  /** Which library person each article speaker is (user merges and splits included). */
  personLinks: Row[]
  /** sheet_items.id → the quote it linked to (the link becomes NULL when the quote goes). */
  sheetLinks: { id: number; quoteId: number }[]
}

const inIds = (column: string) => `${column} IN (SELECT value FROM json_each(?))`

export function deleteArticles(db: Db, ids: number[]): DeletedArticles {
  return db.transaction(() => {
    const json = JSON.stringify(ids)
    const all = (sql: string) => db.prepare<[string], Row>(sql).all(json)
    const snapshot: DeletedArticles = {
      articles: all(`SELECT * FROM articles WHERE ${inIds('id')}`),
      speakers: all(`SELECT * FROM speakers WHERE ${inIds('article_id')}`),
      speakerNames: all(`SELECT n.* FROM speaker_names n JOIN speakers s ON s.id = n.speaker_id WHERE ${inIds('s.article_id')}`),
      quotes: all(`SELECT * FROM quotes WHERE ${inIds('article_id')}`),
      decisions: all(`SELECT * FROM decisions WHERE ${inIds('article_id')}`),
      personLinks: all(`SELECT * FROM person_links WHERE ${inIds('article_id')}`),
      sheetLinks: db
        .prepare<[string], { id: number; quoteId: number }>(
          `SELECT i.id, i.quote_id AS quoteId FROM sheet_items i JOIN quotes q ON q.id = i.quote_id WHERE ${inIds('q.article_id')}`,
        )
        .all(json),
    }
    db.prepare(`DELETE FROM articles WHERE ${inIds('id')}`).run(json)
    return snapshot
  })()
}

function insertRows(db: Db, table: string, rows: Row[]): void {
  if (rows.length === 0) return
  // Column names come from our own SELECT *, never from the user.
  const columns = Object.keys(rows[0])
  const statement = db.prepare(
    `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`,
  )
  for (const row of rows) statement.run(row)
}

export class RestoreError extends Error {}

/** Puts deleted articles back as they were; fails whole (nothing restored) if the ids were reused. */
export function restoreArticles(db: Db, deleted: DeletedArticles): number {
  return db.transaction(() => {
    try {
      insertRows(db, 'articles', deleted.articles)
      insertRows(db, 'speakers', deleted.speakers)
      insertRows(db, 'speaker_names', deleted.speakerNames)
      insertRows(db, 'quotes', deleted.quotes)
      insertRows(db, 'decisions', deleted.decisions)
      insertRows(db, 'person_links', deleted.personLinks)
    } catch (error) {
      if ((error as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) {
        throw new RestoreError('The articles cannot be restored: the library changed since they were deleted (imported again?).')
      }
      throw error
    }
    const relink = db.prepare('UPDATE sheet_items SET quote_id = ? WHERE id = ? AND quote_id IS NULL')
    for (const link of deleted.sheetLinks) relink.run(link.quoteId, link.id)
    return deleted.articles.length
  })()
}
