// People across the library: who they are under all their names, the roles the articles give them
// with dates, their quotes; suggested merges with reasons; and the user's merge, split and
// "not the same person" decisions, each of which can be undone.
import type { Db } from '../../store/open.ts'
import { PeopleTable, type PeopleChanges } from '../../store/people.ts'
import { relate } from './names.ts'

export class PeopleError extends Error {}

const PRONOUNS = /^(?:he|she|they|i|we|you|him|her|them|his|hers|their)$/i

export interface Role {
  title: string
  date: string | null
  outlet: string | null
  article: string | null
}

export interface Person {
  id: number
  name: string
  names: string[]
  roles: Role[]
  quotes: number
  articles: number
}

export interface Suggestion {
  a: { id: number; name: string }
  b: { id: number; name: string }
  reasons: string[]
}

export class PeopleService {
  private readonly db: Db
  private readonly table: PeopleTable

  constructor(db: Db) {
    this.db = db
    this.table = new PeopleTable(db)
  }

  list(filter?: string): Person[] {
    const rows = this.db
      .prepare<[], { id: number; name: string }>('SELECT id, name FROM people WHERE EXISTS (SELECT 1 FROM person_links l WHERE l.person_id = people.id) ORDER BY name')
      .all()
    const wanted = filter?.trim().toLowerCase()
    return rows
      .map((r) => this.person(r.id, r.name))
      .filter((p) => !wanted || p.names.some((n) => ` ${n.toLowerCase()} `.includes(` ${wanted} `)))
  }

  get(id: number): Person {
    const row = this.db.prepare<[number], { name: string }>('SELECT name FROM people WHERE id = ?').get(id)
    if (!row) throw new PeopleError(`There is no person #${id} in this library.`)
    return this.person(id, row.name)
  }

  private person(id: number, name: string): Person {
    const speakerRows = this.db
      .prepare<[number], { speaker_id: number; title: string | null; date: string | null; outlet: string | null; headline: string | null; article_id: number }>(
        `SELECT s.id AS speaker_id, s.title, a.date, a.outlet, a.title AS headline, a.id AS article_id
           FROM person_links l
           JOIN speakers s ON s.article_id = l.article_id AND s.name = l.speaker_name
           JOIN articles a ON a.id = l.article_id
          WHERE l.person_id = ? ORDER BY a.date, a.id`,
      )
      .all(id)
    const ids = JSON.stringify(speakerRows.map((r) => r.speaker_id))
    const names = this.db
      .prepare<[string], { name: string }>('SELECT DISTINCT name FROM speaker_names WHERE speaker_id IN (SELECT value FROM json_each(?)) ORDER BY length(name) DESC')
      .all(ids)
      .map((r) => r.name)
      // Pronouns name whoever the sentence is about, not the person: they are mentions, not names.
      .filter((n) => !PRONOUNS.test(n))
    const quotes = (this.db
      .prepare<[string], { n: number }>("SELECT count(*) AS n FROM quotes WHERE kind <> 'candidate' AND speaker_id IN (SELECT value FROM json_each(?))")
      .get(ids) as { n: number }).n
    const roles: Role[] = []
    for (const r of speakerRows) {
      if (!r.title || roles.some((x) => x.title === r.title && x.date === r.date)) continue
      roles.push({ title: r.title, date: r.date, outlet: r.outlet, article: r.headline })
    }
    return { id, name, names: names.length ? names : [name], roles, quotes, articles: new Set(speakerRows.map((r) => r.article_id)).size }
  }

  /** Pairs of people who may be one, with the reasons, except those a user has kept apart. */
  suggestions(): Suggestion[] {
    const pairs = this.db
      .prepare<[], { pa: number; na: string; pb: number; nb: string }>(
        `SELECT a.person_id AS pa, a.speaker_name AS na, b.person_id AS pb, b.speaker_name AS nb
           FROM person_names a JOIN person_names b ON b.surname = a.surname AND b.person_id > a.person_id`,
      )
      .all()
    const found = new Map<string, Suggestion>()
    for (const { pa, na, pb, nb } of pairs) {
      const relation = relate(na, nb)
      if (relation === 'different' || this.table.apart(pa, pb)) continue
      const reason =
        relation === 'surname-only' ? `“${na.split(/\s+/).length === 1 ? na : nb}” is only a surname, shared with “${na.split(/\s+/).length === 1 ? nb : na}”`
        : relation === 'given-name-variant' ? `“${na}” and “${nb}” are the same name in other forms`
        : `both are named “${na}”`
      const key = `${pa}:${pb}`
      let s = found.get(key)
      if (!s) found.set(key, (s = { a: { id: pa, name: this.get(pa).name }, b: { id: pb, name: this.get(pb).name }, reasons: [] }))
      if (!s.reasons.includes(reason)) s.reasons.push(reason)
    }
    return [...found.values()]
  }

