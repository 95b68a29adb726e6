// Reads the words that name a speaker around a reporting verb: a name with its title
// ("Assistant Secretary … Daniel Kritenbrink"), a pronoun ("he"), a relative ("who") or an unnamed
// source ("a senior U.S. official"). Works on the token stream, never on raw text.
import type { TokenStream } from './tokens.ts'
import { isReportingVerb } from './verbs.ts'

export { isAnyReportingVerb, isReportingVerb, markReportingVerbs } from './verbs.ts'
export { PREPOSITIONS, type MentionHit, type MentionType } from './mentionWords.ts'
import {
  LONE_DETERMINERS, NP_STOP, PARTICLES, POSTMOD, PREPOSITIONS, PRE_NAME, SUFFIXES, isNameWord, isPossessive, pronounAt, text, type MentionHit,
} from './mentionWords.ts'
import {
  DESCRIPTOR_HEADS, DETERMINERS, NOT_NAME, ORGANISATIONS, SPEAKER_PRONOUNS, TITLES, TITLE_CONNECTORS, VERBS,
  genderOfGivenName, genderOfTitle, isGivenName, type Gender,
} from './lexicon.ts'

/** A capitalised run ending at token i (inclusive), split into title and name. */
export function nameEndingAt(ts: TokenStream, i: number, lo: number, src: string): MentionHit | null {
  const toks = ts.toks
  const last = toks[i]
  if (last === undefined || !(isNameWord(last, toks[i - 1]) || SUFFIXES.has(last.t))) return null
  let a = i
  while (a - 1 >= lo && i - a < 14) {
    const p = toks[a - 1]
    if (p.sent !== last.sent) break
    if (isNameWord(p)) { a--; continue }
    const pp = toks[a - 2]
    // "Secretary of State", "Pacific Affairs", "Ludwig van Beethoven": lower-case glue between capitals.
    if (p.kind === 'w' && (TITLE_CONNECTORS.has(p.t) || PARTICLES.has(p.t)) && pp !== undefined && a - 2 >= lo && isNameWord(pp)) { a -= 2; continue }
    break
  }
  while (a < i && !toks[a].cap) a++
  // The name is the trailing run of non-title words, starting at a given name when one is there.
  let k = i
  while (k - 1 >= a && !TITLES.has(toks[k - 1].t) && !TITLE_CONNECTORS.has(toks[k - 1].t)) k--
  if (k <= i) {
    for (let g = k; g < i; g++) if (isGivenName(toks[g].t)) { k = g; break }
    if (i - k > 3) k = i - 2
  }
  const lastWord = toks[i].t
  const isOrg = ORGANISATIONS.has(lastWord) || (/^[A-Z]{2,}$/.test(lastWord) && lastWord.length <= 6 && i === a)
  if (isOrg) {
    return { ti: a, tj: i + 1, s: toks[a].s, e: toks[i].e, type: 'org', name: text(ts, a, i, src), title: null, gender: null, head: 'it' }
  }
  if (TITLES.has(lastWord) && k >= i) {
    // Only title words ("the President said"): an unnamed role, not a name.
    return { ti: a, tj: i + 1, s: toks[a].s, e: toks[i].e, type: 'descriptor', name: text(ts, a, i, src), title: null, gender: genderOfTitle(lastWord), head: lastWord.toLowerCase() }
  }
  let gender: Gender = null
  for (let g = a; g < k && gender === null; g++) gender = genderOfTitle(toks[g].t)
  if (gender === null) gender = genderOfGivenName(toks[k].t)
  const title = k > a ? text(ts, a, k - 1, src) : null
  return { ti: a, tj: i + 1, s: toks[a].s, e: toks[i].e, type: 'name', name: text(ts, k, i, src), title, gender, head: null }
}

