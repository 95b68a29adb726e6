// The columns every tabular export shows, in one order with one set of labels, so a CSV, a
// Markdown table, a Word document and a web page of the same sheet say the same thing.
import type { SheetRow, SheetStatus } from '../sheets.ts'

export interface Field {
  label: string
  value: (row: SheetRow) => string
}

/** The verdict as a word for people; ClaimReview uses the same words as its rating. */
export const STATUS_WORDS = {
  unverified: 'Unverified',
  verified: 'Verified',
  disputed: 'Disputed',
  misattributed: 'Misattributed',
} as const satisfies Record<SheetStatus, string>

const text = (value: string | null) => value ?? ''

export const FIELDS: Field[] = [
  { label: '#', value: (r) => String(r.position) },
  { label: 'Quote', value: (r) => r.quote },
  { label: 'Speaker', value: (r) => text(r.speaker) },
  { label: 'Role', value: (r) => text(r.role) },
  { label: 'Date said', value: (r) => text(r.date) },
  { label: 'Outlet', value: (r) => text(r.outlet) },
  { label: 'Headline', value: (r) => text(r.headline) },
  { label: 'Source', value: (r) => r.source },
  { label: 'Context', value: (r) => r.context },
  { label: 'Status', value: (r) => STATUS_WORDS[r.status] },
  { label: 'Verified by', value: (r) => text(r.verifiedBy) },
  { label: 'Verified at', value: (r) => text(r.verifiedAt) },
  { label: 'Note', value: (r) => r.note },
  { label: 'Citation', value: (r) => r.citation },
  { label: 'Quote ID', value: (r) => String(r.quoteId) + (r.quoteAvailable ? '' : ' (article deleted)') },
]

/** Characters XML 1.0 cannot hold at all (and HTML treats as errors): dropped from documents. */
export const stripXmlInvalid = (s: string) =>
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
