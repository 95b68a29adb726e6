// The Review view: attributions no one has decided on, least certain first.
import type { QuoteRow } from '../../../src-main/shared/api.ts'
import { call } from '../api.ts'
import { app, attempt } from './app.svelte.ts'

class ReviewState {
  items = $state<QuoteRow[]>([])
  index = $state(0)
  loaded = $state(false)
  /** Decided in this session, shown as done until the list is reloaded. */
  decided = $state<Record<number, string>>({})

  get current(): QuoteRow | null {
    return this.items[this.index] ?? null
  }

  async load(): Promise<void> {
    const items = await attempt(() => call('review:list', { limit: 500 }))
    if (items) {
      this.items = items
      this.decided = {}
      this.index = Math.min(this.index, Math.max(0, items.length - 1))
      this.loaded = true
    }
  }

  async decide(action: 'accept' | 'correct' | 'reject', speaker?: string): Promise<boolean> {
    const quote = this.current
    if (!quote) return false
    const row = await attempt(() => call('quotes:decide', { quoteId: quote.id, action, speaker }))
    if (!row) return false
    this.items[this.index] = row
    this.decided[quote.id] = action === 'correct' ? `corrected to ${row.speaker}` : action === 'accept' ? 'accepted' : 'rejected'
    void app.refresh()
    if (this.index < this.items.length - 1) this.index++
    return true
  }
}

export const review = new ReviewState()
