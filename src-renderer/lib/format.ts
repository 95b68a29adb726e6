// Small display helpers shared by the views.
import type { QuoteRow } from '../../src-main/shared/api.ts'

export const NEEDS_REVIEW_BELOW = 0.5

export const percent = (x: number) => `${Math.round(x * 100)}%`

export const needsReview = (q: Pick<QuoteRow, 'confidence' | 'decision'>) => !q.decision && q.confidence < NEEDS_REVIEW_BELOW

export const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`

/** "2023-11-02" → "2 Nov 2023"; partial dates stay partial. */
export function formatDate(iso: string | null): string {
  if (!iso) return 'undated'
  const [y, m, d] = iso.split('-').map(Number)
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  if (!m) return String(y)
  if (!d) return `${months[m - 1]} ${y}`
  return `${d} ${months[m - 1]} ${y}`
}

export const speakerName = (q: Pick<QuoteRow, 'speaker'>) => q.speaker ?? 'Speaker unknown'

/** Splits text into plain and highlighted runs; spans may be unsorted, overlapping ones are merged. */
export function segments(text: string, spans: { start: number; end: number }[]): { text: string; mark: boolean }[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start)
  const out: { text: string; mark: boolean }[] = []
  let at = 0
  for (const span of sorted) {
    const start = Math.max(span.start, at)
    if (span.end <= start) continue
    if (start > at) out.push({ text: text.slice(at, start), mark: false })
    out.push({ text: text.slice(start, span.end), mark: true })
    at = span.end
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false })
  return out
}

const SHORTCUT_MAC = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)
export const modKey = SHORTCUT_MAC ? '⌘' : 'Ctrl+'

/** True when a key press is meant for a text field, not for a shortcut. */
export function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))
}

/** j/k and arrows move, Home/End jump, Enter opens: the keyboard of every list. */
export function listKeys(event: KeyboardEvent, size: number, index: number, move: (i: number) => void, open?: () => void): void {
  if (size === 0) return
  const to = (i: number) => {
    event.preventDefault()
    move(Math.max(0, Math.min(size - 1, i)))
  }
  if (event.key === 'j' || event.key === 'ArrowDown') to(index + 1)
  else if (event.key === 'k' || event.key === 'ArrowUp') to(index - 1)
  else if (event.key === 'Home') to(0)
  else if (event.key === 'End') to(size - 1)
  else if (event.key === 'Enter' && open) {
    event.preventDefault()
    open()
  }
}
