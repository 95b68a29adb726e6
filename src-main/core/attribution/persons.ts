// Every person-like name written in the article (outside quotations), found in one pass over the
// tokens. Used to expand a surname to the fullest name and to find what a pronoun refers to.
import type { TokenStream } from './tokens.ts'
import { nameEndingAt } from './mentions.ts'
import { DESCRIPTOR_HEADS, NOT_NAME, isGivenName, type Gender } from './lexicon.ts'

export interface PersonMention {
  s: number
  e: number
  /** Name part only: "Daniel Kritenbrink". */
  name: string
  /** Lower-case last name token, suffixes dropped. */
  surname: string
  title: string | null
  gender: Gender
  para: number
  /** Stands where a subject stands: opens its sentence or is followed by a verb-like word. */
  subject: boolean
  /** Has a given name or title, so it certainly names a person (not "South Korea"). */
  certain: boolean
  tokens: number
}

const NON_SUBJECT_NEXT = new Set(['of', 'for', 'and', 'or', 'in', 'on', 'at', 'to', 'with', 'from', 'by', 'as', 'about', 'into', 'than'])
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/

export function surnameOf(name: string): string {
  const parts = name.split(/\s+/).filter((p) => !SUFFIX.test(p))
  const last = parts.length > 0 ? parts[parts.length - 1] : name
  return last.replace(/['’]s?$/, '').replace(/,$/, '').toLowerCase()
}

export function findPersons(ts: TokenStream, text: string): PersonMention[] {
  const out: PersonMention[] = []
  const toks = ts.toks
  let i = 0
  while (i < toks.length) {
    const t = toks[i]
    if (t.kind !== 'w' || !t.cap || NOT_NAME.has(t.t)) { i++; continue }
    let k = i
    while (k + 1 < toks.length && toks[k + 1].kind === 'w' && toks[k + 1].sent === t.sent &&
      (toks[k + 1].cap || ((toks[k + 1].t === 'of' || toks[k + 1].t === 'for' || toks[k + 1].t === 'and') && toks[k + 2]?.cap === true))) k++
    // A possessive ends the name ("Blinken's trip").
    const hit = nameEndingAt(ts, k, i, text)
    if (hit !== null && hit.type === 'name') {
      const nameToks = hit.name.split(/\s+/)
      // "ministry spokesman Wang Wenbin": a role noun right before the name.
      const prevTok = hit.ti > 0 ? toks[hit.ti - 1] : undefined
      const roleBefore = prevTok !== undefined && prevTok.kind === 'w' && !prevTok.cap && DESCRIPTOR_HEADS.has(prevTok.low)
      const next = toks[k + 1]
      const first = hit.ti === ts.sentStart[t.sent] || (hit.ti > 0 && toks[hit.ti - 1].sent !== t.sent)
      const subject = first || (next !== undefined && next.kind === 'w' && !next.cap && !NON_SUBJECT_NEXT.has(next.low))
      out.push({
        s: hit.s, e: hit.e, name: hit.name, surname: surnameOf(hit.name), title: hit.title, gender: hit.gender, para: t.para,
        subject, certain: hit.title !== null || isGivenName(nameToks[0]) || hit.gender !== null || roleBefore, tokens: nameToks.length,
      })
    }
    i = k + 1
  }
  // A surname used alone is a person when some full name in the article ends with it.
  const known = new Map<string, PersonMention>()
  for (const p of out) if (p.certain && p.tokens > 1) known.set(p.surname, p)
  for (const p of out) {
    const full = known.get(p.surname)
    if (full === undefined || p.certain) continue
    p.certain = true
    if (p.gender === null) p.gender = full.gender
  }
  return out.filter((p) => p.certain)
}
