// The headline and byline an office document carries in its Dublin Core metadata part (DOCX
// docProps/core.xml, ODT meta.xml). Metadata is a bonus: a missing or damaged part gives none.
import { emptyHints, type Hints } from './types.ts'
import { descendants, parseXml, squash, textOf } from './xml.ts'

/** `creatorTags` in order of preference (ODT's creator is the last editor, initial-creator the first). */
export function officeMetaHints(xml: string | null, fileName: string, creatorTags: readonly string[] = ['creator']): Hints {
  const hints = emptyHints()
  if (xml === null) return hints
  try {
    const doc = parseXml(xml, fileName)
    const title = squash(textOf(descendants(doc, 'title')[0] ?? null))
    const creatorTag = creatorTags.find((tag) => descendants(doc, tag).length > 0)
    const creator = creatorTag ? squash(textOf(descendants(doc, creatorTag)[0])) : ''
    if (title) hints.headline = title
    if (creator) hints.byline = creator
  } catch {
    // a damaged metadata part leaves the text readable
  }
  return hints
}
