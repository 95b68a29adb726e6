// Decides what a quotation span is: speech ('full' or 'fragment'), a headline quote, or a candidate
// (title, nickname, scare quote, nested quote) that is kept but never counted.
import type { QuoteKind } from '../../shared/model.ts'
import type { Layout } from './paragraphs.ts'
import type { RawQuote } from './scan.ts'

export interface FoundQuote extends RawQuote {
  kind: QuoteKind
  rule: string
  /** Index of the quote (in the found list) that encloses this one, or -1. */
  outer: number
}

const MINOR = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'at', 'with', 'vs.', 'vs', '&', 'or', 'from', 'by', 'de', 'la', 'le'])
// Words right before a quotation that make it a name, title or label rather than speech. Not "the
// word/term/phrase": those quote words as somebody used them (she avoided the term “soft landing”),
// a quoted fragment of that person's language.
const NAMING = /(?:\bso[- ]called|\bentitled|\btitled|\bnicknamed|\bknown as|\bthe (?:hashtag|slogan|headline|label|motto|name|acronym|moniker)|\bbranded as|\bmarketed as|\bcode-?named)\s*$/i
const TERMINAL = /[.!?,;:—–…-]$/

function isTitleCase(content: string): boolean {
  const words = content.split(/\s+/).filter((w) => w.length > 0)
  if (words.length === 0 || words.length > 7) return false
  if (TERMINAL.test(content)) return false
  let capitals = 0
  for (let i = 0; i < words.length; i++) {
    const w = words[i].replace(/^[(\['"‘“]+/, '')
    if (/^[\p{Lu}\p{N}]/u.test(w)) { capitals++; continue }
    if (i > 0 && MINOR.has(w.toLowerCase())) continue
    return false
  }
  return capitals > 0
}

// A programme, book or show title closing its clause: on the network's “Morning Report.”, of “Inside Politics Today,”.
const TITLE_LEAD = /(?:\b(?:on|of|in|with|from|to|for|at|told)|['’]s)\s*$/
// A work named by its kind right before it: the podcast “Night Shift,”, the play, “Harbour.”.
const WORK_LEAD = /\b(?:show|podcast|program|programme|series|film|movie|book|novel|memoir|play|musical|song|album|column|op-ed|essay|documentary|newsletter|sitcom|drama|opera|poem|blog)\s*,?\s*$/i
function isTitleAfterPreposition(text: string, q: RawQuote, content: string): boolean {
  const m = /^(.*?)[,.]$/s.exec(content)
  const lead = text.slice(Math.max(0, q.open - 16), q.open)
  // "Well, Here We Are." as a title: a comma inside is part of it after a work noun.
  if (m !== null && WORK_LEAD.test(lead) && isTitleCase(m[1].replace(/,/g, ''))) return true
  if (m === null) return isTitleCase(content.replace(/,/g, '')) && WORK_LEAD.test(lead)
  if (!isTitleCase(m[1])) return false
  return TITLE_LEAD.test(lead)
}

// A show or work named before its star or maker: the “Life on the Farm” star, “Keep It Real” host.
const ROLE_AFTER = /^\s*(?:star|stars|actor|actress|host|co-host|creator|author|producer|director|writer|singer|rapper|cast)\b/i
function isTitleBeforeRole(text: string, q: RawQuote, content: string): boolean {
  if (TERMINAL.test(content) || !/^[\p{Lu}\p{N}]/u.test(content) || content.split(/\s+/).length > 7) return false
  return ROLE_AFTER.test(text.slice(q.end + 1, q.end + 16))
}

// Markup and handles: @account, http://…
// and stage directions in transcripts: (CROSSTALK), (LAUGHTER).
const NOT_SPEECH = /^(?:@\w+|https?:\/\/\S+|www\.\S+|\([^()]*\)\.?)$/

/** A whole utterance: starts like a sentence and stands where a sentence may start, or ends like one. */
function isFullQuote(text: string, q: RawQuote, paraStart: number): boolean {
  const content = text.slice(q.start, q.end)
  const startsUpper = /^[\s.…'"‘“(\[—-]*[\p{Lu}\p{N}]/u.test(content)
  if (!startsUpper) return q.continued
  if (q.open <= paraStart || q.continued) return true
  let k = q.open - 1
  while (k >= paraStart && (text[k] === ' ' || text[k] === '\u00a0')) k--
  const before = text[k]
  if (before === ':' || before === ',' || before === '.' || before === '?' || before === '!' || before === '—' || before === '(') return true
  return /[.!?,—]$/.test(content) && content.split(/\s+/).length > 3
}

/**
 * A subheading set in capitals inside the body (wire round-ups: "2. CITY HALL 'NOT FOR SALE'") that
 * holds the quote among words of its own is headline material. A paragraph that is only the quote
 * (a chant, a shouted line) is not.
 */
function isCapsHeading(text: string, para: { start: number; end: number }, q: RawQuote): boolean {
  const line = text.slice(para.start, para.end)
  if (/\p{Ll}/u.test(line) || line.length > 200) return false
  const outside = text.slice(para.start, q.open) + ' ' + text.slice(q.closeEnd, para.end)
  return (outside.match(/\p{Lu}{2,}/gu) ?? []).length >= 2
}

export function classifyQuotes(text: string, raw: RawQuote[], layout: Layout): FoundQuote[] {
  const found: FoundQuote[] = raw.map((q) => ({ ...q, kind: 'full' as QuoteKind, rule: '', outer: -1 }))
  // Nesting: raw is sorted by start, longer first; a span inside an earlier one is nested.
  const stack: number[] = []
  const crossing = new Set<number>()
  for (let i = 0; i < found.length; i++) {
    while (stack.length > 0 && found[stack[stack.length - 1]].end < found[i].start) stack.pop()
    if (stack.length > 0) {
      const top = stack[stack.length - 1]
      found[i].outer = top
      // Spans that overlap without nesting come from a misread apostrophe: keep them as candidates only.
      if (found[top].end < found[i].end) { crossing.add(i); continue }
    }
    stack.push(i)
  }
  // House style: the family used for top-level body quotes most often is the speech mark; the other
  // family only nests (British 'speech' with "inner" quotes, or US "speech" with 'inner').
  let doubles = 0
  let singles = 0
  for (const q of found) {
    if (q.outer >= 0 || q.para < layout.bodyStart) continue
    if (q.family === 'single') singles++
    else doubles++ // ''…'' stands for a double mark, so it counts as one
  }
  const singleStyle = singles > doubles
  for (let qi = 0; qi < found.length; qi++) {
    const q = found[qi]
    const fam = q.family === 'single' ? 'single-quotes' : q.family === 'guillemet' ? 'guillemets' : q.family === 'apostrophes' ? 'double-apostrophes' : 'double-quotes'
    const content = text.slice(q.start, q.end)
    if (q.para === layout.headline) {
      q.kind = 'headline'
      q.rule = `${fam}-headline`
    } else if (q.para < layout.bodyStart) {
      q.kind = 'candidate'
      q.rule = `${fam}-before-headline`
    } else if (isCapsHeading(text, layout.paras[q.para], q)) {
      q.kind = 'headline'
      q.rule = `${fam}-subheading`
    } else if (crossing.has(qi)) {
      q.kind = 'candidate'
      q.rule = `${fam}-crossing`
    } else if (q.outer >= 0) {
      q.kind = 'candidate'
      q.rule = `${fam}-nested`
    } else if (q.family === 'single' && !singleStyle) {
      q.kind = 'candidate'
      q.rule = 'single-quotes-secondary'
    } else if (NOT_SPEECH.test(content)) {
      q.kind = 'candidate'
      q.rule = `${fam}-markup`
    } else if (NAMING.test(text.slice(Math.max(0, q.open - 30), q.open))) {
      q.kind = 'candidate'
      q.rule = `${fam}-named-term`
    } else if (!q.continued && !q.continues && (isTitleCase(content) || isTitleAfterPreposition(text, q, content) || isTitleBeforeRole(text, q, content))) {
      q.kind = 'candidate'
      q.rule = `${fam}-title-case`
    } else {
      const paraStart = layout.paras[q.para].start
      q.kind = isFullQuote(text, q, paraStart) ? 'full' : 'fragment'
      q.rule = fam
    }
  }
  return found
}
