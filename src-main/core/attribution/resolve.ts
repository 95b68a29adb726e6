// Turns each sieve decision's mention into a speaker: names to people (fullest name), pronouns to
// the nearest compatible earlier person, "the official" to the official named before, and the lead's
// unnamed official to the titled official named right after. Each step says how sure it is.
import type { Ctx } from './context.ts'
import { mentionEndingAt, type MentionHit } from './mentions.ts'
import type { Gender } from './lexicon.ts'
import { OFFICIAL_HEADS, PERSON_HEADS } from './lexicon.ts'
import { addForm, entryForDescriptor, entryForName, entryForOrg, hasGovernmentTitle, type Registry } from './speakers.ts'
import { holdsRole } from './referenceForms.ts'

export interface Resolved {
  speaker: number | null
  /** Multiplies the sieve's confidence. */
  factor: number
}

interface Seen {
  at: number
  entry: number
  head: string | null
}

export interface Resolver {
  ctx: Ctx
  reg: Registry
  /** Speakers attributed so far, in text order. */
  seen: Seen[]
}

const compatible = (want: Gender, have: Gender): boolean => want === null || have === null || want === have

function resolvePronoun(r: Resolver, hit: MentionHit): Resolved {
  const { reg, ctx } = r
  const para = hit.ti >= 0 ? ctx.ts.toks[hit.ti].para : 0
  const head = hit.head ?? ''
  if (head === 'who') {
    // "Smith, who said": the name or source just before the relative pronoun.
    if (hit.ti > 0) {
      const before = ctx.ts.toks[hit.ti - 1].t === ',' ? hit.ti - 2 : hit.ti - 1
      const m = before >= 0 ? mentionEndingAt(ctx.ts, before, Math.max(0, before - 14), ctx.text) : null
      if (m !== null && m.type !== 'pronoun') {
        const res = resolveHit(r, m)
        r.seen.pop() // the antecedent itself is not a new mention of a speaker
        if (res.speaker !== null) return { speaker: res.speaker, factor: 0.85 * res.factor }
      }
    }
    for (let i = reg.persons.length - 1; i >= 0; i--) {
      const p = reg.persons[i]
      if (p.s >= hit.s) continue
      if (hit.s - p.e > 40) break
      return { speaker: entryForName(reg, p.name, p.title, p.gender, p.s).index, factor: 0.85 }
    }
    return { speaker: entryForDescriptor(reg, hit.name.toLowerCase(), head, null, hit.s), factor: 0.4 }
  }
  if (head !== 'he' && head !== 'she') {
    if (head === 'it' || head === 'they') {
      const last = r.seen[r.seen.length - 1]
      if (last !== undefined && reg.entries[last.entry].head === 'it' && hit.s - last.at < 600) return { speaker: last.entry, factor: 0.7 }
    }
    // Unresolved plural or first person: keep the pronoun itself as a descriptor, clearly uncertain.
    return { speaker: entryForDescriptor(reg, hit.name.toLowerCase(), head, null, hit.s), factor: 0.4 }
  }
  const want = hit.gender
  const lastSeen = r.seen[r.seen.length - 1]
  // Walk back over persons named in the text and speakers already attributed, nearest first.
  let pi = reg.persons.length - 1
  while (pi >= 0 && reg.persons[pi].s >= hit.s) pi--
  let si = r.seen.length - 1
  let fallback: Resolved | null = null
  while (pi >= 0 || si >= 0) {
    const p = pi >= 0 ? reg.persons[pi] : null
    const sp = si >= 0 ? r.seen[si] : null
    if (p !== null && (sp === null || p.s >= sp.at)) {
      pi--
      if (p.para < para - 2) break
      if (!compatible(want, p.gender)) continue
      if (!p.subject && fallback !== null) continue
      const idx = entryForName(reg, p.name, p.title, p.gender, p.s)
      const g = reg.entries[idx.index].gender ?? p.gender
      if (!compatible(want, g)) continue
      const factor = (lastSeen?.entry === idx.index ? 0.9 : 0.8) * (g === null ? 0.9 : 1) * (idx.certain ? 1 : 0.85)
      if (p.subject) return learn(r, idx.index, want, factor)
      fallback = fallback ?? { speaker: idx.index, factor: factor * 0.85 }
    } else if (sp !== null) {
      si--
      if (hit.s - sp.at > 1500) break
      const e = reg.entries[sp.entry]
      if (e.head === 'it' || !compatible(want, e.gender)) continue
      if (e.isDescriptor && e.head !== null && e.head.endsWith('s')) continue
      // A bare capitalised word with no title or gender ("Washington") is not surely a person.
      if (!e.isDescriptor && e.gender === null && e.title === null && !e.name.includes(' ')) continue
      return learn(r, sp.entry, want, (sp === lastSeen ? 0.9 : 0.8) * (e.gender === null ? 0.9 : 1))
    }
  }
  if (fallback !== null && fallback.speaker !== null) return learn(r, fallback.speaker, want, fallback.factor)
  return { speaker: entryForDescriptor(reg, hit.name.toLowerCase(), head, want, hit.s), factor: 0.4 }
}