  private move(links: { articleId: number; speakerName: string; personId: number; how: string; surname: string }[], to: number, how: string): PeopleChanges['moved'] {
    return links.map((l) => {
      this.table.link({ ...l, personId: to, how })
      return { articleId: l.articleId, speakerName: l.speakerName, from: l.personId, to, howBefore: l.how }
    })
  }

  /** Makes `from` and `into` one person (under `into`). */
  merge(into: number, from: number, now = new Date().toISOString()): number {
    if (into === from) throw new PeopleError('A person cannot be merged with themselves.')
    const a = this.get(into)
    const b = this.get(from)
    return this.db.transaction(() => {
      const moved = this.move(this.table.linksOf(from), into, 'user-merge')
      this.table.unsetApart(into, from)
      this.table.refreshName(into)
      return this.table.recordDecision('merge', `merged “${b.name}” (#${from}) into “${a.name}” (#${into})`, { moved, apart: [] }, now)
    })()
  }

  /** Takes what one article (or one name form) says of a person out into a person of its own. */
  split(personId: number, which: { articleId?: number; name?: string }, now = new Date().toISOString()): { decision: number; person: number } {
    const person = this.get(personId)
    const links = this.table.linksOf(personId).filter((l) => (which.articleId === undefined || l.articleId === which.articleId) && (which.name === undefined || l.speakerName === which.name))
    if (links.length === 0) throw new PeopleError(`Nothing of “${person.name}” matches that article or name.`)
    if (links.length === this.table.linksOf(personId).length) throw new PeopleError(`That is all of “${person.name}”: nothing would be left to split from.`)
    return this.db.transaction(() => {
      const created = this.table.createPerson(links[0].speakerName, now)
      const moved = this.move(links, created, 'user-split')
      // A split is a statement that the two are different people: keep them apart from now on.
      this.table.setApart(personId, created, now)
      this.table.refreshName(personId)
      this.table.refreshName(created)
      const decision = this.table.recordDecision('split', `split ${links.map((l) => `“${l.speakerName}”`).join(', ')} out of “${person.name}” (#${personId}) as #${created}`, { moved, apart: [[personId, created]] }, now)
      return { decision, person: created }
    })()
  }

  notSame(a: number, b: number, now = new Date().toISOString()): number {
    if (a === b) throw new PeopleError('A person is always the same as themselves.')
    const pa = this.get(a)
    const pb = this.get(b)
    return this.db.transaction(() => {
      this.table.setApart(a, b, now)
      return this.table.recordDecision('not-same', `“${pa.name}” (#${a}) and “${pb.name}” (#${b}) are not the same person`, { moved: [], apart: [[a, b]] }, now)
    })()
  }

  /** Undoes the latest decision on people, or the one given, if nothing since has changed what it did. */
  undo(id?: number, now = new Date().toISOString()): string {
    const decision = this.table.decision(id)
    if (!decision) throw new PeopleError(id === undefined ? 'There is no decision on people to undo.' : `There is no decision #${id}.`)
    if (decision.undoneAt) throw new PeopleError(`Decision #${decision.id} was already undone.`)
    return this.db.transaction(() => {
      for (const m of decision.changes.moved) {
        const link = this.table.linkOf(m.articleId, m.speakerName)
        if (!link || link.personId !== m.to) throw new PeopleError(`Decision #${decision.id} cannot be undone: a later decision moved “${m.speakerName}” again. Undo that one first.`)
      }
      for (const m of [...decision.changes.moved].reverse()) {
        const link = this.table.linkOf(m.articleId, m.speakerName)!
        this.table.link({ ...link, personId: m.from, how: m.howBefore })
      }
      for (const [a, b] of decision.changes.apart) this.table.unsetApart(a, b)
      for (const personId of new Set(decision.changes.moved.flatMap((m) => [m.from, m.to]))) this.table.refreshName(personId)
      this.table.markUndone(decision.id, now)
      return `undone: ${decision.summary}`
    })()
  }
}
