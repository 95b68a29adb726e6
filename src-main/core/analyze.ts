// The quote and attribution stages: plain article text in, quotes with their speakers out.
// Pure: no I/O; every offset points into `text` exactly as given.
import type { AnalyzedText, Quote } from '../shared/model.ts'
import { layoutOf } from './quotes/paragraphs.ts'
import { scanQuotes } from './quotes/scan.ts'
import { classifyQuotes } from './quotes/classify.ts'
import { attribute } from './attribution/attribute.ts'

export function analyzeText(text: string): AnalyzedText {
  const layout = layoutOf(text)
  const found = classifyQuotes(text, scanQuotes(text, layout.paras), layout)
  const { attributions, speakers } = attribute(text, layout, found)
  const quotes: Quote[] = found.map((q, i) => ({
    start: q.start,
    end: q.end,
    text: text.slice(q.start, q.end),
    kind: q.kind,
    rule: q.rule,
    attribution: attributions[i],
  }))
  return { quotes, speakers }
}
