import monthData from './data/months.json' with { type: 'json' }
import { monthNumber } from './dates.ts'

export interface Dateline {
  /** As written, place and date: "WASHINGTON, Nov. 2". */
  text: string
  month: number | null
  day: number | null
  year: number | null
  /** The wire credit inside the dateline: "Yonhap" in "(Yonhap) --". */
  outlet: string | null
  /** Korean wire datelines name the reporter too: "(서울=연합뉴스) 홍길동 기자 =". */
  byline: string | null
}

// "(서울=연합뉴스) 홍길동 기자 =" / "(워싱턴=연합뉴스) 홍길동 특파원 ="
const KOREAN_DATELINE = /^\((?<place>[\p{L} ]{1,20})=(?<outlet>[\p{L} ]{1,20})\)\s{0,3}(?:(?<name>[\p{L} ]{2,20}?)\s?(?:기자|특파원)\s{0,3})?=\s?/u

const MONTH_ALT = Object.keys(monthData.months)
  .sort((a, b) => b.length - a.length)
  .join('|')
// Place in capitals (optionally ", State"), then an optional date, an optional (Outlet) and a dash.
// Every quantifier is bounded, so a 50 MB first paragraph costs the same as a short one.
const DATELINE = new RegExp(
  '^(?<place>[A-Z][A-Z.\'’/-]{1,30}(?: [A-Z][A-Z.\'’/-]{0,30}){0,3}(?:, [A-Z][A-Za-z.]{1,15}(?: [A-Z][A-Za-z.]{1,15})?)?)' +
    `(?:,? (?<date>(?<month>${MONTH_ALT})\\.? (?<day>\\d{1,2})(?:, (?<year>\\d{4}))?))?` +
    '(?: ?\\((?<outlet>[^()\\n]{2,40})\\))?' +
    '\\s{0,3}(?<dash>--|—|–|-|:)\\s',
)

function parseKorean(head: string): Dateline | null {
  const g = KOREAN_DATELINE.exec(head)?.groups
  if (!g) return null
  return { text: g.place.trim(), month: null, day: null, year: null, outlet: g.outlet.trim(), byline: g.name?.trim() ?? null }
}

export function parseDateline(paragraph: string): Dateline | null {
  const head = paragraph.slice(0, 200)
  if (head.startsWith('(')) return parseKorean(head)
  const m = DATELINE.exec(head)
  const g = m?.groups
  if (!g) return null
  // Without a date or a wire credit, "U.S. - China talks" style openings would pass as datelines.
  if (!g.date && !g.outlet) return null
  if (!g.date && g.dash === ':') return null
  const month = g.month ? monthNumber(g.month) : null
  return {
    text: g.date ? `${g.place}, ${g.date}` : g.place,
    month,
    day: g.day ? Number(g.day) : null,
    year: g.year ? Number(g.year) : null,
    outlet: g.outlet ? g.outlet.trim() : null,
    byline: null,
  }
}
