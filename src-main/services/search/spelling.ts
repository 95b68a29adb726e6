// Spelling variants a typo budget does not cover: "program"/"programme" and "catalog"/"catalogue"
// are two edits apart on a short word. The alternations are data (spellingVariants.json).
import variants from './spellingVariants.json' with { type: 'json' }

const PAIRS: [string, string][] = (variants.endings as [string, string][]).flatMap(([a, b]) => [
  [a, b],
  [b, a],
])

/** Other spellings of a word by the regular alternations (not checked against the library). */
export function spellingVariants(word: string): string[] {
  const out = new Set<string>()
  for (const [from, to] of PAIRS) {
    if (word.length > from.length + 2 && word.endsWith(from)) out.add(word.slice(0, -from.length) + to)
  }
  out.delete(word)
  return [...out]
}
