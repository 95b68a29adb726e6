// schema.org ClaimReview JSON-LD, one object per quote, the sheet status as the verdict. Written
// for publication, so a local file path is reduced to its file name: it would otherwise tell the
// world the reporter's user name and folder layout.
import { basename } from 'node:path'
import type { SheetRow, SheetWithRows } from '../sheets.ts'
import { claimReviewListSchema, type ClaimReview } from './claimReviewSchema.ts'
import { STATUS_WORDS } from './fields.ts'

export const DEFAULT_REVIEWER = 'Verbatim user'
const UNKNOWN_SPEAKER = 'Unidentified speaker'

const isWebUrl = (s: string) => /^https?:\/\/\S+$/i.test(s) && URL.canParse(s)
const filled = (s: string | null) => (s?.trim() ? s.trim() : undefined)

export function claimReview(row: SheetRow): ClaimReview {
  const outlet = filled(row.outlet)
  const review: ClaimReview = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: row.quote,
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Person', name: filled(row.speaker) ?? UNKNOWN_SPEAKER, jobTitle: filled(row.role) },
      datePublished: row.date ?? undefined,
      appearance: {
        '@type': 'NewsArticle',
        headline: filled(row.headline),
        ...(isWebUrl(row.source) ? { url: row.source } : { name: basename(row.source) || row.source }),
        publisher: outlet ? { '@type': 'Organization', name: outlet } : undefined,
      },
    },
    reviewRating: { '@type': 'Rating', alternateName: STATUS_WORDS[row.status] },
    author: { '@type': 'Organization', name: filled(row.verifiedBy) ?? DEFAULT_REVIEWER },
    datePublished: row.verifiedAt ?? undefined,
    reviewBody: filled(row.note),
  }
  return review
}

/**
 * The reviews as a JSON array; refuses (throws) rather than write one that breaks the schema.
 * Publishers paste JSON-LD into a <script type="application/ld+json"> block, where a quote holding
 * "</script>" would end it: every < is written as \u003c, which JSON reads back as the same text.
 */
export function renderClaimReview(sheet: SheetWithRows): string {
  const reviews = claimReviewListSchema.parse(sheet.rows.map(claimReview))
  return JSON.stringify(reviews, null, 2).replace(/</g, '\\u003c') + '\n'
}
