// The shape of the ClaimReview JSON-LD Verbatim writes, as a zod schema: the exporter checks its
// own output against it, and tests read files back through it. Checked offline on purpose: a
// JSON-LD processor would fetch https://schema.org's context over the network.
import { z } from 'zod'

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
const isoDateTime = z.iso.datetime()
const nonEmpty = z.string().trim().min(1)

export const VERDICTS = ['Unverified', 'Verified', 'Disputed', 'Misattributed'] as const

const appearance = z
  .object({
    '@type': z.literal('NewsArticle'),
    headline: nonEmpty.optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    name: nonEmpty.optional(),
    publisher: z.object({ '@type': z.literal('Organization'), name: nonEmpty }).strict().optional(),
  })
  .strict()
  .refine((a) => a.url !== undefined || a.name !== undefined, 'an appearance names its source by url or name')

export const claimReviewSchema = z
  .object({
    '@context': z.literal('https://schema.org'),
    '@type': z.literal('ClaimReview'),
    claimReviewed: nonEmpty,
    itemReviewed: z
      .object({
        '@type': z.literal('Claim'),
        author: z.object({ '@type': z.literal('Person'), name: nonEmpty, jobTitle: nonEmpty.optional() }).strict(),
        datePublished: isoDate.optional(),
        appearance,
      })
      .strict(),
    reviewRating: z.object({ '@type': z.literal('Rating'), alternateName: z.enum(VERDICTS) }).strict(),
    author: z.object({ '@type': z.literal('Organization'), name: nonEmpty }).strict(),
    datePublished: isoDateTime.optional(),
    reviewBody: z.string().optional(),
  })
  .strict()

export type ClaimReview = z.infer<typeof claimReviewSchema>

export const claimReviewListSchema = z.array(claimReviewSchema)
