import { splitLines } from './plainText.ts'
import { emptyHints, type Draft, type Dropped, type Hints } from './types.ts'
import { isoFromTimestamp } from './dates.ts'

const FRONT_MATTER_KEY = /^(\w[\w-]*)\s*:\s*(.*)$/
const HEADING = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)\s*$/
const RULE = /^ {0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/
const FENCE = /^ {0,3}(?:```|~~~)/
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+/
const BLOCKQUOTE = /^ {0,3}(?:>\s?)+/
const LIST_MARKER = /^(\s*)(?:[-*+]|\d{1,3}[.)])\s+/
const IMAGE = /!\[([^\]\n]*)\]\([^)\n]*\)/g
const LINK = /\[([^\]\n]+)\]\((?:[^()\n]|\([^()\n]*\))*\)/g
const REF_LINK = /\[([^\]\n]+)\]\[[^\]\n]*\]/g
const AUTOLINK = /<(https?:[^>\s]+)>/g
const HTML_TAG = /<\/?[a-zA-Z][^>\n]{0,200}>/g
// Emphasis markers only where they hug a word, so "5 * 3" and snake_case survive.
const STRONG = /(\*\*|__)(?=\S)([^\n]*?\S)\1/g
const EM_STAR = /(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])/g
const EM_UNDER = /(^|[^\w_])_(?=\S)([^_\n]*?\S)_(?![\w_])/g
const STRIKE = /~~(?=\S)([^\n]*?\S)~~/g
const CODE = /`([^`\n]+)`/g
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>~|])/g

function inline(line: string): string {
  return line
    .replace(IMAGE, '')
    .replace(LINK, '$1')
    .replace(REF_LINK, '$1')
    .replace(AUTOLINK, '$1')
    .replace(HTML_TAG, '')
    .replace(CODE, '$1')
    .replace(STRONG, '$2')
    .replace(EM_STAR, '$1$2')
    .replace(EM_UNDER, '$1$2')
    .replace(STRIKE, '$1')
    .replace(ESCAPE, '$1')
}

/** YAML-ish front matter: only flat `key: value` lines are read, which is all article exports use. */
function frontMatter(lines: string[], hints: Hints): number {
  if (lines[0]?.trim() !== '---') return 0
  const end = lines.indexOf('---', 1)
  if (end === -1 || end > 60) return 0
  for (const line of lines.slice(1, end)) {
    const m = FRONT_MATTER_KEY.exec(line)
    if (!m) continue
    const value = m[2].trim().replace(/^["']|["']$/g, '')
    if (!value) continue
    const k = m[1].toLowerCase()
    if (k === 'title') hints.headline = value
    else if (k === 'author' || k === 'byline') hints.byline = value.replace(/^by\s+/i, '')
    else if (k === 'source' || k === 'outlet' || k === 'publisher' || k === 'site_name') hints.outlet = value
    else if (k === 'date' || k === 'published') {
      const date = isoFromTimestamp(value)
      if (date) hints.date = { date, rule: 'front-matter' }
    }
  }
  return end + 1
}

/**
 * Markdown → plain lines: markup goes, the words (and every quotation mark) stay. The first level-1
 * or level-2 heading near the top, or the front-matter title, is the headline.
 */
export function readMarkdown(text: string): Draft {
  const all = splitLines(text)
  const hints = emptyHints()
  const start = frontMatter(all, hints)
  const dropped: Dropped[] = []
  const lines: string[] = []
  let headline: string | null = null
  let inFence = false
  for (let i = start; i < all.length; i++) {
    const raw = all[i]
    if (FENCE.test(raw)) {
      inFence = !inFence
      continue
    }
    if (inFence) {
      lines.push(raw)
      continue
    }
    if (LINK_DEFINITION.test(raw)) {
      dropped.push({ text: raw.trim(), rule: 'markdown-link-definition' })
      continue
    }
    if (RULE.test(raw) || (SETEXT_UNDERLINE.test(raw) && i > start && all[i - 1].trim() !== '')) {
      lines.push('')
      continue
    }
    const heading = HEADING.exec(raw)
    if (heading) {
      const words = inline(heading[2])
      const nonBlank = lines.some((l) => l.trim() !== '')
      if (headline === null && heading[1].length <= 2 && !nonBlank) headline = words
      lines.push('', words, '')
      continue
    }
    const body = raw.replace(BLOCKQUOTE, '').replace(LIST_MARKER, '$1')
    if (body.includes('![')) for (const m of body.matchAll(IMAGE)) dropped.push({ text: m[0], rule: 'image' })
    lines.push(inline(body))
  }
  if (headline === null && hints.headline !== null) {
    lines.unshift(hints.headline, '')
    headline = hints.headline
  }
  return { lines, hints, dropped, headlineFixed: headline !== null }
}
