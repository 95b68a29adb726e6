// Runs the sieves in order of certainty, then resolves every decided mention to a speaker.
import type { Attribution, Speaker } from '../../shared/model.ts'
import type { FoundQuote } from '../quotes/classify.ts'
import type { Layout } from '../quotes/paragraphs.ts'
import type { Ctx, Decision, Sieve } from './context.ts'
import { accordingToSieve, saidAfterSieve, saidBeforeSieve, sentenceVerbSieve, transcriptSieve } from './directSieves.ts'
import { colonIntroSieve, possessiveSpeechSieve, previousSentenceSieve, sentenceSubjectSieve } from './clauseSieves.ts'
import { continuedQuoteSieve, paragraphCarrySieve, paragraphRunSieve, weakParagraphRunSieve } from './carrySieves.ts'
import { headlineSieve } from './headlineSieve.ts'
import { phraseSubjectSieve } from './phraseSubject.ts'
import { signOffSieve } from './signOff.ts'
import { identifyLeadDescriptor } from './leadDescriptor.ts'
import { findPersons } from './persons.ts'
import { markReportingVerbs } from './mentions.ts'
import { resolveHit, type Resolver } from './resolve.ts'
import { entryForName, newRegistry, toSpeaker } from './speakers.ts'
import { namesWithRoles, ownTitle, roleAround } from './roles.ts'
import { addReferenceForms } from './referenceForms.ts'
import { tokenize } from './tokens.ts'

/** Most certain first; each fills only quotes that are still undecided. */
export const SIEVES: readonly Sieve[] = [
  transcriptSieve,
  saidAfterSieve,
  saidBeforeSieve,
  accordingToSieve,
  signOffSieve,
  sentenceVerbSieve,
  colonIntroSieve,
  continuedQuoteSieve,
  paragraphRunSieve,
  continuedQuoteSieve,
  paragraphCarrySieve,
  previousSentenceSieve,
  paragraphRunSieve,
  continuedQuoteSieve,
  possessiveSpeechSieve,
  phraseSubjectSieve,
  sentenceSubjectSieve,
  weakParagraphRunSieve,
  continuedQuoteSieve,
  headlineSieve,
]

const NONE: Attribution = { speaker: null, mention: null, rule: 'none', confidence: 0 }

export function attribute(text: string, layout: Layout, quotes: FoundQuote[]): { attributions: Attribution[]; speakers: Speaker[] } {
  const ts = tokenize(text, quotes, layout)
  markReportingVerbs(ts)
  const ctx: Ctx = { text, layout, quotes, ts, decisions: quotes.map(() => null) }
  for (const sieve of SIEVES) sieve(ctx)

  const reg = newRegistry(findPersons(ts, text))
  const r: Resolver = { ctx, reg, seen: [] }
  const speakerOf: (number | null)[] = quotes.map(() => null)
  const factorOf: number[] = quotes.map(() => 0)
  const direct = (d: Decision | null, q: FoundQuote): d is Decision => d !== null && d.hit !== null && d.from < 0 && q.kind !== 'headline'
  // Direct mentions in text order first, so pronouns see the speakers before them.
  for (let qi = 0; qi < quotes.length; qi++) {
    const d = ctx.decisions[qi]
    if (!direct(d, quotes[qi]) || d.hit === null) continue
    const res = resolveHit(r, d.hit)
    speakerOf[qi] = res.speaker
    factorOf[qi] = res.factor
  }
  const alias = identifyLeadDescriptor(ctx, reg, speakerOf)
  for (let qi = 0; qi < quotes.length; qi++) {
    const d = ctx.decisions[qi]
    if (d === null || d.from < 0) continue
    speakerOf[qi] = speakerOf[d.from]
    factorOf[qi] = factorOf[d.from]
  }
  for (let qi = 0; qi < quotes.length; qi++) {
    const d = ctx.decisions[qi]
    if (d === null || d.hit === null || quotes[qi].kind !== 'headline') continue
    const res = resolveHeadline(r, d, alias)
    speakerOf[qi] = res.speaker
    factorOf[qi] = res.factor
  }

  // Keep only the speakers that some quote points to, renumbered in order of first use.
  const used = new Map<number, number>()
  const speakers: Speaker[] = []
  const attributions = quotes.map((q, qi): Attribution => {
    const d = ctx.decisions[qi]
    if (d === null || d.hit === null) return NONE
    let sp = speakerOf[qi]
    let factor = factorOf[qi]
    let rule = d.rule
    if (sp !== null && alias.has(sp)) {
      sp = alias.get(sp) ?? sp
      factor *= 0.7
      rule += '+identified'
    }
    if (sp !== null && !used.has(sp)) {
      used.set(sp, speakers.length)
      speakers.push(toSpeaker(reg.entries[sp]))
    }
    const mention = { start: d.hit.s, end: d.hit.e, text: text.slice(d.hit.s, d.hit.e) }
    const confidence = sp === null ? 0 : Math.round(Math.min(1, d.confidence * factor) * 100) / 100
    return { speaker: sp === null ? null : (used.get(sp) ?? null), mention, rule, confidence }
  })
  // Everyone else the article names in full is kept too, so the library knows them and the role
  // the article gives them even when they are not quoted (after the quoted ones: indexes hold).
  const named = [...reg.persons.filter((p) => p.tokens >= 2), ...namesWithRoles(text).map((n) => ({ name: n.name, title: null, gender: null, s: n.start, e: n.end }))]
  for (const p of named) {
    const { index } = entryForName(reg, p.name, p.title, p.gender, p.s)
    if (used.has(index)) continue
    used.set(index, speakers.length)
    speakers.push(toSpeaker(reg.entries[index]))
  }
  // No title before the name: a role phrase around it ("his counterpart Cho", "Sherman, U.S. undersecretary …,").
  for (const speaker of speakers) {
    if (speaker.title !== null) speaker.title = ownTitle(speaker.title)
    if (speaker.isDescriptor || speaker.title !== null) continue
    for (const p of named) {
      if (p.name !== speaker.name) continue
      speaker.title = roleAround(text, p.s, p.e)
      if (speaker.title !== null) break
    }
  }
  addReferenceForms(text, speakers)
  return { attributions, speakers }
}

function resolveHeadline(r: Resolver, d: Decision, alias: Map<number, number>): { speaker: number | null; factor: number } {
  const hit = d.hit
  if (hit === null) return { speaker: null, factor: 0 }
  if (hit.type === 'descriptor' || hit.type === 'pronoun') {
    // ": official" names the article's unnamed source of that kind, or its one titled official.
    const head = hit.head ?? ''
    const same = r.seen.find((s) => s.head !== null && (s.head === head || s.head === `${head}s` || `${s.head}s` === head))
    if (same !== undefined) return { speaker: alias.get(same.entry) ?? same.entry, factor: 0.85 }
    return { speaker: null, factor: 0 }
  }
  return resolveHit(r, hit)
}
