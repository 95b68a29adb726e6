// HTML that is a document's own body (a DOCX converted by mammoth, an EPUB chapter, a feed item, an
// e-mail): no site around it, so no Readability, only the text of its paragraphs.
import { parseHTML } from 'linkedom'
import { paragraphsOf } from './htmlText.ts'

const SCRIPTISH = 'script, style, noscript, template, iframe, object, embed, svg, canvas, button, input, select, textarea'
const HEADINGS = 'h1, h2, h3'

export interface HtmlBody {
  /** The first heading, when it comes before any other text. */
  heading: string | null
  /** Every paragraph, the heading included. */
  paragraphs: string[]
  title: string | null
}

export function htmlBody(html: string): HtmlBody {
  const wrapped = /<body[\s>]/i.test(html.slice(0, 65536)) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`
  let document: Document
  try {
    document = parseHTML(wrapped).document
    if (!document.body) throw new Error('no body')
  } catch {
    document = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document
  }
  for (const el of Array.from(document.querySelectorAll(SCRIPTISH))) el.remove()
  const title = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null
  const body = document.body
  if (!body) return { heading: null, paragraphs: [], title }
  const paragraphs = paragraphsOf(body)
  const h = body.querySelector(HEADINGS)
  const headingText = h ? (h.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim() : ''
  const heading = headingText && paragraphs[0] === headingText ? headingText : null
  return { heading, paragraphs, title }
}

/** Plain text (an e-mail's text part, a feed's plain description) → paragraphs at blank lines. */
export function textParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, ' ').replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
}
