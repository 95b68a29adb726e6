// Linking an article's speakers to the people of the library, when it is certain: the same full
// name, or the same given name in another form with the same surname (Tony / Antony Blinken), and
// only when exactly one person fits. Anything less (a bare surname, two people who fit) makes a
// new person; the likely matches then show up as suggestions with their reasons.
import type { Statement } from 'better-sqlite3'
import type { Db } from '../../store/open.ts'
import { PeopleTable } from '../../store/people.ts'
import { nameParts, relate } from './names.ts'

// One table object (and its prepared statements) per library connection, not one per article.
const tables = new WeakMap<Db, { people: PeopleTable; speakers: Statement<[number], { name: string }> }>()

export function linkArticle(db: Db, articleId: number, now = new Date().toISOString()): void {
  let cached = tables.get(db)
  if (!cached) {
    cached = {
      people: new PeopleTable(db),
      speakers: db.prepare<[number], { name: string }>('SELECT name FROM speakers WHERE article_id = ? AND is_descriptor = 0 ORDER BY id'),
    }
    tables.set(db, cached)
  }
  const people = cached.people
  const speakers = cached.speakers.all(articleId)
  for (const { name } of speakers) {
    if (people.linkOf(articleId, name)) continue
    const surname = nameParts(name).surname
    if (!surname) continue
    const fits = new Map<number, 'same-name' | 'given-name-variant'>()
    for (const link of people.namesBySurname(surname)) {
      const relation = relate(name, link.speakerName)
      if (relation === 'same-name' || relation === 'given-name-variant') {
        if (fits.get(link.personId) !== 'same-name') fits.set(link.personId, relation)
      }
    }
    let personId: number
    let how: string
    if (fits.size === 1) {
      const [[id, relation]] = [...fits]
      personId = id
      how = relation
    } else {
      personId = people.createPerson(name, now)
      how = 'first-seen'
    }
    people.link({ articleId, speakerName: name, personId, surname, how })
    people.offerName(personId, name)
  }
}
