// RSS 2.0, RSS 1.0 (RDF) and Atom feed files: each item is an article with its own headline, link,
// author and date; the channel's title is the outlet. Item bodies are HTML (content:encoded,
// content, description or summary) read as a document body, or plain text split at blank lines.
import { paragraphDraft, isoDay } from './draft.ts'
import { ReadError } from './errors.ts'
import { htmlBody, textParagraphs } from './htmlBody.ts'
import { emptyHints, type Draft } from './types.ts'
import { attr, child, children, localName, parseXml, squash, textOf } from './xml.ts'

export interface FeedItem {
  /** 1-based position in the file. */
  index: number
  link: string | null
  guid: string | null
  draft: Draft
}

const MAX_ITEMS = 20_000

function body(markup: string): string[] {
  return /<[a-z!/]/i.test(markup) ? htmlBody(markup).paragraphs : textParagraphs(markup)
}

function plainTitle(s: string): string {
  return squash(/<[a-z/]/i.test(s) ? htmlBody(s).paragraphs.join(' ') : s)
}

function atomLink(entry: Element): string | null {
  const links = children(entry, 'link')
  const alternate = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? links[0]
  return attr(alternate ?? null, 'href')?.trim() || null
}

export function readFeedItems(text: string, fileName: string): FeedItem[] {
  const doc = parseXml(text, fileName)
  const root = doc.documentElement
  const kind = localName(root)
  let channel: Element | null
  let entries: Element[]
  if (kind === 'rss') {
    channel = child(root, 'channel')
    entries = channel ? children(channel, 'item') : []
  } else if (kind === 'rdf') {
    channel = child(root, 'channel')
    entries = children(root, 'item')
  } else if (kind === 'feed') {
    channel = root
    entries = children(root, 'entry')
  } else {
    throw new ReadError('unsupported-format', `${fileName} is XML but not an RSS or Atom feed (its root is <${root.tagName?.slice(0, 40)}>).`)
  }
  const outlet = channel ? plainTitle(textOf(child(channel, 'title'))) || null : null
  if (entries.length > MAX_ITEMS) entries = entries.slice(0, MAX_ITEMS)

  const items: FeedItem[] = []
  entries.forEach((entry, i) => {
    const title = plainTitle(textOf(child(entry, 'title'))) || null
    const link = kind === 'feed' ? atomLink(entry) : squash(textOf(child(entry, 'link'))) || attr(entry, 'about')
    const guid = squash(textOf(child(entry, 'guid') ?? child(entry, 'id'))) || null
    const authorEl = child(entry, 'author') ?? child(entry, 'creator')
    const author = authorEl ? squash(textOf(child(authorEl, 'name') ?? authorEl)) || null : null
    const dateText = textOf(child(entry, 'pubdate') ?? child(entry, 'published') ?? child(entry, 'date') ?? child(entry, 'updated'))
    const content = child(entry, 'encoded') ?? child(entry, 'content') ?? child(entry, 'description') ?? child(entry, 'summary')
    const paragraphs = content ? body(textOf(content)) : []
    const hints = emptyHints()
    hints.headline = title
    hints.byline = author
    hints.outlet = outlet
    const date = isoDay(dateText)
    if (date) hints.date = { date, rule: 'feed-date' }
    items.push({ index: i + 1, link: link || guid, guid, draft: paragraphDraft(title, paragraphs, hints) })
  })
  return items
}

/** Whether decoded text is a feed: RSS, RDF or Atom root element near the start. */
export const LOOKS_FEED = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[^>]*>\s*|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>\s*)*<(?:[\w-]+:)?(?:rss|feed|RDF)[\s>]/
