import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { readHtmlHints } from './htmlMeta.ts'
import { deeperThan, paragraphsOf } from './htmlText.ts'
import type { Draft, Dropped } from './types.ts'

// Page furniture removed before readability, each with the rule its text is recorded under.
const FURNITURE: { selector: string; rule: string }[] = [
  { selector: 'nav, [role="navigation"], [role="search"], [role="menu"]', rule: 'navigation' },
  { selector: 'aside, [role="complementary"]', rule: 'sidebar' },
  { selector: 'figcaption, .caption, .wp-caption-text, .img-caption, .photo-caption', rule: 'caption' },
  { selector: '.byline, [rel="author"], .author', rule: 'byline' },
  { selector: '.share, .social, .sharing, .newsletter, .subscribe, .related, .most-popular', rule: 'navigation' },
]
// Removed unrecorded: code and form controls are not text anyone wrote for the article.
const SCRIPTISH = 'script, style, noscript, template, iframe, object, embed, svg, canvas, button, input, select, textarea'
/** Below this many characters readability has probably picked a teaser box, not the article. */
const MIN_ARTICLE = 200
const MAX_ELEMENTS = 30_000
/** Real pages nest a few dozen levels; readability's scoring is quadratic in depth, so past this it is skipped. */
const MAX_DEPTH = 150

// Comments may come first: browsers' "Save as" writes "<!-- saved from url=… -->" before <html>.
const DOCUMENT_START = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<html[\s>]/i

/**
 * linkedom only builds a <body> for a document that starts like one, and throws on `document.body`
 * when the markup has no root element at all; fragments and oddly-started pages are wrapped.
 */
function parseDocument(html: string): Document {
  if (DOCUMENT_START.test(html.slice(0, 4096))) {
    const { document } = parseHTML(html)
    try {
      if (document.documentElement && document.body) return document
    } catch {
      // fall through to the wrapped parse
    }
  }
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document
}

function removeAll(document: Document, selector: string, rule: string | null, dropped: Dropped[]): void {
  for (const el of Array.from(document.querySelectorAll(selector))) {
    if (!el.parentNode) continue
    // Inside one already removed (nested navs): its text was recorded with the outer one.
    if (rule && !el.isConnected) continue
    if (rule) for (const p of paragraphsOf(el)) dropped.push({ text: p, rule })
    el.remove()
  }
}

/** Site header and footer, unless they belong to the article itself (its own title block). */
function removeChrome(document: Document, dropped: Dropped[]): void {
  for (const el of Array.from(document.querySelectorAll('header, footer, [role="banner"], [role="contentinfo"]'))) {
    if (!el.parentNode || !el.isConnected || el.closest('article, main')) continue
    for (const p of paragraphsOf(el)) dropped.push({ text: p, rule: 'site-chrome' })
    el.remove()
  }
}

type Parsed = ReturnType<Readability<Node>['parse']>

/**
 * Readability's scoring is the slow part (seconds on a multi-MB page): past MAX_ELEMENTS elements,
 * or MAX_DEPTH levels of nesting, the page is read whole, furniture already removed. Counted here because readability's own maxElemsToParse
 * relies on getElementsByTagName('*'), which linkedom answers with nothing.
 */
function parseArticle(document: Document, deep: boolean): Parsed {
  if (deep || document.querySelectorAll('*').length > MAX_ELEMENTS) return null
  try {
    return new Readability<Node>(document, { serializer: (node) => node }).parse()
  } catch {
    return null // a page readability can't score is still read whole
  }
}

export function readHtml(source: string): Draft {
  const document = parseDocument(source)
  const hints = readHtmlHints(document)
  const dropped: Dropped[] = []

  // A page nested deeper than any real one is broken or hostile: it is read whole (scripts and the
  // like still removed), since sorting out its furniture would take time with the square of its depth.
  const deep = deeperThan(document.documentElement, MAX_DEPTH)
  removeAll(document, SCRIPTISH, null, dropped)
  if (!deep) {
    removeChrome(document, dropped)
    for (const f of FURNITURE) removeAll(document, f.selector, f.rule, dropped)
  }

  const before = document.body ? paragraphsOf(document.body) : []
  const article = parseArticle(document, deep)
  const fromArticle = article?.content ? paragraphsOf(article.content) : []
  const useArticle = fromArticle.join('').length >= MIN_ARTICLE
  const paragraphs = useArticle ? fromArticle : before
  if (useArticle) {
    const kept = new Set(fromArticle)
    for (const p of before) if (!kept.has(p) && p !== hints.headline) dropped.push({ text: p, rule: 'not-article' })
  }

  hints.byline ??= article?.byline ? article.byline.replace(/^by\s+/i, '').trim() : null
  // The byline element itself was taken out above as furniture; its words still name the writer.
  const bylineBox = dropped.find((d) => d.rule === 'byline' && d.text.length <= 80)
  hints.byline ??= bylineBox ? bylineBox.text.replace(/^by\s+/i, '').trim() : null
  hints.outlet ??= article?.siteName ?? null
  hints.headline ??= article?.title ?? null
  if (!hints.date && article?.publishedTime) {
    const date = /^\d{4}-\d{2}-\d{2}/.exec(article.publishedTime)
    if (date) hints.date = { date: date[0], rule: 'html-meta' }
  }

  const headline = hints.headline
  const body = headline && paragraphs[0] === headline ? paragraphs.slice(1) : paragraphs
  const lines: string[] = []
  if (headline) lines.push(headline, '')
  for (const p of body) lines.push(p, '')
  return { lines, hints, dropped, headlineFixed: headline !== null }
}
