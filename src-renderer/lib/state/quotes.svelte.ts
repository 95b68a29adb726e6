// The Quotes view: search as you type, with filters. At most one search is in flight: keystrokes
// that arrive meanwhile are folded into one search for the latest text when it returns, so the
// last keystroke never waits behind a queue of stale searches. Results always match the field.
import type { SearchResult } from '../../../src-main/shared/api.ts'
import { call } from '../api.ts'
import { app } from './app.svelte.ts'

class QuotesState {
  query = $state('')
  speaker = $state('')
  outlet = $state('')
  from = $state('')
  to = $state('')
  includeCandidates = $state(false)
  result = $state<SearchResult | null>(null)
  selected = $state(0)
  searching = $state(false)
  private sequence = 0
  private inFlight = false
  private again = false

  async search(): Promise<void> {
    if (this.inFlight) {
      this.again = true
      return
    }
    this.inFlight = true
    try {
      do {
        this.again = false
        await this.searchNow()
      } while (this.again)
    } finally {
      this.inFlight = false
    }
  }

  private async searchNow(): Promise<void> {
    const mine = ++this.sequence
    const q = this.query.trim()
    if (!q) {
      this.result = null
      this.searching = false
      return
    }
    this.searching = true
    const dateOk = (d: string) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d)
    try {
      const result = await call('quotes:search', {
        q,
        typing: !/\s$/.test(this.query),
        limit: 100,
        speaker: this.speaker.trim() || undefined,
        outlet: this.outlet.trim() || undefined,
        from: dateOk(this.from) ? this.from : undefined,
        to: dateOk(this.to) ? this.to : undefined,
        includeCandidates: this.includeCandidates || undefined,
      })
      if (mine !== this.sequence) return
      this.result = result
      this.selected = 0
    } catch (error) {
      if (mine === this.sequence) app.error(error)
    } finally {
      if (mine === this.sequence) this.searching = false
    }
  }
}

export const quotes = new QuotesState()
