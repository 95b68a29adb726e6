import data from './data/boilerplate.json' with { type: 'json' }

/** The rule that drops a line, or null to keep it. */
export type LineRule =
  | 'navigation'
  | 'social-links'
  | 'end-marker'
  | 'copyright'
  | 'caption'
  | 'image'
  | 'credit'
  | null

// Boilerplate is short; a long line is article text whatever it contains, and skipping the checks
// keeps a 50 MB single-line file linear.
const MAX_BOILERPLATE = 600
const MAX_NAV = 60

const NAVIGATION = new Set(data.navigation)
const SOCIAL = new Set(data.social)
const END_MARKERS = new Set(data.endMarkers)
const CAPTION_PREFIXES = data.captionPrefixes.map((p) => p.toLowerCase())
const CAPTION_PHRASES = data.captionPhrases
const COPYRIGHT_PHRASES = data.copyrightPhrases
const CREDIT_PREFIXES = data.creditPrefixes

const NAV_TRIM = /^[\s•·|>»›*\-–—]+|[\s:>»›|*\-–—]+$/g
const COPYRIGHT_START = /^\s*(?:\(c\)|ⓒ|©|copyright\b)/i
const MD_IMAGE = /!\[[^\]\n]{0,300}\]\([^)\n]{0,1000}\)/g
const BREADCRUMB = /^[^>›»]{1,30}(?:\s[>›»]\s[^>›»]{1,30}){1,6}$/

/** What is left of a line once images and table pipes are taken out, to see if anything real remains. */
function residue(line: string): string {
  return line.replace(MD_IMAGE, '').replace(/[|\s]/g, '')
}

export function classifyLine(line: string): LineRule {
  const trimmed = line.trim()
  if (trimmed.length === 0 || trimmed.length > MAX_BOILERPLATE) return null
  const lower = trimmed.toLowerCase()

  if (trimmed.length <= MAX_NAV) {
    const bare = lower.replace(NAV_TRIM, '')
    if (END_MARKERS.has(lower) || END_MARKERS.has(bare)) return 'end-marker'
    if (NAVIGATION.has(bare)) return 'navigation'
    if (BREADCRUMB.test(trimmed)) return 'navigation'
    const words = bare.split(/[\s|/·•,]+/).filter((w) => w.length > 0)
    if (words.length > 0 && words.every((w) => SOCIAL.has(w))) return 'social-links'
  }
  if (trimmed.includes('![') && residue(trimmed).length < 20) return 'image'
  if (COPYRIGHT_START.test(trimmed)) return 'copyright'
  for (const p of COPYRIGHT_PHRASES) if (lower.includes(p)) return 'copyright'
  for (const p of CAPTION_PREFIXES) if (lower.startsWith(p)) return 'caption'
  for (const p of CAPTION_PHRASES) if (lower.includes(p)) return 'caption'
  if (trimmed.length <= 300) {
    for (const p of CREDIT_PREFIXES) if (lower.startsWith(p)) return 'credit'
  }
  return null
}

const SENTENCE_END = /[.!?"”’')]$/

/**
 * Short fragments without sentence punctuation (a stray user name, a menu label) that sit after the
 * article's footer. Only used for the tail: in the body such a line could be a subheading.
 */
export function isTailJunk(line: string): boolean {
  const t = line.trim()
  return t.length > 0 && t.length <= 40 && !SENTENCE_END.test(t)
}
