import type { ArticleMeta } from '../../shared/model.ts'
import type { Cleaned } from './clean.ts'
import { copyrightYear, dateFromFileName, findDates, inferYear, isoDate, isoFromTimestamp, type DateMention } from './dates.ts'
import { knownOutlet, normalizeOutlet, outletFromCopyright } from './outlets.ts'
import type { Hints } from './types.ts'

// Only the first and last stretches of a huge file can carry metadata; scanning all of it for dates
// would cost time for nothing.
const EVIDENCE_HEAD = 100_000
const EVIDENCE_TAIL = 20_000
/** "… in Pyongyang. (Yonhap)": a wire credit after the last sentence. */
const COPYRIGHT_START = /^\s*(?:\(c\)|ⓒ|©|copyright\b)/i
const TRAILING_CREDIT = /[.!?"”'’]\s*\(([^()\n]{2,40})\)\s*$/

function evidenceText(cleaned: Cleaned): string {
  const t = cleaned.text
  const body = t.length <= EVIDENCE_HEAD + EVIDENCE_TAIL ? t : t.slice(0, EVIDENCE_HEAD) + '\n' + t.slice(-EVIDENCE_TAIL)
  return body + '\n' + cleaned.dropped.map((d) => d.text.slice(0, 2000)).join('\n')
}

function findOutlet(cleaned: Cleaned, hints: Hints): string | null {
  const fromDateline = cleaned.header.dateline?.outlet
  if (fromDateline) {
    const o = normalizeOutlet(fromDateline)
    if (o) return o
  }
  for (const d of cleaned.dropped) {
    // A site footer is dropped whole as 'site-chrome' but its copyright line names the outlet too.
    if (d.rule !== 'copyright' && !COPYRIGHT_START.test(d.text)) continue
    const o = outletFromCopyright(d.text)
    if (o) return o
  }
  for (const p of cleaned.body.slice(-3).reverse()) {
    const m = TRAILING_CREDIT.exec(p.slice(-200))
    if (m) {
      const o = normalizeOutlet(m[1])
      if (o) return o
    }
  }
  const byOutlet = cleaned.header.bylineOutlet && knownOutlet(cleaned.header.bylineOutlet)
  if (byOutlet) return byOutlet
  return hints.outlet ? normalizeOutlet(hints.outlet) : null
}

function findDate(cleaned: Cleaned, hints: Hints, fileName: string): { date: string | null; dateRule: string } {
  const dl = cleaned.header.dateline
  if (dl?.month && dl.day && dl.year) return { date: isoDate(dl.year, dl.month, dl.day), dateRule: 'dateline' }
  if (hints.date) return { date: hints.date.date, dateRule: hints.date.rule }

  const evidence = evidenceText(cleaned)
  const copyright = copyrightYear(evidence)
  if (dl?.month && dl.day) {
    // The dateline's own "Nov. 2" is no evidence for its year.
    const mentions: DateMention[] = findDates(evidence)
    const inferred = inferYear(dl.month, dl.day, mentions)
    if (inferred) {
      return { date: isoDate(inferred.year, dl.month, dl.day), dateRule: `dateline+year-from:"${inferred.from.text}"` }
    }
    if (copyright) return { date: isoDate(copyright, dl.month, dl.day), dateRule: `dateline+year-from:copyright ${copyright}` }
    const fromName = dateFromFileName(fileName)
    if (fromName) {
      return { date: isoDate(Number(fromName.date.slice(0, 4)), dl.month, dl.day), dateRule: 'dateline+year-from-file-name' }
    }
  }
  const stamp = cleaned.dropped.find((d) => d.rule === 'timestamp')
  const stampDate = stamp ? isoFromTimestamp(stamp.text) : null
  if (stampDate) return { date: stampDate, dateRule: 'timestamp-line' }
  if (copyright) return { date: isoDate(copyright), dateRule: `copyright ${copyright}` }
  const fromName = dateFromFileName(fileName)
  if (fromName) return { date: fromName.date, dateRule: fromName.rule }
  return { date: null, dateRule: 'undated' }
}

export function buildMeta(cleaned: Cleaned, hints: Hints, fileName: string): ArticleMeta {
  const { date, dateRule } = findDate(cleaned, hints, fileName)
  return {
    headline: cleaned.headline ?? hints.headline,
    byline: cleaned.header.byline ?? hints.byline,
    outlet: findOutlet(cleaned, hints),
    dateline: cleaned.header.dateline?.text ?? null,
    date,
    dateRule,
  }
}
