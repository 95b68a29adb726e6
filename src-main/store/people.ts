// The people tables: persons across the library, the links from each article's speakers to them,
// the pairs a user said are not the same person, and the log of user decisions on people.
import type { Statement } from 'better-sqlite3'
import type { Db } from './open.ts'

export interface PersonLink {
  articleId: number
  speakerName: string
  personId: number
  surname: string
  how: string
}

export interface PeopleDecision {
  id: number
  action: 'merge' | 'split' | 'not-same'
  summary: string
  changes: PeopleChanges
  decidedAt: string
  undoneAt: string | null
}

export interface PeopleChanges {
  moved: { articleId: number; speakerName: string; from: number; to: number; howBefore: string }[]
  apart: [number, number][]
}

interface LinkRow { article_id: number; speaker_name: string; person_id: number; surname: string; how: string }
const toLink = (r: LinkRow): PersonLink => ({ articleId: r.article_id, speakerName: r.speaker_name, personId: r.person_id, surname: r.surname, how: r.how })

export class PeopleTable {
  readonly db: Db
  private readonly statements = new Map<string, Statement<unknown[], unknown>>()

  constructor(db: Db) {
    this.db = db
  }

  /** Prepared once per table object: importing calls these for every speaker of every article. */
  private sql<P extends unknown[] = unknown[], R = unknown>(source: string): Statement<P, R> {
    let statement = this.statements.get(source)
    if (!statement) this.statements.set(source, (statement = this.db.prepare(source)))
    return statement as unknown as Statement<P, R>
  }

  createPerson(name: string, now: string): number {
    return Number(this.sql('INSERT INTO people (name, created_at) VALUES (?, ?)').run(name, now).lastInsertRowid)
  }

  exists(id: number): boolean {
    return !!this.sql('SELECT 1 FROM people WHERE id = ?').get(id)
  }

  link(link: PersonLink): void {
    this.db
      .prepare(
        `INSERT INTO person_links (article_id, speaker_name, person_id, surname, how) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (article_id, speaker_name) DO UPDATE SET person_id = excluded.person_id, how = excluded.how`,
      )
      .run(link.articleId, link.speakerName, link.personId, link.surname, link.how)
  }

  linkOf(articleId: number, speakerName: string): PersonLink | null {
    const row = this.sql<[number, string], LinkRow>('SELECT * FROM person_links WHERE article_id = ? AND speaker_name = ?').get(articleId, speakerName)
    return row ? toLink(row) : null
  }

  /** Each distinct (name form, person) with this surname (kept by triggers in person_names). */
  namesBySurname(surname: string): { speakerName: string; personId: number }[] {
    return this.sql<[string], { speaker_name: string; person_id: number }>(
      'SELECT speaker_name, person_id FROM person_names WHERE surname = ?',
    )
      .all(surname)
      .map((r) => ({ speakerName: r.speaker_name, personId: r.person_id }))
  }

  /** Gives the person this name when it is fuller than the one they have. */
  offerName(personId: number, name: string): void {
    const current = this.sql<[number], { name: string }>('SELECT name FROM people WHERE id = ?').get(personId)?.name ?? ''
    const words = (s: string) => s.split(/\s+/).length
    if (words(name) > words(current) || (words(name) === words(current) && name.length > current.length)) {
      this.sql('UPDATE people SET name = ? WHERE id = ?').run(name, personId)
    }
  }

  linksOf(personId: number): PersonLink[] {
    return this.sql<[number], LinkRow>('SELECT * FROM person_links WHERE person_id = ? ORDER BY article_id').all(personId).map(toLink)
  }

  /** The person's display name: the fullest of the names their links use. */
  refreshName(personId: number): void {
    const names = this.linksOf(personId).map((l) => l.speakerName)
    if (names.length === 0) return
    const best = names.reduce((a, b) => (b.split(/\s+/).length > a.split(/\s+/).length || (b.split(/\s+/).length === a.split(/\s+/).length && b.length > a.length) ? b : a))
    this.sql('UPDATE people SET name = ? WHERE id = ?').run(best, personId)
  }

  apart(a: number, b: number): boolean {
    const [x, y] = a < b ? [a, b] : [b, a]
    return !!this.sql('SELECT 1 FROM people_apart WHERE person_a = ? AND person_b = ?').get(x, y)
  }

  setApart(a: number, b: number, now: string): void {
    const [x, y] = a < b ? [a, b] : [b, a]
    this.sql('INSERT OR IGNORE INTO people_apart (person_a, person_b, decided_at) VALUES (?, ?, ?)').run(x, y, now)
  }

  unsetApart(a: number, b: number): void {
    const [x, y] = a < b ? [a, b] : [b, a]
    this.sql('DELETE FROM people_apart WHERE person_a = ? AND person_b = ?').run(x, y)
  }

  recordDecision(action: PeopleDecision['action'], summary: string, changes: PeopleChanges, now: string): number {
    return Number(
      this.sql('INSERT INTO people_decisions (action, summary, changes, decided_at) VALUES (?, ?, ?, ?)')
        .run(action, summary, JSON.stringify(changes), now).lastInsertRowid,
    )
  }

  /** The decision with this id, or the latest one not undone. */
  decision(id?: number): PeopleDecision | null {
    type Row = { id: number; action: PeopleDecision['action']; summary: string; changes: string; decided_at: string; undone_at: string | null }
    const row = id === undefined
      ? this.sql<[], Row>('SELECT * FROM people_decisions WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1').get()
      : this.sql<[number], Row>('SELECT * FROM people_decisions WHERE id = ?').get(id)
    if (!row) return null
    return { id: row.id, action: row.action, summary: row.summary, changes: JSON.parse(row.changes) as PeopleChanges, decidedAt: row.decided_at, undoneAt: row.undone_at }
  }

  markUndone(id: number, now: string): void {
    this.sql('UPDATE people_decisions SET undone_at = ? WHERE id = ?').run(now, id)
  }
}
