// `verbatim extract`: the pipeline on bare texts, no library. The output is what the benchmark
// scorer reads: one line per record with spans, the resolved speaker and the mention's offsets.
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { analyzeText } from '../core/analyze.ts'

export interface ExtractedQuote {
  start: number
  end: number
  text: string
  speaker: string | null
  speakerStart: number | null
  speakerEnd: number | null
  /** Not read by the scorer: what bench:quality's calibration table is built from. */
  confidence: number
  rule: string
}

export interface ExtractRecord {
  id: string
  quotes: ExtractedQuote[]
}

/**
 * Quotes as the benchmark counts them: whole quotes and quoted fragments. Left out: candidates
 * (titles, scare quotes), and two kinds of real quotes the benchmark does not annotate — quotes in
 * headlines, and quotes in two-apostrophe marks (''…'', archive typewriter style), which stand in 44
 * of its articles without a single gold quote among them. `allMarks` keeps those two kinds.
 */
export function extractRecord(id: string, text: string, allMarks = false): ExtractRecord {
  const { quotes, speakers } = analyzeText(text)
  return {
    id,
    quotes: quotes
      .filter((q) => q.kind === 'full' || q.kind === 'fragment' || (allMarks && q.kind === 'headline'))
      .filter((q) => allMarks || q.rule !== 'double-apostrophes')
      .map((q) => {
        const { speaker, mention } = q.attribution
        return {
          start: q.start,
          end: q.end,
          text: q.text,
          speaker: speaker === null ? null : (speakers[speaker]?.name ?? null),
          speakerStart: mention?.start ?? null,
          speakerEnd: mention?.end ?? null,
          confidence: q.attribution.confidence,
          rule: q.attribution.rule,
        }
      }),
  }
}

export class ExtractInputError extends Error {}

/** Streams records from a JSONL file (or '-' for standard input) and yields one output record each. */
export async function* extractJsonl(file: string, allMarks = false): AsyncGenerator<ExtractRecord> {
  const input = file === '-' ? process.stdin : createReadStream(file, { encoding: 'utf8' })
  const lines = createInterface({ input, crlfDelay: Infinity })
  let lineNo = 0
  for await (const line of lines) {
    lineNo++
    if (!line.trim()) continue
    let record: unknown
    try {
      record = JSON.parse(line)
    } catch (error) {
      throw new ExtractInputError(`${file}:${lineNo}: not JSON (${(error as Error).message})`)
    }
    const { id, text } = (record ?? {}) as { id?: unknown; text?: unknown }
    if ((typeof id !== 'string' && typeof id !== 'number') || typeof text !== 'string') {
      throw new ExtractInputError(`${file}:${lineNo}: each line needs {"id", "text"} with a string text`)
    }
    yield extractRecord(String(id), text, allMarks)
  }
}
