// What changed between two versions of an article, as a word diff ([-old-]{+new+}, as git
// --word-diff prints it) or a line diff (- and + lines), computed with jsdiff.
import { diffLines, diffWords } from 'diff'

export type DiffMode = 'words' | 'lines'

export interface DiffPart {
  op: 'same' | 'removed' | 'added'
  text: string
}

export interface VersionDiff {
  parts: DiffPart[]
  added: number
  removed: number
}

/** Articles beyond this many characters are compared line by line: a word diff would take too long. */
const MAX_WORD_DIFF = 200_000

export function diffVersions(before: string, after: string, mode: DiffMode = 'words'): VersionDiff {
  const useLines = mode === 'lines' || before.length + after.length > MAX_WORD_DIFF
  const changes = useLines ? diffLines(before, after) : diffWords(before, after)
  const parts: DiffPart[] = changes.map((c) => ({ op: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }))
  const count = (op: DiffPart['op']) => parts.filter((p) => p.op === op).length
  return { parts, added: count('added'), removed: count('removed') }
}

/** Word diff: unchanged stretches shortened to their ends, so a long article shows its changes. */
export function formatWordDiff(diff: VersionDiff, context = 80): string {
  let out = ''
  diff.parts.forEach((p, i) => {
    if (p.op === 'removed') out += `[-${p.text}-]`
    else if (p.op === 'added') out += `{+${p.text}+}`
    else if (p.text.length <= context * 2 + 5) out += p.text
    else {
      const head = i === 0 ? '' : p.text.slice(0, context)
      const tail = i === diff.parts.length - 1 ? '' : p.text.slice(-context)
      out += `${head} … ${tail}`
    }
  })
  return out
}

export function formatLineDiff(diff: VersionDiff): string {
  const lines: string[] = []
  for (const p of diff.parts) {
    const prefix = p.op === 'added' ? '+ ' : p.op === 'removed' ? '- ' : '  '
    const own = p.text.replace(/\n$/, '').split('\n')
    if (p.op === 'same' && own.length > 6) {
      lines.push(...own.slice(0, 2).map((l) => prefix + l), `  … ${own.length - 4} unchanged lines …`, ...own.slice(-2).map((l) => prefix + l))
    } else lines.push(...own.map((l) => prefix + l))
  }
  return lines.join('\n')
}
