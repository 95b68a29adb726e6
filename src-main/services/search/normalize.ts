// Folding text the way the FTS5 unicode61 tokenizer (remove_diacritics 2) sees it, so query words
// and indexed terms compare equal: lower case, no accents, one kind of apostrophe and quote.

const DIACRITICS = /\p{M}+/gu
const WORD = /[\p{L}\p{N}]+/gu

export function fold(text: string): string {
  return text.normalize('NFKD').replace(DIACRITICS, '').toLowerCase()
}

/** The words of a text as the index tokenizes them (apostrophes split words: "it's" → it, s). */
export function words(text: string): string[] {
  return fold(text).match(WORD) ?? []
}

export interface QueryPart {
  /** The folded words of this part, in order. */
  words: string[]
  /** True when the user put this part in quotation marks: its words must stand together. */
  phrase: boolean
}

const QUOTED = /["“”„«»]([^"“”„«»]*)["“”„«»]?/g

/** Splits what the user typed into quoted phrases and loose words; every mark is taken literally. */
export function parseQuery(query: string): QueryPart[] {
  const parts: QueryPart[] = []
  let last = 0
  for (const match of query.matchAll(QUOTED)) {
    for (const w of words(query.slice(last, match.index))) parts.push({ words: [w], phrase: false })
    const phrase = words(match[1])
    if (phrase.length) parts.push({ words: phrase, phrase: phrase.length > 1 })
    last = match.index + match[0].length
  }
  for (const w of words(query.slice(last))) parts.push({ words: [w], phrase: false })
  return parts
}