function learn(r: Resolver, entry: number, g: Gender, factor: number): Resolved {
  const e = r.reg.entries[entry]
  if (e.gender === null) e.gender = g
  return { speaker: entry, factor }
}

function resolveDescriptor(r: Resolver, hit: MentionHit): Resolved {
  const { reg } = r
  const head = hit.head ?? ''
  const definite = /^(?:the|this|that)\s/i.test(hit.name)
  if (definite && !head.endsWith('s')) {
    for (let i = r.seen.length - 1; i >= 0; i--) {
      const e = reg.entries[r.seen[i].entry]
      if (r.seen[i].head === head) return { speaker: r.seen[i].entry, factor: 0.9 }
      if (OFFICIAL_HEADS.has(head) && hasGovernmentTitle(e)) return { speaker: r.seen[i].entry, factor: 0.75 }
    }
    // "Holt disagreed. “…,” the Oregon senator said": a person noun refers back to the person
    // just named as a subject, in this paragraph or the one before.
    if (PERSON_HEADS.has(head) && hit.ti >= 0) {
      const para = r.ctx.ts.toks[hit.ti].para
      for (let i = reg.persons.length - 1; i >= 0; i--) {
        const p = reg.persons[i]
        if (p.s >= hit.s) continue
        if (p.para < para - 1) break
        if (!p.subject || !compatible(hit.gender, p.gender)) continue
        // Someone else just named holds that role as much ("Minister Berg met Minister Vik"): unsure.
        // An assistant secretary is no rival to the secretary for "the secretary".
        const mine = holdsRole(p.title, head)
        const rival = reg.persons.some((o) => {
          if (o.s >= hit.s || o.para < para - 1 || o.name === p.name) return false
          const theirs = holdsRole(o.title, head)
          return theirs === 'full' || (theirs === 'lower' && mine !== 'full')
        })
        return { speaker: entryForName(reg, p.name, p.title, p.gender, p.s).index, factor: rival ? 0.45 : 0.7 }
      }
    }
    // "the secretary": a person named earlier with that word in the title, the nearest first. One
    // whose role is exactly that ("Secretary", not "Assistant Secretary") is meant before others;
    // two people who both fit leave the reader unsure, and the attribution says so.
    const fits: { p: (typeof reg.persons)[number]; exact: boolean }[] = []
    for (let i = reg.persons.length - 1; i >= 0; i--) {
      const p = reg.persons[i]
      if (p.s >= hit.s) continue
      const holds = holdsRole(p.title, head)
      if (holds === 'no' || fits.some((f) => f.p.name === p.name)) continue
      fits.push({ p, exact: holds === 'full' })
    }
    const exact = fits.filter((f) => f.exact)
    const chosen = exact.length === 1 ? exact[0] : fits[0]
    if (chosen !== undefined) {
      const sure = fits.length === 1 || exact.length === 1
      const { p } = chosen
      return { speaker: entryForName(reg, p.name, p.title, p.gender, p.s).index, factor: sure ? 0.75 : 0.45 }
    }
  }
  return { speaker: entryForDescriptor(reg, hit.name, head, hit.gender, hit.s), factor: 1 }
}

export function resolveHit(r: Resolver, hit: MentionHit): Resolved {
  let res: Resolved
  if (hit.type === 'name') {
    const e = entryForName(r.reg, hit.name, hit.title, hit.gender, hit.s)
    res = { speaker: e.index, factor: e.certain ? 1 : 0.8 }
  } else if (hit.type === 'org') {
    res = { speaker: entryForOrg(r.reg, hit.name, hit.s), factor: 1 }
  } else if (hit.type === 'descriptor') {
    res = resolveDescriptor(r, hit)
  } else {
    res = resolvePronoun(r, hit)
  }
  if (res.speaker !== null) {
    addForm(r.reg.entries[res.speaker], hit.name)
    r.seen.push({ at: hit.s, entry: res.speaker, head: hit.type === 'descriptor' ? hit.head : null })
  }
  return res
}
