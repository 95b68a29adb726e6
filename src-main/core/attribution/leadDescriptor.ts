// Wire copy often opens with "…, a senior U.S. official said" and names the official in the next
// paragraphs ("…," Assistant Secretary … Daniel Kritenbrink told reporters). When the first person
// quoted by name after such a lead is a titled official and nobody else is quoted in between, the
// unnamed official of the lead is taken to be that person (with lowered confidence).
import type { Ctx } from './context.ts'
import { OFFICIAL_HEADS } from './lexicon.ts'
import { addForm, hasGovernmentTitle, type Registry } from './speakers.ts'

function paraAt(ctx: Ctx, at: number): number {
  const paras = ctx.layout.paras
  let lo = 0
  let hi = paras.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (paras[mid].start <= at) lo = mid
    else hi = mid - 1
  }
  return lo
}

export function identifyLeadDescriptor(ctx: Ctx, reg: Registry, speakerOf: (number | null)[]): Map<number, number> {
  const alias = new Map<number, number>()
  const body = ctx.layout.bodyStart
  for (let ei = 0; ei < reg.entries.length; ei++) {
    const e = reg.entries[ei]
    if (!e.isDescriptor || e.head === null || !OFFICIAL_HEADS.has(e.head) || e.head.endsWith('s')) continue
    if (!/^(?:a|an|one)\s/i.test(e.name)) continue
    const p = paraAt(ctx, e.firstAt)
    if (p > body + 1) continue
    // The quotes after the lead, in text order: the first named speaker decides.
    for (let qi = 0; qi < ctx.quotes.length; qi++) {
      const sp = speakerOf[qi]
      const q = ctx.quotes[qi]
      if (sp === null || q.start <= e.firstAt || sp === ei) continue
      if (q.para > p + 4) break
      const n = reg.entries[sp]
      if (n.isDescriptor) break
      if (hasGovernmentTitle(n)) {
        alias.set(ei, sp)
        for (const f of e.names) addForm(n, f)
      }
      break
    }
  }
  return alias
}
