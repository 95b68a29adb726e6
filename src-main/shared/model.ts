// The data model shared by the pipeline, the store, the CLI and (by `import type`) the renderer.
// Pure types: no Node, Electron or DOM imports. Every Span is an offset pair into the article's
// text *as stored*, end exclusive, counted in JavaScript string indices (UTF-16 code units).

export interface Span {
  start: number
  end: number
}

export interface Mention extends Span {
  /** The words exactly as written at [start, end): "he", "Kritenbrink", "a senior U.S. official". */
  text: string
}

/**
 * full      – a whole quoted utterance ("…," he said)
 * fragment  – quoted words inside paraphrase (called it "a disaster")
 * headline  – a quote in the headline, usually in single marks ('unshakable')
 * candidate – quotation marks that are probably not speech (titles, nicknames, scare quotes);
 *             kept for review, never counted as a quote by default
 */
export type QuoteKind = 'full' | 'fragment' | 'headline' | 'candidate'

/**
 * Below this confidence an attribution is shown as "needs review" and never supports a verdict.
 * On the benchmark, attributions from 0.4 to 0.6 are right about 4 times in 5; above 0.6, 19 in 20.
 */
export const NEEDS_REVIEW_BELOW = 0.5

export interface Attribution {
  /** Index into AnalyzedText.speakers; null when no rule could name a speaker. */
  speaker: number | null
  /** How the text names the speaker at this point (the "he" in "he added"); null when unknown. */
  mention: Mention | null
  /** The rule (sieve) that decided, e.g. 'said-after-quote', 'pronoun-added', 'run-continuation'. */
  rule: string
  /** 0..1; low values are shown as "needs review". */
  confidence: number
}

export interface Quote extends Span {
  /** The quoted words without their quotation marks; always text.slice(start, end). */
  text: string
  kind: QuoteKind
  /** The rule that found the quote: 'double-quotes', 'single-quotes-headline', 'guillemets', … */
  rule: string
  attribution: Attribution
}

export interface Speaker {
  /** Fullest name seen in the article, or the descriptor for an unnamed source. */
  name: string
  /** True for unnamed sources kept as descriptors ("a senior U.S. official"). */
  isDescriptor: boolean
  /** Every distinct name form seen for this person in the article. */
  names: string[]
  /** Title or role as given in the article ("Assistant Secretary of State for …"), if any. */
  title: string | null
}

/** What the quote and attribution stages produce from plain text. */
export interface AnalyzedText {
  quotes: Quote[]
  speakers: Speaker[]
}

export interface ArticleMeta {
  headline: string | null
  byline: string | null
  outlet: string | null
  /** The dateline as written: "WASHINGTON, Nov. 2". */
  dateline: string | null
  /**
   * ISO date, as precise as the evidence allows: 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY';
   * null when the article is undated (dateRule then says 'undated').
   */
  date: string | null
  /** How the date was found: 'dateline', 'dateline+year-from:copyright 2023', 'html-meta', 'undated', … */
  dateRule: string
}

export type SourceFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx' | 'odt' | 'epub' | 'feed' | 'eml'

/** One article of a file that holds several (a feed's items, an e-book's chapters). */
export interface ArticlePart {
  /** Its place in the file: 'item-3', 'chapter-2'. The stored source is `file#id`. */
  id: string
  /** The item's own link (a feed item's URL), when it has one. */
  link: string | null
  /**
   * What makes it the same article in another copy of the file (a feed item's link, title and
   * text): the same identity imported again is a duplicate. Null: the file's bytes and the id.
   */
  identity: string | null
}

/** What the read stage produces from the bytes of a file. */
export interface ReadArticle {
  /** The article text as it will be stored; every offset in the library points into it. */
  text: string
  format: SourceFormat
  /** Encoding the bytes were decoded from ('utf-8', 'utf-16le', 'windows-1252', 'euc-kr', …). */
  encoding: string
  meta: ArticleMeta
  /** What was left out of the text and why: navigation, captions, copyright lines, … */
  dropped: { text: string; rule: string }[]
  /** Set when the file holds several articles and this is one of them. */
  part?: ArticlePart
}
