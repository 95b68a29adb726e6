// The role an article gives a person when it is not a capitalised title before the name: a role
// phrase just before the name ("his South Korean counterpart Cho Tae-yong") or an appositive after
// it ("Wendy Sherman, U.S. undersecretary of state for political affairs,"). Kept as written.
import roleNouns from '../data/roleNouns.json' with { type: 'json' }

const NOUNS = (roleNouns.nouns as string[]).map((n) => n.replace(/\s+/g, '\\s+')).join('|')
const ENDS_WITH_NOUN = new RegExp(`(?:^|\\s)(?:${NOUNS})$`)
// Words that end a role phrase going backwards: determiners, prepositions, conjunctions, verbs of saying.
const STOP = new Set(
  ('a an the his her their its our my your this that these those with to and or of for by on in at from as ' +
    'said says told met meet meets while when was is were are be been has have had who which plans plan').split(' '),
)
// ", [the] words… noun [of|for|at|on the …]," right after the name, closed by a comma or full stop.
const AFTER = new RegExp(`^,\\s+((?:the\\s+|a\\s+|an\\s+)?(?:[A-Z][\\w.'’-]*\\s+|[a-z-]+\\s+){0,4}?(?:${NOUNS})(?:\\s+(?:of|for|at|on|to|in)\\s+[^,.;]{2,80}?)?)(?=[,.;])`)

/** A role phrase ending right before the name: the noun, and up to four modifiers before it. */
function roleBefore(before: string): string | null {
  // "his Japanese counterpart, Yoko Kamikawa": a comma may stand between role and name.
  const trimmed = before.replace(/,\s*$/, ' ')
  const words = trimmed.trimEnd().split(/\s+/)
  if (!/\s$/.test(trimmed) || words.length === 0) return null
  for (let n = Math.min(2, words.length); n >= 1; n--) {
    const tail = words.slice(-n).join(' ')
    if (!ENDS_WITH_NOUN.test(tail)) continue
    let from = words.length - n
    while (from > 0 && words.length - from < n + 4 && !STOP.has(words[from - 1].toLowerCase()) && /^[\p{L}.'’-]+$/u.test(words[from - 1])) from--
    return words.slice(from).join(' ')
  }
  return null
}

/** The role written around a name at [start, end), or null. */
export function roleAround(text: string, start: number, end: number): string | null {
  const before = roleBefore(text.slice(Math.max(0, start - 80), start))
  if (before) return before
  const after = AFTER.exec(text.slice(end, end + 160))
  if (after) return after[1].replace(/\s+/g, ' ').trim()
  return null
}

// A person's name: two or three capitalised words on one line (hyphenated given names too: Cho Tae-yong).
const NAME = "[A-Z][\\p{Ll}'’]+(?:-[A-Za-z][\\p{Ll}]+)?(?:[ \\t]+[A-Z][\\p{Ll}'’]+(?:-[A-Za-z][\\p{Ll}]+)?){1,2}"
const NAME_AFTER_ROLE = new RegExp(`\\b(?:${NOUNS}),?[ \\t]+(${NAME})(?=[\\s,.;:)]|$)`, 'gu')
// The appositive must close with a comma or full stop ("Sung Kim, Washington's top nuclear envoy,"),
// so "South Korea, the official said" is no person.
const NAME_BEFORE_APPOSITIVE = new RegExp(`(?:^|[\\s(])(${NAME}),[ \\t]+(?:the[ \\t]+|a[ \\t]+|an[ \\t]+)?(?:[A-Z][\\w.'’-]*[ \\t]+|[a-z-]+[ \\t]+){0,4}?(?:${NOUNS})(?:[ \\t]+(?:of|for|at|on|to|in)[ \\t]+[^,.;\\n]{2,80}?)?(?=[,.;])`, 'gu')
const NOT_FIRST_WORD = new Set(['By', 'The', 'In', 'On', 'At', 'As', 'And', 'But'])

/**
 * Names the article marks as people by the role it gives them, where no title or known given name
 * does ("his counterpart Cho Tae-yong", "Sung Kim, Washington's top nuclear envoy,").
 */
export function namesWithRoles(text: string): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = []
  for (const re of [NAME_AFTER_ROLE, NAME_BEFORE_APPOSITIVE]) {
    for (const m of text.matchAll(re)) {
      if (NOT_FIRST_WORD.has(m[1].split(/\s+/)[0])) continue
      const start = m.index + m[0].indexOf(m[1])
      out.push({ name: m[1], start, end: start + m[1].length })
    }
  }
  return out.sort((a, b) => a.start - b.start)
}

/**
 * A title that ran over a conjunction into the next person's ("Foreign Minister Park Jin and
 * National Security Advisor" before "Cho Tae-yong") keeps only its last part; a portfolio joined by
 * "and" after "of"/"for" ("… for East Asian and Pacific Affairs") is left whole.
 */
export function ownTitle(title: string): string {
  const parts = title.split(/\s+and\s+/)
  if (parts.length < 2 || /\b(?:of|for)\b/.test(parts[0])) return title
  return parts[parts.length - 1]
}
