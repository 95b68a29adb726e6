// Generated news-like articles for benchmarks: deterministic (seeded), with headlines, datelines,
// paragraphs of Zipf-distributed words, and quotes attributed in the common wire-copy patterns.
// Nothing here comes from a real article.

export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FUNCTION_WORDS = 'the of and to in a that for on with as by at from is was will has have be it its this are not but said'.split(' ')
// Syllables built from English-like onsets, vowels and codas: enough of them that a 60,000-word
// vocabulary is as sparse in spelling space as real English, where most words are not one typo apart.
const ONSETS = ['', 'b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'br', 'cl', 'cr', 'dr', 'fl', 'gr', 'pl', 'pr', 'sh', 'st', 'str', 'th', 'tr', 'ch']
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ea', 'ou', 'ai', 'io', 'ee']
const CODAS = ['', '', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'nt', 'st', 'ck', 'ng', 'rt', 'x']
const SYLLABLES = ONSETS.flatMap((o) => VOWELS.flatMap((v) => CODAS.map((c) => o + v + c)))
const GIVEN = ['Maria', 'James', 'Ji-woo', 'Ahmed', 'Elena', 'Tom', 'Priya', 'Kenji', 'Sarah', 'David', 'Amara', 'Lucas']
const FAMILY = ['Okafor', 'Lindqvist', 'Park', 'Moreau', 'Haddad', 'Novak', 'Tanaka', 'Reyes', 'Byrne', 'Kowalski', 'Mensah', 'Ortiz']
const TITLES = ['Foreign Minister', 'Senator', 'Mayor', 'spokeswoman', 'Gov.', 'Defense Secretary', 'chief executive']
const CITIES = ['SEOUL', 'WASHINGTON', 'LONDON', 'NAIROBI', 'LIMA', 'TOKYO', 'BERLIN']
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']
const OUTLETS = ['Yonhap', 'AP', 'Reuters', 'AFP']

export interface CorpusOptions {
  seed?: number
  /** Target size of each article in characters. */
  articleChars?: number
  vocabularySize?: number
}

export class SyntheticCorpus {
  private readonly random: () => number
  private readonly vocabulary: string[]
  private readonly zipf: number[]
  private readonly articleChars: number

  constructor({ seed = 7, articleChars = 5000, vocabularySize = 20_000 }: CorpusOptions = {}) {
    this.random = rng(seed)
    this.articleChars = articleChars
    const unique = new Set<string>(FUNCTION_WORDS)
    while (unique.size < vocabularySize + FUNCTION_WORDS.length) unique.add(this.makeWord())
    this.vocabulary = [...unique].slice(FUNCTION_WORDS.length)
    // Cumulative Zipf weights (s = 1) so a few words are common and most are rare, as in news text.
    let total = 0
    this.zipf = this.vocabulary.map((_, i) => (total += 1 / (i + 1)))
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]
  }

  private makeWord(): string {
    const n = 1 + Math.floor(this.random() * this.random() * 4)
    let w = ''
    for (let i = 0; i < n; i++) w += this.pick(SYLLABLES)
    return w
  }

  word(): string {
    if (this.random() < 0.4) return this.pick(FUNCTION_WORDS)
    const target = this.random() * this.zipf[this.zipf.length - 1]
    let lo = 0
    let hi = this.zipf.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.zipf[mid] < target) lo = mid + 1
      else hi = mid
    }
    return this.vocabulary[lo]
  }

  words(n: number): string {
    const out: string[] = []
    for (let i = 0; i < n; i++) out.push(this.word())
    return out.join(' ')
  }

  private sentence(min = 8, max = 24): string {
    const s = this.words(min + Math.floor(this.random() * (max - min)))
    return s[0].toUpperCase() + s.slice(1)
  }

  person(): { name: string; family: string; title: string } {
    const family = this.pick(FAMILY)
    return { name: `${this.pick(GIVEN)} ${family}`, family, title: this.pick(TITLES) }
  }

  private quoteParagraph(p: { name: string; family: string; title: string }, first: boolean): string {
    const q = this.sentence(8, 30)
    switch (Math.floor(this.random() * 5)) {
      case 0: return first ? `"${q}," ${p.title} ${p.name} said on ${this.pick(['Monday', 'Tuesday', 'Friday'])}.` : `"${q}," ${p.family} said.`
      case 1: return `${first ? p.name : p.family} said: "${q}."`
      case 2: return `"${q}," ${first ? 'said ' + p.name + ', a ' + this.words(2) + ' official' : 'he added'}.`
      case 3: return `${first ? p.name : 'She'} called it "${this.words(3)}" and said ${this.sentence(6, 14).toLowerCase()}.`
      default: return `"${q}," ${p.family} told reporters. "${this.sentence(6, 16)}."`
    }
  }

  article(index: number): string {
    const people = [this.person(), this.person()]
    const parts = [
      this.sentence(6, 11),
      `${this.pick(CITIES)}, ${this.pick(MONTHS)} ${1 + Math.floor(this.random() * 28)} (${this.pick(OUTLETS)}) -- ${this.sentence(18, 32)}.`,
    ]
    let length = parts[0].length + parts[1].length
    const seen = new Set<number>()
    while (length < this.articleChars) {
      const who = Math.floor(this.random() * people.length)
      const paragraph = this.random() < 0.45 ? this.quoteParagraph(people[who], !seen.has(who)) : `${this.sentence()}. ${this.sentence()}.`
      if (paragraph.includes('"')) seen.add(who)
      parts.push(paragraph)
      length += paragraph.length + 2
    }
    parts.push(`(END) ${index}`)
    return parts.join('\n\n') + '\n'
  }
}
