// The sentence (or sentences) of the article around a quote, for the evidence a reader checks.
const BOUNDARY = /[.!?]["”’)]*\s+(?=["“‘(]?\p{Lu})|\n+/gu

export function contextSentence(text: string, start: number, end: number, maxLength = 600): string {
  let from = 0
  let to = text.length
  for (const m of text.matchAll(BOUNDARY)) {
    const boundaryEnd = m.index + m[0].length
    if (boundaryEnd <= start) from = boundaryEnd
    else if (m.index >= end) {
      to = m.index + m[0].trimEnd().length
      break
    }
  }
  let sentence = text.slice(from, to).trim()
  if (sentence.length > maxLength) {
    const a = Math.max(from, start - 200)
    const b = Math.min(to, end + 200)
    sentence = `${a > from ? '…' : ''}${text.slice(a, b).trim()}${b < to ? '…' : ''}`
  }
  return sentence
}
