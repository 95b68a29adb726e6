import { parseDateline, type Dateline } from './dateline.ts'
import { findDates } from './dates.ts'

export interface Header {
  /** Index into lines of the headline, or -1. */
  headline: number
  byline: string | null
  /** Outlet named after the byline: "By JOSH LEDERMAN, Associated Press". */
  bylineOutlet: string | null
  /** Index into lines of the first body paragraph that opens with a dateline, or -1. */
  datelineLine: number
  dateline: Dateline | null
}

const NAME_WORD = "\\p{Lu}[\\p{L}'’.\\-]*"
const NAME_LINK = '(?:and|&|de|da|del|van|von|der|bin|al|la|le)'
// Case-sensitive on purpose: a byline names people with capitals ("By Monday, …" is caught by the
// length limit and the comma tail limit instead).
const BYLINE = new RegExp(
  `^(?:By|BY|by|Written by|Reported by|Words by)\\s+(${NAME_WORD}(?:\\s+(?:${NAME_WORD}|${NAME_LINK})){0,5})\\s*(?:[,|/–—]\\s*(.{0,60}))?$`,
  'u',
)
const TIMESTAMP_LABEL =
  /^(?:posted|updated|published|first published|last updated|last modified|date|입력|수정|등록|기사입력|최종수정)\s*[:：]?\s*/i
const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?(?:\s?(?:KST|UTC|GMT|[ECMP][SD]T))?/gi
const WEEKDAY = /\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|urday|rsday)?\b\.?/gi
/** Lines this long or longer read as body paragraphs, not headlines or kickers. */
const BODY_LENGTH = 150
const HEADER_ZONE = 4
const SCAN = 12

export function parseByline(line: string): { name: string; outlet: string | null } | null {
  const t = line.trim()
  if (t.length > 120) return null
  const m = BYLINE.exec(t)
  if (!m) return null
  return { name: m[1].trim(), outlet: m[2] ? m[2].trim().replace(/[.\s]+$/, '') || null : null }
}

/** A line that is only a date (and maybe a time and a label): "Posted : 2016-02-07 14:50". */
export function isTimestampLine(line: string): boolean {
  const t = line.trim()
  if (t.length === 0 || t.length > 80) return false
  const dates = findDates(t)
  if (dates.length === 0) return false
  let rest = t.replace(TIMESTAMP_LABEL, '')
  for (const d of dates) rest = rest.replace(d.text, '')
  rest = rest.replace(TIME, '').replace(WEEKDAY, '')
  return /^[\s,.|:()\-–—/]*$/.test(rest)
}

/** A one-to-five word tag above a headline ("Blinken-Seoul visit"). */
function isKickerLike(line: string): boolean {
  const t = line.trim()
  return t.length <= 40 && t.split(/\s+/).length <= 5 && !/[.!?:"”]$/.test(t)
}

/**
 * Finds the headline, byline and dateline in the first lines. `rules` holds the boilerplate verdicts
 * (null = kept) and is updated in place for the byline, timestamp and kicker lines dropped here.
 */
export function readHeader(lines: string[], rules: (string | null)[], headlineFixed: boolean): Header {
  const header: Header = { headline: -1, byline: null, bylineOutlet: null, datelineLine: -1, dateline: null }
  const zone: number[] = []
  let anchored = false
  let seen = 0
  for (let i = 0; i < lines.length && seen < SCAN; i++) {
    if (rules[i] !== null || lines[i].trim() === '') continue
    seen++
    // A structural headline ("By the Numbers: …" in an h1) is not to be read as a byline.
    if (headlineFixed && seen === 1) continue
    const line = lines[i]
    const by = parseByline(line)
    if (by) {
      rules[i] = 'byline'
      if (!header.byline) {
        header.byline = by.name
        header.bylineOutlet = by.outlet
      }
      anchored = true
      continue
    }
    if (isTimestampLine(line)) {
      rules[i] = 'timestamp'
      continue
    }
    const dateline = parseDateline(line)
    if (dateline) {
      header.datelineLine = i
      header.dateline = dateline
      header.byline ??= dateline.byline
      anchored = true
      break
    }
    if (line.trim().length >= BODY_LENGTH || anchored) break
    zone.push(i)
  }
  if (headlineFixed) return header

  const candidates = zone.slice(0, HEADER_ZONE)
  if (candidates.length === 0) return header
  if (!anchored) {
    header.headline = candidates[0]
    return header
  }
  // With a byline or dateline below, the header's shape is known: short tags above the headline
  // are kickers.
  let h = candidates.findIndex((i) => !isKickerLike(lines[i]))
  if (h === -1) h = candidates.length - 1
  for (let k = 0; k < h; k++) rules[candidates[k]] = 'kicker'
  header.headline = candidates[h]
  return header
}
