// Running the pipeline again over the stored articles (after a rule improves). Quotes keep their ids
// where they stand at the same offsets, so sheets keep pointing at them; user decisions live in
// their own table, keyed by place, and are never touched here.
import { analyzeText } from '../core/analyze.ts'
import type { Db } from '../store/open.ts'
import { linkArticle } from './people/linker.ts'

export interface ReextractSummary {
  articles: number
  quotes: number
  changed: number
  added: number
  removed: number
}

export function reextract(db: Db, onProgress?: (done: number, total: number) => void): ReextractSummary {
  const articles = db.prepare<[], { id: number; text: string }>('SELECT id, text FROM articles ORDER BY id').all()
  const existing = db.prepare<[number], { id: number; start: number; end: number; speaker_id: number | null; rule: string; confidence: number }>(
    'SELECT id, start, end, speaker_id, rule, confidence FROM quotes WHERE article_id = ?',
  )
  const oldSpeakers = db.prepare<[number], { id: number; name: string }>('SELECT id, name FROM speakers WHERE article_id = ?')
  const insertSpeaker = db.prepare('INSERT INTO speakers (article_id, name, is_descriptor, title) VALUES (?, ?, ?, ?)')
  const insertName = db.prepare('INSERT OR IGNORE INTO speaker_names (speaker_id, name) VALUES (?, ?)')
  const deleteSpeaker = db.prepare('DELETE FROM speakers WHERE id = ?')
  const update = db.prepare(
    `UPDATE quotes SET kind = ?, quote_rule = ?, speaker_id = ?, mention = ?, mention_start = ?, mention_end = ?,
            rule = ?, confidence = ? WHERE id = ?`,
  )
  const insert = db.prepare(
    `INSERT INTO quotes (article_id, start, end, text, kind, quote_rule, speaker_id, mention, mention_start, mention_end, rule, confidence)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const remove = db.prepare('DELETE FROM quotes WHERE id = ?')
  const summary: ReextractSummary = { articles: 0, quotes: 0, changed: 0, added: 0, removed: 0 }

  const one = db.transaction((article: { id: number; text: string }) => {
    const analyzed = analyzeText(article.text)
    const stale = oldSpeakers.all(article.id)
    const staleName = new Map(stale.map((s) => [s.id, s.name]))
    const speakerIds = analyzed.speakers.map((speaker) => {
      const id = Number(insertSpeaker.run(article.id, speaker.name, speaker.isDescriptor ? 1 : 0, speaker.title).lastInsertRowid)
      for (const name of new Set([speaker.name, ...speaker.names])) insertName.run(id, name)
      return id
    })
    const before = new Map(existing.all(article.id).map((q) => [`${q.start}:${q.end}`, q]))
    for (const quote of analyzed.quotes) {
      const { speaker, mention, rule, confidence } = quote.attribution
      const speakerId = speaker === null ? null : speakerIds[speaker]
      const old = before.get(`${quote.start}:${quote.end}`)
      const fields = [quote.kind, quote.rule, speakerId, mention?.text ?? null, mention?.start ?? null, mention?.end ?? null, rule, confidence] as const
      if (old) {
        before.delete(`${quote.start}:${quote.end}`)
        const oldSpeaker = old.speaker_id === null ? null : staleName.get(old.speaker_id) ?? null
        const newSpeaker = speaker === null ? null : analyzed.speakers[speaker].name
        if (oldSpeaker !== newSpeaker || old.rule !== rule || old.confidence !== confidence) summary.changed++
        update.run(...fields, old.id)
      } else {
        insert.run(article.id, quote.start, quote.end, quote.text, ...fields)
        summary.added++
      }
    }
    for (const gone of before.values()) {
      remove.run(gone.id)
      summary.removed++
    }
    for (const s of stale) deleteSpeaker.run(s.id)
    // Speakers keep their links to people by name; a name new in this article is linked now.
    linkArticle(db, article.id)
    summary.quotes += analyzed.quotes.filter((q) => q.kind !== 'candidate').length
  })

  articles.forEach((article, i) => {
    one(article)
    summary.articles++
    onProgress?.(i + 1, articles.length)
  })
  return summary
}
