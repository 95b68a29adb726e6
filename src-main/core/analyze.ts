// Placeholder until the quote and attribution stages land (owned by the attribution work).
import type { AnalyzedText } from '../shared/model.ts'

export function analyzeText(_text: string): AnalyzedText {
  return { quotes: [], speakers: [] }
}
