// For attribution tests: each counted quote of a text as [quote, speaker name, mention, rule].
import { analyzeText } from '../analyze.ts'

export function who(text: string): [string, string | null, string | null, string][] {
  const a = analyzeText(text)
  return a.quotes.filter((q) => q.kind !== 'candidate').map((q) => [
    q.text,
    q.attribution.speaker === null ? null : a.speakers[q.attribution.speaker].name,
    q.attribution.mention?.text ?? null,
    q.attribution.rule,
  ])
}
