// User decisions on attributions, keyed by where the quote stands in its article.
import type { Db } from './open.ts'

export type DecisionAction = 'accept' | 'correct' | 'reject'

export interface DecisionInput {
  quoteId: number
  action: DecisionAction
  /** The right speaker, for 'correct'. */
  speaker?: string
  by?: string
}

export class DecisionError extends Error {}

export class DecisionsTable {
  private readonly db: Db

  constructor(db: Db) {
    this.db = db
  }

  private place(quoteId: number) {
    const row = this.db
      .prepare<[number], { article_id: number; start: number; end: number }>('SELECT article_id, start, end FROM quotes WHERE id = ?')
      .get(quoteId)
    if (!row) throw new DecisionError(`There is no quote #${quoteId} in this library.`)
    return row
  }

  decide({ quoteId, action, speaker, by }: DecisionInput, now = new Date().toISOString()): void {
    const name = speaker?.trim().replace(/\s+/g, ' ')
    if (action === 'correct' && !name) throw new DecisionError('A correction needs the name of the person who said it.')
    const { article_id, start, end } = this.place(quoteId)
    this.db
      .prepare(
        `INSERT INTO decisions (article_id, start, end, action, speaker, decided_by, decided_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (article_id, start, end) DO UPDATE SET
           action = excluded.action, speaker = excluded.speaker,
           decided_by = excluded.decided_by, decided_at = excluded.decided_at`,
      )
      .run(article_id, start, end, action, action === 'correct' ? name : null, by ?? null, now)
  }

  /** Takes a decision back: the machine's attribution shows again. Returns whether there was one. */
  undo(quoteId: number): boolean {
    const { article_id, start, end } = this.place(quoteId)
    return this.db.prepare('DELETE FROM decisions WHERE article_id = ? AND start = ? AND end = ?').run(article_id, start, end).changes > 0
  }
}
