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

/**
 * The role's words as a pattern, each word as spelled out or abbreviated ("Gov.|Governor"), and in
 * lower case too when it stands alone ("the governor").
 */
function headPattern(head: string, lowerToo = false): string {
  return head
    .split(' ')
    .map((word) => {
      const short = [...TITLE_ABBREVIATIONS].filter(([, long]) => long === word).map(([abbr]) => escape(abbr))
      const spelled = lowerToo ? [escape(word), escape(word.toLowerCase())] : [escape(word)]
      return `(?:${[...spelled, ...short].join('|')})`
    })
    .join('\\s+')
}

const surnameOf = (name: string) => name.split(/\s+/).at(-1) ?? name

// Words that make a role a lower one of the same name: an assistant secretary is not "the secretary".
const RANKS = new Set(['deputy', 'assistant', 'under', 'vice', 'lieutenant', 'associate', 'principal'])

/**
 * How a title holds a role ("secretary", "prime minister"): 'full' (Secretary of State, Treasury
 * Secretary, Defense Secretary), 'lower' (Assistant Secretary of State) or 'no'.
 */
export function holdsRole(title: string | null, role: string): 'full' | 'lower' | 'no' {
  if (title === null) return 'no'
  const words = title.toLowerCase().split(/[\s,]+/)
  const wanted = role.toLowerCase().split(/\s+/)
  let found: 'full' | 'lower' | 'no' = 'no'
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (!wanted.every((w, k) => words[i + k] === w)) continue
    if (i > 0 && RANKS.has(words[i - 1]) && !RANKS.has(wanted[0])) found = 'lower'
    else return 'full'
  }
  return found
}

// Patterns by role, compiled once: an import sees the same few roles in article after article.
const titleBefore = new Map<string, RegExp>()
const roleAlone = new Map<string, RegExp>()

function cached(cache: Map<string, RegExp>, head: string, make: () => RegExp): RegExp {
  let pattern = cache.get(head)
  if (pattern === undefined) cache.set(head, (pattern = make()))
  return pattern
}

/** Adds to each named speaker the title-and-surname and "the <role>" forms the text uses for them. */
export function addReferenceForms(text: string, speakers: Speaker[]): void {
  const named = speakers.filter((s) => !s.isDescriptor)
  let lower: string | null = null
  for (const person of named) {
    if (person.title === null || !/\s/.test(person.name)) continue
    const head = roleHead(person.title)
    if (head === null) continue
    const surname = surnameOf(person.name)
    const add = (form: string) => {
      if (!person.names.includes(form)) person.names.push(form)
    }
    if (named.filter((s) => surnameOf(s.name) === surname).length === 1) {
      // Each time the surname stands alone as a word, is the role written right before it?
      const before = cached(titleBefore, head, () => new RegExp(`(?<![\\p{L}\\p{N}])${headPattern(head)}\\s+$`, 'u'))
      for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + surname.length)) {
        if (/[\p{L}\p{N}-]/u.test(text[at + surname.length] ?? '')) continue
        const m = before.exec(text.slice(Math.max(0, at - 60), at))
        if (m) add(`${m[0].trim().replace(/\s+/g, ' ')} ${surname}`)
      }
    }
    // Anyone else the article names who holds the role as fully (a Defense Secretary beside the
    // Secretary of State) could be "the secretary" as well.
    if (named.some((other) => other !== person && holdsRole(other.title, head) === 'full')) continue
    lower ??= text.toLowerCase()
    if (!lower.includes(head.toLowerCase().split(' ')[0])) continue
    // "the secretary", but not "the secretary of defense", "the Secretary General" or "the senator
    // from Ohio": a role of something else, or of somewhere, may be somebody else.
    const alone = cached(roleAlone, head, () => new RegExp(`(?<![\\p{L}\\p{N}])[Tt]he\\s+${headPattern(head, true)}(?![\\p{L}\\p{N}-])(?!\\s+(?:of|for|from|in|at)\\b)(?!\\s+\\p{Lu})`, 'u'))
    if (alone.test(text)) add(`the ${head.toLowerCase()}`)
  }
}