/** An unnamed-source descriptor whose head noun is token h: "a senior U.S. official". */
export function descriptorEndingAt(ts: TokenStream, h: number, lo: number, src: string): MentionHit | null {
  const toks = ts.toks
  const head = toks[h]
  if (head === undefined || head.kind !== 'w' || head.cap || !DESCRIPTOR_HEADS.has(head.low)) return null
  let a = h
  let hasDet = false
  while (a - 1 >= lo && h - a < 7) {
    const p = toks[a - 1]
    if (p.kind !== 'w' || p.sent !== head.sent) break
    if (DETERMINERS.has(p.low)) { a--; hasDet = true; break }
    if (VERBS.has(p.low) || TITLE_CONNECTORS.has(p.low) || NP_STOP.has(p.low) || SPEAKER_PRONOUNS.has(p.low)) break
    a--
  }
  // Without a determiner only a bare plural or a possessive opener makes a descriptor ("officials said").
  if (!hasDet && a === h && !head.low.endsWith('s')) return null
  if (!hasDet && a < h && !toks[a].cap && !isPossessive(toks[a])) a = h
  const gender: Gender = /woman$/.test(head.low) ? 'f' : /man$/.test(head.low) ? 'm' : null
  return { ti: a, tj: h + 1, s: toks[a].s, e: head.e, type: 'descriptor', name: text(ts, a, h, src), title: null, gender, head: head.low }
}

/** The mention ending exactly at token i: pronoun, name (with appositive or party tag) or descriptor. */
export function mentionEndingAt(ts: TokenStream, i: number, lo: number, src: string, depth = 0): MentionHit | null {
  const toks = ts.toks
  let t = toks[i]
  if (t === undefined || i < lo) return null
  if (t.t === ')') {
    // "Gov. Dana Holt (R-OR) said": skip the party tag.
    let j = i - 1
    while (j > lo && toks[j].t !== '(' && i - j < 8) j--
    if (toks[j]?.t !== '(') return null
    const hit = mentionEndingAt(ts, j - 1, lo, src)
    if (hit !== null) { hit.tj = i + 1; hit.e = t.e }
    return hit
  }
  if (t.t === ',') {
    // "Wendy Sherman, U.S. undersecretary of state, said": the appositive becomes the title.
    let j = i - 1
    while (j > lo && toks[j].t !== ',' && toks[j].kind !== 'q' && toks[j].sent === t.sent && i - j < 25) j--
    // No earlier comma: the mention ends right before this one ("Vale, during …" from its start).
    if (toks[j]?.t !== ',') return mentionEndingAt(ts, i - 1, lo, src)
    if (j === i - 1) return null
    // An appositive is a noun phrase: a name followed by a verb ("Holt went after Vale") is a clause.
    for (let m = j + 1; m < i; m++) {
      if (isReportingVerb(toks[m]) && !toks[m].low.endsWith('ing')) return null
      const n = toks[m + 1]
      if (isNameWord(toks[m]) && m + 1 < i && n.kind === 'w' && !n.cap && (VERBS.has(n.low) || /ed$/.test(n.low))) return null
    }
    const hit = mentionEndingAt(ts, j - 1, lo, src)
    const before = hit !== null && hit.ti > 0 ? toks[hit.ti - 1] : undefined
    // "Holt, during a meeting in Salem, Oregon, said": the name after a preposition is inside the
    // inserted phrase; the subject stands before the comma that opens it.
    if (hit !== null && before !== undefined && before.kind === 'w' && PREPOSITIONS.has(before.low) && depth < 2) {
      let c = hit.ti - 1
      while (c > lo && toks[c].t !== ',' && toks[c].kind !== 'q' && toks[c].sent === t.sent && hit.ti - c < 20) c--
      if (toks[c]?.t === ',') return mentionEndingAt(ts, c, lo, src, depth + 1)
      // "Her old coach at the club, Tom Reed, called": the inserted phrase is the name itself.
      return depth === 0 ? mentionEndingAt(ts, i - 1, j + 1, src, 1) : null
    }
    // No subject before the inserted phrase: "After the vote, Gov. Dana Holt (R-OR), said".
    if (hit === null || hit.type === 'pronoun') return depth === 0 ? mentionEndingAt(ts, i - 1, j + 1, src, 1) : null
    if (hit.title === null && hit.type === 'name') hit.title = text(ts, j + 1, i - 1, src)
    // "Another critic, Dana Holt, said": the descriptor introduces the name, which is the speaker.
    if (hit.type === 'descriptor' && depth === 0) {
      const inner = mentionEndingAt(ts, i - 1, j + 1, src, 1)
      if (inner !== null && inner.type === 'name' && inner.ti === j + 1) {
        inner.title = inner.title ?? hit.name
        inner.ti = hit.ti
        inner.s = hit.s
        inner.tj = i
        return inner
      }
    }
    return hit
  }
  const pron = pronounAt(ts, i)
  if (pron !== null) return pron
  if (t.kind !== 'w') return null
  if (t.cap) return nameEndingAt(ts, i, lo, src)
  const desc = descriptorEndingAt(ts, i, lo, src)
  if (desc !== null) return desc
  // "Yet another said": a determiner standing alone for a person.
  if (LONE_DETERMINERS.has(t.low) && !(i > 0 && DETERMINERS.has(toks[i - 1].low)) && isReportingVerb(toks[i + 1])) {
    return { ti: i, tj: i + 1, s: t.s, e: t.e, type: 'descriptor', name: t.t, title: null, gender: null, head: t.low }
  }
  // "people familiar with the matter said": a head noun a few words back, then a post-modifier.
  for (let h = i - 1; h >= lo && i - h < 8; h--) {
    t = toks[h]
    if (t.kind !== 'w' || t.sent !== toks[i].sent || VERBS.has(t.low)) break
    if (NP_STOP.has(toks[i].low)) break
    if (DESCRIPTOR_HEADS.has(t.low) && POSTMOD.has(toks[h + 1].low) && i - h < 6) {
      const d = descriptorEndingAt(ts, h, lo, src)
      if (d !== null) { d.tj = i + 1; d.e = toks[i].e; d.name = text(ts, d.ti, i, src) }
      return d
    }
  }
  return null
}

