import { isoFromTimestamp } from './dates.ts'
import { emptyHints, type Hints } from './types.ts'

const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
]
const AUTHOR_META = ['author', 'article:author', 'byl', 'dc.creator', 'sailthru.author', 'parsely-author']
const SITE_META = ['og:site_name', 'application-name', 'publisher', 'dc.publisher']
const TITLE_SEPARATOR = /\s+[|–—-]\s+|\s+::\s+/

function squash(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim()
}

/** Every meta tag's content, keyed by its lower-cased property / name / itemprop; first one wins. */
function metaMap(document: Document): Map<string, string> {
  const map = new Map<string, string>()
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase()
    const value = squash(el.getAttribute('content') ?? el.getAttribute('datetime'))
    if (key && value && !map.has(key)) map.set(key, value)
  }
  return map
}

function first(map: Map<string, string>, keys: string[]): string | null {
  for (const k of keys) {
    const v = map.get(k)
    if (v) return v
  }
  return null
}

/** "Budget passes - Town News": the shorter side of a split title is the site's name. */
function titleSite(document: Document): string | null {
  const parts = squash(document.querySelector('title')?.textContent).split(TITLE_SEPARATOR)
  if (parts.length < 2) return null
  const site = parts.reduce((a, b) => (b.length < a.length ? b : a))
  return site.length <= 40 ? site : null
}

/**
 * The page's h1 is the headline unless it is the site logo; a title-like og:title or <title> agrees
 * with the real one. "Headline | Site" titles lose the site part.
 */
function pickHeadline(document: Document, ogTitle: string | null): string | null {
  const title = squash(document.querySelector('title')?.textContent)
  const reference = ogTitle ?? title
  // The first few are enough (a page nesting thousands of unclosed h1s would otherwise cost their
  // text once per level); a "headline" of more than 1,000 characters is not one.
  const h1s = Array.from(document.querySelectorAll('h1'))
    .slice(0, 20)
    .map((h) => squash((h.textContent ?? '').slice(0, 1000)))
    .filter((t) => t.length > 0)
  const agreeing = h1s.find((h) => reference.includes(h) && h.length >= 10)
  if (agreeing) return agreeing
  if (h1s.length === 1 && h1s[0].length >= 15) return h1s[0]
  if (ogTitle) return ogTitle
  if (!title) return h1s[0] ?? null
  const parts = title.split(TITLE_SEPARATOR)
  return parts.length > 1 ? parts.reduce((a, b) => (b.length > a.length ? b : a)) : title
}

export function readHtmlHints(document: Document): Hints {
  const hints = emptyHints()
  const meta = metaMap(document)
  hints.headline = pickHeadline(document, meta.get('og:title') ?? meta.get('twitter:title') ?? null)
  const author = first(meta, AUTHOR_META)
  // article:author is often a profile URL, which names nobody.
  if (author && !/^https?:/i.test(author)) hints.byline = author.replace(/^by\s+/i, '')
  hints.outlet = first(meta, SITE_META) ?? titleSite(document)
  const published = first(meta, DATE_META)
  const metaDate = published ? isoFromTimestamp(published) : null
  if (metaDate) hints.date = { date: metaDate, rule: 'html-meta' }
  else {
    const time = document.querySelector('article time[datetime], time[datetime]')
    const timeDate = time ? isoFromTimestamp(time.getAttribute('datetime') ?? '') : null
    if (timeDate) hints.date = { date: timeDate, rule: 'html-time' }
  }
  return hints
}
