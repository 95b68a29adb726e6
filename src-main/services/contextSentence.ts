// The sentence of an article around a quote, kept on a quote sheet so a reader sees the words in
// their setting (who said it, to whom, when) without opening the article. Pure: text in, text out.

/** Dots after these words end no sentence ("Mr. Blinken", "Sen. Warren", "Nov. 2"). */
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof sen rep gov gen lt col maj capt sgt adm st jr sr rev hon pres amb dept ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec vs etc inc ltd co corp approx fig')
    .split(' '),
)
const TERMINATORS = '.!?…'
/** Closing marks that may follow a sentence's last word before the space: ." .' .) .” .’ .» */
const CLOSERS = '"\'”’»)]'
/** A quote long past a sentence boundary (a transcript with no full stop) is cut here each side. */
export const CONTEXT_REACH = 400

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c)

/** Whether the terminator at text[i] ends a sentence; returns the index just past its closers, or -1. */
function sentenceEndAt(text: string, i: number): number {
  const c = text[i]
  if (!TERMINATORS.includes(c)) return -1
  let j = i + 1
  while (j < text.length && CLOSERS.includes(text[j])) j++
  if (!isSpace(text[j])) return -1 // "3.5", "U.S.-led", "e.g.,"
  // A lower-case word goes on with the sentence: "Why?" she asked. / "Enough!" he said.
  if (/^\s+\p{Ll}/u.test(text.slice(j, j + 8))) return -1
  if (c === '.') {
    const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 20), i))?.[1] ?? ''
    // "U.S." / "N. Korea" / "J. Smith": initials and dotted abbreviations end no sentence.
    if (word.includes('.') || word.length === 1 || ABBREVIATIONS.has(word.toLowerCase())) return -1
  }
  return j
}

/**
 * The sentence (or sentences) of `text` containing [start, end), trimmed; a quote that runs across
 * several sentences gives all of them. A line break always ends a sentence: a paragraph is never
 * carried into its neighbour. Each side reaches at most CONTEXT_REACH characters and is marked "…"
 * where it was cut.
 */
export function contextSentence(text: string, start: number, end: number): string {
  if (!(start >= 0 && end >= start && end <= text.length)) {
    throw new RangeError(`Offsets ${start}-${end} are outside the text (length ${text.length})`)
  }
  let from = Math.max(0, start - CONTEXT_REACH)
  let cutBefore = from > 0
  for (let i = start - 1; i >= Math.max(0, start - CONTEXT_REACH); i--) {
    const after = text[i] === '\n' ? i + 1 : sentenceEndAt(text, i)
    if (after !== -1 && after <= start) {
      from = after
      cutBefore = false
      break
    }
  }
  // Start at the quote's last character: a quote ending in its own full stop ends the sentence.
  let to = Math.min(text.length, end + CONTEXT_REACH)
  let cutAfter = to < text.length
  for (let i = Math.max(start, end - 1); i < Math.min(text.length, end + CONTEXT_REACH); i++) {
    if (i >= end && text[i] === '\n') {
      to = i
      cutAfter = false
      break
    }
    const after = sentenceEndAt(text, i)
    if (after !== -1 && after >= end) {
      to = after
      cutAfter = false
      break
    }
  }
  const sentence = text.slice(from, to).trim()
  return (cutBefore ? '…' : '') + sentence + (cutAfter ? '…' : '')
}
