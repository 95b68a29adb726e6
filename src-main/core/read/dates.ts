import monthData from './data/months.json' with { type: 'json' }

const MONTHS: Record<string, number> = monthData.months
// Longest names first so "Sept" wins over "Sep" and "June" over "Jun" in the alternation.
const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')

export interface DateMention {
  year: number | null
  month: number
  day: number
  /** As written in the text: "Oct. 12, 2023". */
  text: string
}

/** "Nov. 2", "Nov. 2, 2023", "November 2nd 2023" (month first, AP/US style). */
const MONTH_DAY = new RegExp(`\\b(${MONTH_ALT})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s(\\d{4})\\b)?`, 'g')
/** "2 November 2023" (day first, British style); only counted with a year. */
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s(${MONTH_ALT})\\.?,?\\s(\\d{4})\\b`, 'g')
/** "2023-11-02", "2016/02/07", "2016.02.07" (Korean sites). */
const NUMERIC = /\b((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})\b/g
/** "2023년 11월 2일" (Korean). */
const KOREAN = /((?:19|20)\d{2})년\s?(\d{1,2})월\s?(\d{1,2})일/g
const COPYRIGHT_YEAR = /(?:\(c\)|©|copyright)\s*(?:(?:19|20)\d{2}\s*[-–]\s*)?((?:19|20)\d{2})\b/i

export function monthNumber(name: string): number | null {
  return MONTHS[name.replace(/\.$/, '')] ?? null
}

function valid(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  const y = year ?? 2024 // a leap year, so "Feb. 29" without a year stays possible
  return day <= new Date(Date.UTC(y, month, 0)).getUTCDate()
}

/** Every date written in the text, with or without a year. Linear: one pass per pattern. */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = []
  const add = (year: number | null, month: number, day: number, written: string): void => {
    if (valid(year, month, day)) out.push({ year, month, day, text: written })
  }
  for (const m of text.matchAll(MONTH_DAY)) add(m[3] ? Number(m[3]) : null, MONTHS[m[1]], Number(m[2]), m[0])
  for (const m of text.matchAll(DAY_MONTH_YEAR)) add(Number(m[3]), MONTHS[m[2]], Number(m[1]), m[0])
  for (const m of text.matchAll(KOREAN)) add(Number(m[1]), Number(m[2]), Number(m[3]), m[0])
  for (const m of text.matchAll(NUMERIC)) add(Number(m[1]), Number(m[3]), Number(m[4]), m[0])
  return out
}

export function copyrightYear(text: string): number | null {
  const m = COPYRIGHT_YEAR.exec(text)
  return m ? Number(m[1]) : null
}

export function isoDate(year: number, month?: number, day?: number): string {
  const y = String(year).padStart(4, '0')
  if (month === undefined) return y
  const ym = `${y}-${String(month).padStart(2, '0')}`
  return day === undefined ? ym : `${ym}-${String(day).padStart(2, '0')}`
}

/** The date part of an ISO-ish timestamp as written (no time-zone shift): "2023-11-02T09:00+09:00". */
export function isoFromTimestamp(value: string): string | null {
  const m = /^\s*((?:19|20)\d{2})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value)
  if (m) {
    const year = Number(m[1])
    if (m[3] && valid(year, Number(m[2]), Number(m[3]))) return isoDate(year, Number(m[2]), Number(m[3]))
    if (m[2] && Number(m[2]) >= 1 && Number(m[2]) <= 12) return isoDate(year, Number(m[2]))
    return isoDate(year)
  }
  const written = findDates(value).find((d) => d.year !== null)
  return written ? isoDate(written.year as number, written.month, written.day) : null
}

function ordinal(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day)
}

/**
 * A dateline without a year ("Nov. 2") takes the year that puts it on or shortly after the latest
 * fully dated mention: stories cite past events ("in this file photo taken Oct. 12, 2023") far more
 * often than future ones, and the latest such mention bounds the publication date from below.
 */
export function inferYear(month: number, day: number, evidence: DateMention[]): { year: number; from: DateMention } | null {
  let latest: DateMention | null = null
  for (const e of evidence) {
    if (e.year === null) continue
    if (!latest || ordinal(e.year, e.month, e.day) > ordinal(latest.year as number, latest.month, latest.day)) latest = e
  }
  if (!latest || latest.year === null) return null
  const sameYear = ordinal(latest.year, month, day) >= ordinal(latest.year, latest.month, latest.day)
  const year = sameYear ? latest.year : latest.year + 1
  return valid(year, month, day) ? { year, from: latest } : null
}

/** A year, or a full date, written in the file name: "yonhap-2016-blinken…", "2023-11-02 story.txt". */
export function dateFromFileName(fileName: string): { date: string; rule: string } | null {
  const base = fileName.replace(/^.*[\\/]/, '')
  const full = /(?:^|\D)((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?:\D|$)/.exec(base)
  if (full && valid(Number(full[1]), Number(full[2]), Number(full[3]))) {
    return { date: isoDate(Number(full[1]), Number(full[2]), Number(full[3])), rule: 'date-from-file-name' }
  }
  const year = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(base)
  return year ? { date: year[1], rule: 'year-from-file-name' } : null
}
