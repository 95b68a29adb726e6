// Terminal output for the CLI: writes that respect pipe back-pressure, and a progress line.
import type { QuoteRow } from './store/quotes.ts'
import type { ImportProgress, ImportSummary } from './services/importer.ts'
import type { SearchHit } from './services/search/quoteSearch.ts'
import type { Span } from './shared/model.ts'

/** Resolves once the chunk is handed to the OS, so large outputs arrive whole through a pipe. */
export function writeOut(chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(chunk, (error) => (error ? reject(error) : resolve()))
  })
}

export function progressPrinter(stream: NodeJS.WriteStream = process.stderr): ((p: ImportProgress) => void) | undefined {
  if (!stream.isTTY) return undefined
  let failed = 0
  let last = 0
  return (p) => {
    if (p.outcome === 'failed') failed++
    const now = Date.now()
    if (now - last < 50 && p.done < p.total) return
    last = now
    const width = 24
    const filled = p.total ? Math.round((p.done / p.total) * width) : width
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled)
    const failedText = failed ? `, ${failed} failed` : ''
    stream.write(`\r\x1b[2K${bar} ${p.done}/${p.total}${failedText}`)
    if (p.done === p.total) stream.write('\r\x1b[2K')
  }
}

export function formatSummary(s: ImportSummary): string {
  const lines = s.failures.map((f) => `failed: ${f.path}: ${f.message}`)
  if (s.stoppedBecause) lines.push(`stopped: ${s.stoppedBecause}`)
  const skipped = s.skipped ? `, ${s.skipped} other files skipped` : ''
  lines.push(
    `${s.added} added, ${s.duplicates} duplicates skipped, ${s.failed} failed, ${s.quotes} quotes found${skipped}`,
  )
  return lines.join('\n') + '\n'
}

const percent = (x: number) => `${Math.round(x * 100)}%`

export function formatQuote(q: QuoteRow): string {
  const who = q.speaker ?? 'speaker unknown'
  const role = q.speakerTitle ? `, ${q.speakerTitle}` : ''
  const review = q.confidence < 0.6 ? ' — needs review' : ''
  const where = [q.article.title, q.article.outlet, q.article.date ?? 'undated'].filter(Boolean).join(' · ')
  return (
    `“${q.text}”\n` +
    `    ${who}${role}  [${q.rule}, ${percent(q.confidence)}${review}]\n` +
    `    ${where}  (${q.article.source} @${q.start}–${q.end})\n`
  )
}

export function quoteJson(q: QuoteRow) {
  return {
    text: q.text,
    kind: q.kind,
    speaker: q.speaker,
    speakerTitle: q.speakerTitle,
    mention: q.mention,
    mentionStart: q.mentionStart,
    mentionEnd: q.mentionEnd,
    start: q.start,
    end: q.end,
    rule: q.rule,
    confidence: q.confidence,
    article: { title: q.article.title, outlet: q.article.outlet, date: q.article.date, source: q.article.source },
  }
}

/** The text with its highlighted spans marked: bold on a terminal, [brackets] in a pipe. */
export function highlight(text: string, spans: Span[], tty = !!process.stdout.isTTY): string {
  const [open, close] = tty ? ['\x1b[1m', '\x1b[22m'] : ['[', ']']
  let out = ''
  let at = 0
  for (const s of spans) {
    out += text.slice(at, s.start) + open + text.slice(s.start, s.end) + close
    at = s.end
  }
  return out + text.slice(at)
}

export function formatHit(hit: SearchHit): string {
  const card = formatQuote({ ...hit.quote, text: highlight(hit.quote.text, hit.highlights) })
  return hit.exact ? card : card.replace('\n', '   (close match, not the exact words)\n')
}
