// Search over the articles' text, with the same forgiving words as quote search (its own vocabulary),
// ranked by FTS5's bm25, with a highlighted snippet of where the words are.
import type { Db } from '../../store/open.ts'
import { articleClauses } from '../../store/quotes.ts'
import type { Span } from '../../shared/model.ts'
import { IndexTermsCache, planQuery } from './ftsPlan.ts'

export interface ArticleHit {
  article: { id: number; title: string | null; outlet: string | null; date: string | null; source: string }
  /** A stretch of the article around the words found, and where they are in it. */
  snippet: { text: string; highlights: Span[] }
}

export interface ArticleSearchOptions {
  outlet?: string
  from?: string
  to?: string
  limit?: number
}

// Control characters never occur in stored text, so they can mark the hits in snippet() safely.
const OPEN = '\u0002'
const CLOSE = '\u0003'

function unmark(marked: string): { text: string; highlights: Span[] } {
  let text = ''
  const highlights: Span[] = []
  let open = -1
  for (const ch of marked) {
    if (ch === OPEN) open = text.length
    else if (ch === CLOSE && open >= 0) {
      highlights.push({ start: open, end: text.length })
      open = -1
    } else text += ch
  }
  return { text, highlights }
}

export class ArticleSearch {
  private readonly db: Db
  private readonly terms: IndexTermsCache

  constructor(db: Db) {
    this.db = db
    // A temporary vocabulary: no migration, and it reads the live index of this connection's library.
    db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_vocab USING fts5vocab(main, articles_fts, 'row')")
    this.terms = new IndexTermsCache(db, 'temp.articles_vocab', 'SELECT count(*) AS n FROM articles')
  }

  search(query: string, options: ArticleSearchOptions = {}): { hits: ArticleHit[]; variants: { word: string; terms: string[] }[] } {
    const limit = options.limit ?? 20
    const { expressions, variants } = planQuery(query, this.terms.get())
    const { where, params } = articleClauses(options)
    const statement = this.db.prepare<string[], { id: number; title: string | null; outlet: string | null; date: string | null; source: string; snippet: string }>(
      `SELECT a.id, a.title, a.outlet, a.date, a.source,
              snippet(articles_fts, 1, '${OPEN}', '${CLOSE}', '…', 24) AS snippet
         FROM articles_fts f JOIN articles a ON a.id = f.rowid
        WHERE articles_fts MATCH ? ${where.map((w) => `AND ${w}`).join(' ')}
        ORDER BY f.rank LIMIT ${limit}`,
    )
    const hits = new Map<number, ArticleHit>()
    for (const expression of expressions) {
      for (const row of statement.all(expression, ...params)) {
        if (hits.has(row.id) || hits.size >= limit) continue
        hits.set(row.id, {
          article: { id: row.id, title: row.title, outlet: row.outlet, date: row.date, source: row.source },
          snippet: unmark(row.snippet),
        })
      }
    }
    return { hits: [...hits.values()], variants }
  }
}
