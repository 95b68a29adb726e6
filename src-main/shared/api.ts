// THE contract between the renderer and main: every channel, its input schema and its output type.
// Main validates inputs with these schemas; the preload builds window.api from CHANNELS, so the
// renderer, the preload and main cannot drift apart.
import { z } from 'zod'
import type { Channel } from './channels.ts'

export { CHANNELS, type Channel } from './channels.ts'

export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } }

export interface QuoteView {
  id: number
  text: string
  kind: string
  speaker: string | null
  speakerTitle: string | null
  mention: string | null
  start: number
  end: number
  rule: string
  confidence: number
  article: { id: number; title: string | null; outlet: string | null; date: string | null; source: string }
}

export const contract = {
  'quotes:list': {
    input: z.object({ speaker: z.string().max(200).optional() }).strict(),
    output: null as unknown as QuoteView[],
  },
} as const satisfies Record<Channel, { input: z.ZodType; output: unknown }>

// Every channel of channels.ts has a contract entry and no entry lacks a channel.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never
export const contractMatchesChannels: Exact<keyof typeof contract, Channel> = true
export type Input<C extends Channel> = z.input<(typeof contract)[C]['input']>
export type Output<C extends Channel> = (typeof contract)[C]['output']

/** window.api: one method per channel, named after the channel. */
export type VerbatimApi = { [C in Channel]: (input: Input<C>) => Promise<Result<Output<C>>> }