/** The mention that starts at token j and runs forward: "said Sen. John McCain", "according to officials". */

/**
 * Up to `max` lower-case role words from token `from` ending in a descriptor head, then a name in the
 * same sentence ("campaign spokesman Tom Reed"): the name, titled by everything from token `j`.
 */
function roleWordsThenName(ts: TokenStream, j: number, from: number, max: number, hi: number, src: string): MentionHit | null {
  const toks = ts.toks
  const t = toks[j]
  let r = from
  while (r < hi && r - from < max && toks[r].kind === 'w' && !toks[r].cap && !VERBS.has(toks[r].low) && !NP_STOP.has(toks[r].low) && !DETERMINERS.has(toks[r].low)) r++
  if (r === from || r >= hi || !DESCRIPTOR_HEADS.has(toks[r - 1].low) || !isNameWord(toks[r]) || toks[r].sent !== t.sent) return null
  const person = mentionStartingAt(ts, r, hi, src)
  if (person === null || person.type !== 'name') return null
  person.title = src.slice(t.s, toks[r - 1].e)
  person.ti = j
  person.s = t.s
  return person
}

export function mentionStartingAt(ts: TokenStream, j: number, hi: number, src: string): MentionHit | null {
  const toks = ts.toks
  const t = toks[j]
  if (t === undefined || j >= hi) return null
  const pron = pronounAt(ts, j)
  if (pron !== null) return pron
  if (t.kind !== 'w') return null
  if (t.cap && !NOT_NAME.has(t.t)) {
    let k = j
    while (k + 1 < hi && toks[k + 1].sent === t.sent) {
      const n = toks[k + 1]
      if (isNameWord(n, toks[k]) || SUFFIXES.has(n.t)) { k++; continue }
      if (n.kind === 'w' && (TITLE_CONNECTORS.has(n.t) || PARTICLES.has(n.t)) && toks[k + 2] !== undefined && isNameWord(toks[k + 2])) { k += 2; continue }
      break
    }
    // "City Hall officials", "Holt spokesman Tom Reed": a role noun right after the run.
    const role = toks[k + 1]
    if (role !== undefined && k + 1 < hi && role.kind === 'w' && !role.cap && DESCRIPTOR_HEADS.has(role.low) && role.sent === t.sent) {
      const after = toks[k + 2]
      if (after !== undefined && k + 2 < hi && isNameWord(after)) {
        const person = mentionStartingAt(ts, k + 2, hi, src)
        if (person !== null && person.type === 'name') {
          person.title = src.slice(t.s, role.e)
          person.ti = j
          person.s = t.s
          return person
        }
      }
      return { ti: j, tj: k + 2, s: t.s, e: role.e, type: 'descriptor', name: text(ts, j, k + 1, src), title: null, gender: null, head: role.low }
    }
    // "Former Liberal mayoral candidate Tom Vale": lower-case role words, then the name.
    const titled = roleWordsThenName(ts, j, k + 1, 3, hi, src)
    if (titled !== null) return titled
    const named = nameEndingAt(ts, k, j, src)
    if (named !== null || !isPossessive(t)) return named
  }
  // "former Rep. George Miller": a lower-case modifier before a capitalised title or name.
  if (PRE_NAME.has(t.low) && toks[j + 1]?.cap === true) {
    const named = mentionStartingAt(ts, j + 1, hi, src)
    if (named !== null && named.type === 'name') {
      named.ti = j
      named.s = t.s
      named.title = src.slice(t.s, toks[j + 1].s) + (named.title ?? '')
      return named
    }
  }
  // "campaign spokesman Tom Reed": lower-case role words, then the name they title.
  const titled = roleWordsThenName(ts, j, j, 4, hi, src)
  if (titled !== null) return titled
  for (let h = j; h < hi && h - j < 7; h++) {
    const w = toks[h]
    if (w.kind !== 'w' || w.sent !== t.sent) break
    if (DESCRIPTOR_HEADS.has(w.low) && !w.cap) return descriptorEndingAt(ts, h, j, src)
  }
  // "said a New Hampshire Republican", "said the 46-year-old": a determiner opens a noun phrase
  // that runs to the last word before punctuation, a verb or a preposition.
  if (DETERMINERS.has(t.low) || isPossessive(t)) {
    let end = j
    while (end + 1 < hi && end - j < 6) {
      const n = toks[end + 1]
      // An -ing word modifies the next noun ("the shipping tycoon") or opens a clause ("the group holding a vote").
      const ingClause = n.low.endsWith('ing') && !n.cap && (toks[end + 2] === undefined || toks[end + 2].kind !== 'w' || toks[end + 2].cap || DETERMINERS.has(toks[end + 2].low))
      if (n.kind !== 'w' || n.sent !== t.sent || VERBS.has(n.low) || NP_STOP.has(n.low) || ingClause) break
      // "the board sent a notice": a lower-case word before a determiner is the verb.
      if (end > j && !n.cap && toks[end + 2] !== undefined && DETERMINERS.has(toks[end + 2].low) && !DETERMINERS.has(n.low)) break
      // "the City Council issued …": after a capitalised name, a plain lower-case word is the verb.
      if (end > j && toks[end].cap && !n.cap && !DESCRIPTOR_HEADS.has(n.low)) break
      // "several groups loaned Mr. Vale …": an -ed word before a name or determiner is the verb.
      const after = toks[end + 2]
      if (end > j && !n.cap && /[a-z]ed$/.test(n.low) && after !== undefined && (after.cap || DETERMINERS.has(after.low))) break
      end++
    }
    // "…," tweeted another. / said one.
    if (end === j && LONE_DETERMINERS.has(t.low) && (toks[j + 1] === undefined || toks[j + 1].kind === 'p')) {
      return { ti: j, tj: j + 1, s: t.s, e: t.e, type: 'descriptor', name: t.t, title: null, gender: null, head: t.low }
    }
    if (end > j) {
      const last = toks[end]
      // "Holt's top policy aide Tom Reed": a role, then the name.
      if (last.cap && isNameWord(last)) {
        let n = end
        while (n - 1 > j && isNameWord(toks[n - 1])) n--
        const named = nameEndingAt(ts, end, n, src)
        if (named !== null && named.type === 'name') {
          named.title = src.slice(t.s, toks[n - 1].e)
          named.ti = j
          named.s = t.s
          return named
        }
      }
      return { ti: j, tj: end + 1, s: t.s, e: last.e, type: 'descriptor', name: text(ts, j, end, src), title: null, gender: null, head: last.low }
    }
  }
  return null
}
