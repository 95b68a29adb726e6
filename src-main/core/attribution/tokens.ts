// The text outside quotations as a token stream, built once per article. Every top-level quotation
// becomes ONE opaque token, so attribution patterns ("…," he said) are matched on tokens without ever
// rescanning quote contents, and sentence boundaries inside a quotation cannot split its sentence.
import type { FoundQuote } from '../quotes/classify.ts'
import type { Layout } from '../quotes/paragraphs.ts'

export interface Tok {
  s: number
  e: number
  /** The token as written ('' for a quotation token). */
  t: string
  /** Lower case form, for word lists. */
  low: string
  /** 'w' word, 'p' punctuation, 'q' quotation. */
  kind: 'w' | 'p' | 'q'
  /** Starts with an upper-case letter (words only). */
  cap: boolean
  /** Index into the found quotes for 'q' tokens, else -1. */
  quote: number
  para: number
  sent: number
  /** Used as a reporting verb here (set by markReportingVerbs). */
  verb: boolean
  /** A reporting verb after will/to/may…: reported only when it directly attributes a quotation. */
  modal: boolean
}

export interface TokenStream {
  toks: Tok[]
  /** Token index of each found quote (top-level ones; nested quotes get their outer quote's token). */
  quoteTok: number[]
  /** First token index of each sentence, plus a final sentinel equal to toks.length. */
  sentStart: number[]
  /** First token index of each paragraph, plus a final sentinel. */
  paraStart: number[]
}

const WORD = /[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*\.?|\S/gu
const ABBREV = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'gov.', 'sen.', 'sens.', 'rep.', 'reps.', 'st.', 'jr.', 'sr.', 'gen.', 'lt.', 'col.', 'capt.', 'sgt.',
  'prof.', 'rev.', 'inc.', 'corp.', 'co.', 'ltd.', 'no.', 'nos.', 'vs.', 'v.', 'etc.', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.',
  'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.', 'adm.', 'cmdr.', 'maj.', 'amb.', 'sec.', 'pres.', 'del.', 'mt.', 'ft.', 'gov.',
  'approx.', 'dept.', 'est.', 'fig.', 'mme.', 'mx.', 'messrs.', 'ave.', 'blvd.', 'calif.', 'fla.', 'ind.', 'ill.', 'mass.', 'mich.',
  'minn.', 'penn.', 'tenn.', 'tex.', 'wash.', 'wis.', 'ariz.', 'ark.', 'colo.', 'conn.', 'ky.', 'la.', 'md.', 'mo.', 'nev.', 'okla.',
  'ore.', 'pa.', 'va.', 'vt.', 'wyo.', 'ala.', 'ga.', 'kan.', 'neb.', 'miss.',
])
const UPPER = /^\p{Lu}/u

function pushWords(text: string, s: number, e: number, para: number, toks: Tok[]): void {
  WORD.lastIndex = 0
  const seg = text.slice(s, e)
  let m: RegExpExecArray | null
  while ((m = WORD.exec(seg)) !== null) {
    let w = m[0]
    const at = s + m.index
    const isWord = /^[\p{L}\p{N}]/u.test(w)
    if (isWord && w.length > 1 && w.endsWith('.')) {
      const low = w.toLowerCase()
      // Keep the period of abbreviations and initials (U.S., Gov., R.); split it off a sentence end.
      const keep = ABBREV.has(low) || /^\p{L}\.$/u.test(w) || /\p{L}\.\p{L}/u.test(w)
      if (!keep) {
        w = w.slice(0, -1)
        toks.push(mk(at, w, 'w', para))
        toks.push(mk(at + w.length, '.', 'p', para))
        continue
      }
    }
    toks.push(mk(at, w, isWord ? 'w' : 'p', para))
  }
}

function mk(s: number, t: string, kind: 'w' | 'p', para: number): Tok {
  return { s, e: s + t.length, t, low: t.toLowerCase(), kind, cap: kind === 'w' && UPPER.test(t), quote: -1, para, sent: 0, verb: false, modal: false }
}

function endsSentence(text: string, toks: Tok[], i: number, quotes: FoundQuote[]): boolean {
  const t = toks[i]
  const next = toks[i + 1]
  if (next === undefined || next.para !== t.para) return true
  if (t.kind === 'p') {
    if (t.t !== '.' && t.t !== '!' && t.t !== '?') return false
    if (next.kind === 'p' && (next.t === ')' || next.t === ',' || next.t === ';' || next.t === ':')) return false
    return !(next.kind === 'w' && !next.cap)
  }
  if (t.kind === 'q') {
    const q = quotes[t.quote]
    let k = q.end - 1
    while (k > q.start && /[\s'’"”]/.test(text[k])) k--
    return /[.!?]/.test(text[k]) && next.cap
  }
  // "in the U.S. The next day…": an abbreviation ends a sentence only before a capitalised function word.
  return t.t.endsWith('.') && next.cap && /^(?:The|He|She|They|It|But|And|In|A|We|I)$/.test(next.t)
}

export function tokenize(text: string, quotes: FoundQuote[], layout: Layout): TokenStream {
  const toks: Tok[] = []
  const quoteTok: number[] = new Array<number>(quotes.length).fill(-1)
  const paraStart: number[] = []
  let qi = 0
  for (let pi = 0; pi < layout.paras.length; pi++) {
    const p = layout.paras[pi]
    paraStart.push(toks.length)
    let pos = p.start
    while (qi < quotes.length && quotes[qi].para === pi) {
      const q = quotes[qi]
      if (q.outer >= 0) { quoteTok[qi] = quoteTok[q.outer]; qi++; continue }
      pushWords(text, pos, q.open, pi, toks)
      const end = q.closeEnd
      quoteTok[qi] = toks.length
      toks.push({ s: q.open, e: end, t: '', low: '', kind: 'q', cap: false, quote: qi, para: pi, sent: 0, verb: false, modal: false })
      pos = end
      qi++
    }
    pushWords(text, pos, p.end, pi, toks)
  }
  paraStart.push(toks.length)
  const sentStart: number[] = [0]
  let sent = 0
  for (let i = 0; i < toks.length; i++) {
    toks[i].sent = sent
    if (i + 1 < toks.length && endsSentence(text, toks, i, quotes)) {
      sent++
      sentStart.push(i + 1)
    }
  }
  sentStart.push(toks.length)
  return { toks, quoteTok, sentStart, paraStart }
}
