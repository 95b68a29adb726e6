// The Speakers view: the people of the library under all their names, their roles by date, their
// quotes on a timeline; suggested merges with reasons; merge, split and "not the same", with undo.
import type { Person, QuoteRow, Suggestion } from '../../../src-main/shared/api.ts'
import { call } from '../api.ts'
import { app, attempt } from './app.svelte.ts'

class SpeakersState {
  list = $state<Person[]>([])
  suggestions = $state<Suggestion[]>([])
  filter = $state('')
  selected = $state<number | null>(null)
  quotes = $state<QuoteRow[]>([])

  get selectedIndex(): number {
    return this.list.findIndex((p) => p.id === this.selected)
  }

  get current(): Person | null {
    return this.list.find((p) => p.id === this.selected) ?? null
  }

  async load(): Promise<void> {
    const result = await attempt(() => call('speakers:list', { filter: this.filter || undefined }))
    if (!result) return
    // Quoted people first, then the others the articles name.
    this.list = [...result.people].sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name))
    this.suggestions = result.suggestions
    const keep = this.list.some((p) => p.id === this.selected)
    if (!keep) await (this.list.length ? this.select(this.list[0].id) : Promise.resolve((this.selected = null)))
    else if (this.selected !== null) await this.select(this.selected)
  }

  async select(id: number): Promise<void> {
    this.selected = id
    const quotes = await attempt(() => call('speakers:quotes', { personId: id }))
    if (quotes && this.selected === id) this.quotes = quotes
  }

  /** Runs a decision on people, reloads, and offers to undo it. */
  private async decide(action: () => Promise<{ decision: number; message: string }>): Promise<void> {
    const done = await attempt(action)
    if (!done) return
    await this.load()
    void app.refresh()
    app.notify(done.message, { label: 'Undo', run: () => this.undo(done.decision) })
  }

  merge(into: number, from: number): Promise<void> {
    return this.decide(() => call('speakers:merge', { into, from }))
  }

  split(personId: number, articleId: number): Promise<void> {
    return this.decide(() => call('speakers:split', { personId, articleId }))
  }

  notSame(a: number, b: number): Promise<void> {
    return this.decide(() => call('speakers:notSame', { a, b }))
  }

  async undo(decision?: number): Promise<void> {
    const done = await attempt(() => call('speakers:undo', { decision }))
    if (!done) return
    await this.load()
    void app.refresh()
    app.notify(done.message.replace(/^undone/, 'Undone'))
  }
}

export const speakers = new SpeakersState()
