// E-mail (.eml, RFC 822/MIME), parsed with postal-mime: the subject is the headline, the sender the
// byline, the Date header the date; the HTML part is read as a document body, else the text part.
import PostalMime from 'postal-mime'
import { paragraphDraft, isoDay } from './draft.ts'
import { ReadError } from './errors.ts'
import { htmlBody, textParagraphs } from './htmlBody.ts'
import { emptyHints, type Draft } from './types.ts'

export async function readEml(bytes: Uint8Array, fileName: string): Promise<Draft> {
  let email: Awaited<ReturnType<typeof PostalMime.parse>>
  try {
    email = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' })
  } catch (error) {
    throw new ReadError('corrupt', `${fileName} is not a readable e-mail (${(error as Error)?.message ?? String(error)}).`)
  }
  if (!email.headers?.length) throw new ReadError('corrupt', `${fileName} is not an e-mail: it has no headers.`)
  const hints = emptyHints()
  const subject = (email.subject ?? '').replace(/\s+/g, ' ').trim().replace(/^(?:(?:re|fwd?|aw|tr)\s*:\s*)+/i, '')
  hints.headline = subject || null
  const from = email.from
  hints.byline = from ? (from.name || ('address' in from ? from.address : '') || null) : null
  const date = isoDay(email.date ?? null)
  if (date) hints.date = { date, rule: 'email-date' }
  const paragraphs = email.html ? htmlBody(email.html).paragraphs : textParagraphs(email.text ?? '')
  return paragraphDraft(hints.headline, paragraphs, hints)
}
