// More names for a person than the mentions that attribute quotes: the article may call them by
// title and surname ("Secretary Blinken") or by their role alone ("the secretary"), inside quotes
// too. Those forms become names of the person in this article only where the text uses them and no
// one else in the article could be meant: two people with the same surname get no title-and-surname
// form, and two people with the same role get no "the <role>" form.
import type { Speaker } from '../../shared/model.ts'
import { NOT_ROLE_TITLES, TITLE_ABBREVIATIONS, TITLES } from './lexicon.ts'

const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1)
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The role a title names, spelled out, without what it is of or for, nor honorifics and places:
 * "U.S. Deputy Secretary of State" → "Deputy Secretary", "Gov." → "Governor",
 * "U.S. undersecretary of state for political affairs" → "Undersecretary". Null if none.
 */
export function roleHead(title: string): string | null {
  const before = title.split(/\s+(?:of|for|to|at|in)\s+|,/)[0].trim()
  const words = before.split(/\s+/)
  const head: string[] = []
  for (let i = words.length - 1; i >= 0; i--) {
    const word = TITLES.has(words[i]) ? words[i] : capitalised(words[i])
    if (!TITLES.has(word) || NOT_ROLE_TITLES.has(word)) break
    head.unshift(TITLE_ABBREVIATIONS.get(word) ?? word)
  }
  return head.length > 0 ? head.join(' ') : null
}

/** The role's words as a pattern, each word as spelled out or abbreviated ("Gov.|Governor"). */
function headPattern(head: string): string {
  return head
    .split(' ')
    .map((word) => {
      const short = [...TITLE_ABBREVIATIONS].filter(([, long]) => long === word).map(([abbr]) => escape(abbr))
      return `(?:${[escape(word), ...short].join('|')})`
    })
    .join('\\s+')
}

const surnameOf = (name: string) => name.split(/\s+/).at(-1) ?? name

/** Adds to each named speaker the title-and-surname and "the <role>" forms the text uses for them. */
export function addReferenceForms(text: string, speakers: Speaker[]): void {
  const people = speakers.filter((s) => !s.isDescriptor && s.title !== null && /\s/.test(s.name))
  const heads = people.map((s) => roleHead(s.title!))
  people.forEach((person, i) => {
    const head = heads[i]
    if (head === null) return
    const surname = surnameOf(person.name)
    const add = (form: string) => {
      if (!person.names.includes(form)) person.names.push(form)
    }
    if (speakers.filter((s) => !s.isDescriptor && surnameOf(s.name) === surname).length === 1) {
      for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${headPattern(head)}\\s+${escape(surname)}(?![\\p{L}\\p{N}-])`, 'gu'))) add(m[0].replace(/\s+/g, ' '))
    }
    if (heads.filter((h) => h === head).length > 1) return
    // "the secretary", but not "the secretary of defense": a role of something else is someone else.
    const alone = new RegExp(`(?<![\\p{L}\\p{N}])the\\s+${headPattern(head)}(?![\\p{L}\\p{N}-])(?!\\s+(?:of|for)\\s)`, 'iu')
    if (alone.test(text)) add(`the ${head.toLowerCase()}`)
  })
}
