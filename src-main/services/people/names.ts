// Comparing person names across articles: the same name, the same name in another form (Tony and
// Antony Blinken), a bare surname that may or may not be the same person, or two different people
// who share a surname (Ewen Jones and Stephen Jones), who are never taken for one.
import nicknames from './nicknames.json' with { type: 'json' }
import { fold } from '../search/normalize.ts'

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])
const GROUPS = new Map<string, Set<number>>()
;(nicknames.groups as string[][]).forEach((group, i) => {
  for (const name of group) {
    let set = GROUPS.get(name)
    if (!set) GROUPS.set(name, (set = new Set()))
    set.add(i)
  }
})

export interface NameParts {
  /** Every word, folded: ["antony", "blinken"]. */
  words: string[]
  given: string | null
  surname: string
}

export function nameParts(name: string): NameParts {
  const words = fold(name).replace(/['’]s\b/g, '').match(/[\p{L}\p{N}]+/gu)?.filter((w) => !SUFFIXES.has(w)) ?? []
  return { words, given: words.length > 1 ? words[0] : null, surname: words.at(-1) ?? '' }
}

function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true
  const ga = GROUPS.get(a)
  const gb = GROUPS.get(b)
  return !!ga && !!gb && [...ga].some((g) => gb.has(g))
}

export type NameRelation =
  /** The same full name. */
  | 'same-name'
  /** The same surname with the same given name in another form (Tony / Antony). */
  | 'given-name-variant'
  /** One of them is a bare surname: perhaps the same person, never decided alone. */
  | 'surname-only'
  | 'different'

export function relate(a: string, b: string): NameRelation {
  const pa = nameParts(a)
  const pb = nameParts(b)
  if (!pa.surname || pa.surname !== pb.surname) return 'different'
  if (pa.words.join(' ') === pb.words.join(' ')) return pa.given ? 'same-name' : 'surname-only'
  if (!pa.given || !pb.given) return 'surname-only'
  // Middle names or initials may differ ("Daniel J. Kritenbrink"); the given names must agree.
  return sameGivenName(pa.given, pb.given) ? 'given-name-variant' : 'different'
}
