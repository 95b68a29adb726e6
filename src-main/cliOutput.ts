// Terminal output for the CLI: writes that respect pipe back-pressure, and a progress line.
import type { QuoteRow } from './store/quotes.ts'
import type { ImportProgress, ImportSummary } from './services/importer.ts'
import type { SearchHit } from './services/search/quoteSearch.ts'
import { NEEDS_REVIEW_BELOW, type Span } from './shared/model.ts'
import type { Verification } from './services/verify/verify.ts'
import type { DiffOp } from './services/verify/wordDiff.ts'
import type { SpeakerUse } from './services/xref.ts'

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
  // How the sentence names them ("he", "the official") when that is not their name.
  const named = q.mention && q.speaker && !q.speaker.includes(q.mention) ? ` (here “${q.mention}”)` : ''
  const review = q.confidence < NEEDS_REVIEW_BELOW ? ' — needs review' : ''
  const where = [q.article.title, q.article.outlet, q.article.date ?? 'undated'].filter(Boolean).join(' · ')
  return (
    `“${q.text}”\n` +
    `    ${who}${role}${named}  [${q.rule}, ${percent(q.confidence)}${review}]\n` +
    `    ${where}  (${q.article.source} @${q.start}–${q.end})\n`
  )
}

export function quoteJson(q: QuoteRow) {
  return {
    id: q.id,
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

const VERDICT_WORDS: Record<Verification['verdict'], string> = {
  supported: '✔ Supported',
  altered: '≈ Altered',
  misattributed: '✘ Misattributed',
  not_found: '∅ Not found',
  needs_review: '? Needs review',
}

/** Removed words struck through and added words underlined on a terminal; [-…-] and {+…+} in a pipe. */
export function formatDiff(ops: DiffOp[], tty = !!process.stdout.isTTY): string {
  return ops
    .map((o) => {
      if (o.op === 'same') return o.text
      if (o.op === 'spelling') return tty ? `\x1b[4m${o.text}\x1b[24m (claimed: ${o.claimed})` : `${o.text} (claimed: ${o.claimed})`
      if (o.op === 'removed') return tty ? `\x1b[9m${o.text}\x1b[29m` : `[-${o.text}-]`
      return tty ? `\x1b[4m${o.text}\x1b[24m` : `{+${o.text}+}`
    })
    .join(' ')
}

export function formatVerification(v: Verification): string {
  const lines = [`${VERDICT_WORDS[v.verdict]} — ${v.reason}`]
  for (const e of v.evidence.slice(0, 3)) {
    const role = e.role ? `, ${e.role}` : ''
    const where = [e.article.title, e.article.outlet, e.article.date ?? 'undated'].filter(Boolean).join(' · ')
    lines.push(
      '',
      `  “${e.text}”`,
      `    ${e.speaker ?? 'speaker unknown'}${role}  [${e.rule}, ${percent(e.confidence)}]`,
      `    claim vs. quote: ${formatDiff(e.diff)}`,
      `    context: ${e.context}`,
      `    ${where}  (${e.article.source} @${e.start}–${e.end})`,
    )
  }
  return lines.join('\n') + '\n'
}

export function verificationJson(v: Verification) {
  return {
    verdict: v.verdict,
    claimedSpeaker: v.claimedSpeaker,
    actualSpeaker: v.actualSpeaker,
    reason: v.reason,
    evidence: v.evidence.map((e) => ({
      quoteId: e.quoteId,
      text: e.text,
      speaker: e.speaker,
      role: e.role,
      article: e.article,
      context: e.context,
      start: e.start,
      end: e.end,
      diff: e.diff,
      rule: e.rule,
      confidence: e.confidence,
    })),
  }
}

export function formatXref(uses: SpeakerUse[]): string {
  const lines: string[] = []
  for (const use of uses) {
    const statements = use.statements.length === 1 ? '1 statement' : `${use.statements.length} statements`
    lines.push(`■ ${use.speaker ?? 'Speaker unknown'} — ${statements}, first ${use.firstDate ?? 'undated'}`)
    for (const statement of use.statements) {
      lines.push(`  “${statement.text}”`)
      for (const { quote, diff } of statement.appearances) {
        const drift = diff.some((d) => d.op !== 'same') ? `\n      wording: ${formatDiff(diff)}` : ''
        lines.push(`    ${quote.article.date ?? 'undated'} · ${quote.article.outlet ?? 'unknown outlet'} · ${quote.article.title ?? '(untitled)'}  (${quote.article.source})${drift}`)
      }
    }
    lines.push('')
  }
  return lines.join('\n')
}

export function formatTimelineEntry(q: QuoteRow): string {
  const role = q.speakerTitle ? ` — as ${q.speakerTitle}` : ''
  return `${q.article.date ?? 'undated'}${role}\n  “${q.text}”\n  ${q.article.title ?? '(untitled)'} · ${q.article.outlet ?? 'unknown outlet'}  [${q.rule}, ${percent(q.confidence)}]\n`
}
