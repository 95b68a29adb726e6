// The article's speakers: one entry per person, organisation or unnamed source, whatever forms the
// text uses. People are keyed by full name, so two people sharing a surname stay apart; a bare
// surname joins the nearest preceding full name that ends with it.
import type { Speaker } from '../../shared/model.ts'
import type { Gender } from './lexicon.ts'
import { GOVERNMENT_TITLES } from './lexicon.ts'
import { surnameOf, type PersonMention } from './persons.ts'

export interface Entry {
  name: string
  isDescriptor: boolean
  names: string[]
  title: string | null
  surname: string | null
  gender: Gender
  /** Lower-case head noun of a descriptor ("official"). */
  head: string | null
  /** Position of the first mention, for "the lead's unnamed official" rules. */
  firstAt: number
}

export interface Registry {
  entries: Entry[]
  persons: PersonMention[]
  /** Full names (two words or more) by lower-case surname, in text order. */
  fullBySurname: Map<string, PersonMention[]>
}

export function newRegistry(persons: PersonMention[]): Registry {
  const fullBySurname = new Map<string, PersonMention[]>()
  for (const p of persons) {
    if (p.tokens < 2) continue
    const list = fullBySurname.get(p.surname)
    if (list === undefined) fullBySurname.set(p.surname, [p])
    else list.push(p)
  }
  return { entries: [], persons, fullBySurname }
}

export function addForm(e: Entry, form: string): void {
  if (!e.names.includes(form)) e.names.push(form)
}

function tokensOf(name: string): string[] {
  return name.split(/\s+/).filter((w) => w.length > 0)
}

function sameFirst(a: string, b: string): boolean {
  const fa = tokensOf(a)[0].toLowerCase()
  const fb = tokensOf(b)[0].toLowerCase()
  return fa === fb || (fa.length > 1 && fb.length > 1 && (fa.startsWith(fb.replace(/\.$/, '')) || fb.startsWith(fa.replace(/\.$/, ''))))
}

/** The person a name mention at offset `at` refers to, created on first sight. */
export function entryForName(reg: Registry, written: string, title: string | null, gender: Gender, at: number): { index: number; certain: boolean } {
  const caps = /^[A-Z'’.-]+$/.test(written) && written.length > 3 // a transcript label, "HARPER"
  const name = written
  const surname = surnameOf(name)
  let full = name
  let fullTitle = title
  let fullGender = gender
  let certain = true
  if (tokensOf(name).length === 1 || caps) {
    // Expand a surname to the nearest preceding full name ending with it (else the nearest following).
    let before: PersonMention | null = null
    let after: PersonMention | null = null
    const distinct = new Set<string>()
    for (const p of reg.fullBySurname.get(surname) ?? []) {
      distinct.add(p.name)
      if (p.s < at) before = p
      else if (after === null) after = p
    }
    let best = before ?? after
    if (best === null && !caps) {
      // East Asian order ("Wang Wenbin" … "Wang said"): the family name comes first.
      for (const p of reg.persons) {
        if (p.tokens < 2 || p.name.split(/\s+/)[0] !== written) continue
        if (p.s < at || best === null) best = p
      }
    }
    if (best !== null) {
      full = best.name
      fullTitle = fullTitle ?? best.title
      fullGender = fullGender ?? best.gender
      certain = distinct.size <= 1
    }
  }
  const many = tokensOf(full).length > 1
  const fullSurname = surnameOf(full)
  for (let i = 0; i < reg.entries.length; i++) {
    const e = reg.entries[i]
    if (e.isDescriptor || (e.surname !== surname && e.surname !== fullSurname)) continue
    const eMany = tokensOf(e.name).length > 1
    if (many && eMany && !sameFirst(e.name, full)) continue // Ewen Jones ≠ Stephen Jones
    if (many && !eMany) e.name = full
    if (many && eMany && full.length > e.name.length) e.name = full
    addForm(e, written)
    if (full !== written) addForm(e, full)
    e.title = e.title ?? fullTitle
    e.gender = e.gender ?? fullGender
    return { index: i, certain }
  }
  const names = full !== written ? [full, written] : [written]
  reg.entries.push({ name: full, isDescriptor: false, names, title: fullTitle, surname: fullSurname, gender: fullGender, head: null, firstAt: at })
  return { index: reg.entries.length - 1, certain }
}

export function entryForOrg(reg: Registry, written: string, at: number): number {
  const name = written.replace(/^the\s+/i, '')
  const found = reg.entries.findIndex((e) => !e.isDescriptor && e.head === 'it' && e.name.toLowerCase() === name.toLowerCase())
  if (found >= 0) { addForm(reg.entries[found], written); return found }
  reg.entries.push({ name, isDescriptor: false, names: [written], title: null, surname: null, gender: null, head: 'it', firstAt: at })
  return reg.entries.length - 1
}

export function entryForDescriptor(reg: Registry, written: string, head: string, gender: Gender, at: number): number {
  const key = written.toLowerCase()
  const found = reg.entries.findIndex((e) => e.isDescriptor && e.name.toLowerCase() === key)
  if (found >= 0) return found
  reg.entries.push({ name: written, isDescriptor: true, names: [written], title: null, surname: null, gender, head, firstAt: at })
  return reg.entries.length - 1
}

export function hasGovernmentTitle(e: Entry): boolean {
  if (e.isDescriptor || e.title === null) return false
  for (const w of e.title.split(/[\s,]+/)) if (GOVERNMENT_TITLES.has(w)) return true
  return false
}

export function toSpeaker(e: Entry): Speaker {
  return { name: e.name, isDescriptor: e.isDescriptor, names: [...e.names], title: e.title }
}
